import { afterEach, describe, expect, it } from 'vitest';
import { jsdomBody } from '../../__tests__/jsdom-page';
import { isDateLine, trimEdges } from '../trim-edges';

let close = () => {};
afterEach(() => close());

const para = (s: string) => `<p>${s} — a paragraph of the story long enough to be prose, with a few more words to be sure.</p>`;

function run(html: string, byline = '', title?: string) {
  const page = jsdomBody(`<div id="root">${html}</div>`);
  close = page.close;
  const root = page.body.querySelector('#root')!;
  trimEdges(root, { url: 'https://news.example/2024/05/story', doc: page.doc, byline, title });
  return root.textContent!.replace(/\s+/g, ' ');
}

describe('trimEdges', () => {
  it('keeps a last sentence whose end is a link, and still drops a teaser line after the story', () => {
    const end = '<p>You must know by now that <a href="/2012/11/rove">there are animated GIFs of the whole episode</a>.</p>';
    expect(run(`${para('One')}${para('Two')}${end}`)).toContain('there are animated GIFs of the whole episode');
    const teaser = '<p>Also read: <a href="/2012/11/rove">Rove and the decision desk, a night to remember</a></p>';
    expect(run(`${para('One')}${para('Two')}${teaser}`)).not.toContain('decision desk');
    const bare = '<p><a href="/2012/11/rove">Rove and the decision desk, a night to remember</a></p>';
    expect(run(`${para('One')}${para('Two')}${bare}`)).not.toContain('decision desk');
  });

  it("keeps the first live-blog post's timestamp (entries of one name repeat) but not a lone entry's dateline", () => {
    const post = (t: string) => `<div class="post"><p class="post-time"><time>${t}</time></p>${para(t)}</div>`;
    expect(run(`${post('4.55pm')}${post('4.47pm')}`)).toMatch(/^\s*4\.55pm4\.55pm —/);
    expect(run(`<div class="story"><p class="post-time">4.55pm</p>${para('Only')}</div><div class="other"></div>`)).not.toContain('4.55pm');
    // Layout rows sharing a class are not posts: the next row does not open with a timestamp.
    expect(
      run(
        `<div class="row"><p>Posted: Fri 6:45 PM, Feb 16, 2018 | Updated: Sat 8:31 PM, Feb 17, 2018</p>${para('Story')}</div><div class="row">${para('More')}</div>`,
      ),
    ).not.toContain('6:45');
  });

  it('drops bylines, datelines and bios before the first and after the last paragraph', () => {
    const text = run(
      `<p>By</p><p>Janie Har</p><p>Updated Nov. 19, 2019 8:21 am ET</p>${para('First')}${para('Last')}
      <div class="author-bio">Janie covers the state capitol.</div><ul><li><a href="/1">More from Janie: how the capitol budget fight ends</a></li><li><a href="/2">Another headline about the state legislature</a></li></ul>`,
      'janie har',
    );
    expect(text).toContain('First');
    expect(text).toContain('Last');
    for (const gone of ['Janie Har', '8:21', 'covers the state capitol', 'More from Janie']) expect(text).not.toContain(gone);
  });

  it('keeps timestamps inside the story and footnotes after it', () => {
    const text = run(
      `${para('Opening')}<p>10:45 AM</p>${para('Update')}<ol class="footnotes"><li><a href="#r1">^</a> Source: city budget 2024.</li></ol>`,
    );
    expect(text).toContain('10:45 AM');
    expect(text).toContain('Source: city budget 2024.');
  });

  it('keeps a closing list of short topic links (place names), which is the story', () => {
    const text = run(
      `${para('Quake')}<p><a href="/area/fukuoka">福岡県</a>：<a href="/w/kurume">久留米市</a></p><p><a href="/area/saga">佐賀県</a>：<a href="/w/kanzaki">神埼市</a></p>`,
    );
    expect(text).toContain('久留米市');
    expect(text).toContain('神埼市');
  });

  it('recognises date lines in any script by their digits', () => {
    expect(isDateLine('PUBLISHED: 10:48, Tue, Nov 19, 2019')).toBe(true);
    expect(isDateLine('१२ मार्च 2024, 09:15 IST')).toBe(true);
    expect(isDateLine('The 2019 budget was cut.')).toBe(false);
  });

  it("drops a leading logo or section link (the site's home or a category), not a link to a story or another site", () => {
    const text = run(
      `<h2><a href="/"><span>Express. Home of the Daily and Sunday Express.</span></a></h2><p><a href="https://news.example/category/science/">Science</a></p><p><a href="https://other.example/">Other Site</a></p>${para('First')}`,
    );
    expect(text).not.toContain('Home of the Daily');
    expect(text).not.toContain('Science');
    expect(text).toContain('Other Site');
  });

  it('does not take a whole article named for a date ("entry date-first") for a meta box', () => {
    const text = run(
      `<article class="entry date-first"><p>Hello, this is Yamaneko.</p>${para('First')}${para('Last')}<p>Have a good winter camp!</p></article>`,
    );
    expect(text).toContain('Hello, this is Yamaneko.');
    expect(text).toContain('Have a good winter camp!');
  });

  it('finds the one sentence of a brief under its timestamp, the headline again and the writer again', () => {
    const brief =
      '<p>10:42</p><h2>Trains to the capital run a short timetable tomorrow</h2><p>Dana Cohen</p><p>Because of maintenance, trains will run only between 6:00 and 14:00.</p>';
    expect(run(brief, 'dana cohen', 'Trains to the capital run a short timetable tomorrow').trim()).toBe(
      'Because of maintenance, trains will run only between 6:00 and 14:00.',
    );
    // Only in a brief: above a story of real paragraphs, a subheading like the title is left to the title-repeat step.
    expect(run(`<h2>Trains run a short timetable</h2>${para('First')}`, '', 'Trains run a short timetable')).toContain(
      'Trains run a short timetable',
    );
  });

  it('drops a sign-off after the story: calls to follow or listen with a link, social and app-store links, not a closing line', () => {
    const out = run(
      `${para('Story')}<p>The council will meet again in June.</p>` +
        `<p>Follow Radio Severnside on <a href="https://www.facebook.com/r">Facebook</a>, <a href="https://x.com/r">X</a> and <a href="https://www.instagram.com/r">Instagram</a>. Send your story ideas to <a href="mailto:news@radio.example">news@radio.example</a> or call us on the newsroom line, any time of day.</p>` +
        `<p>Listen to the Breakfast Show live on <a href="https://news.example/sounds/live">Sounds</a>.</p>` +
        `<p>喜欢这篇文章？<a href="https://apps.apple.com/cn/app/id123">App Store</a></p>` +
        `<p><a href="https://t.me/newsexample">Telegram</a> · <a href="https://vk.com/newsexample">VK</a></p>`,
    );
    expect(out).toContain('The council will meet again in June.');
    for (const gone of ['Follow', 'Listen', '喜欢', 'Telegram']) expect(out).not.toContain(gone);
    // Inside the story, the same words are prose; without a link, a closing "Follow" line is too.
    const kept = run(
      `<p>Follow <a href="https://x.com/a">the mayor</a> on a walk.</p>${para('Story')}<p>Follow the river to the weir.</p>`,
    );
    expect(kept).toContain('Follow the mayor on a walk.');
    expect(kept).toContain('Follow the river to the weir.');
    // A mail address alone is no call to act: an agency's contact line closes its story text.
    expect(
      run(`${para('Story')}<p>To contact the reporter: Ann Lee in Paris at <a href="mailto:al@agency.example">al@agency.example</a></p>`),
    ).toContain('To contact the reporter');
  });

  it("drops the writer's box the story ends with (portrait, name or author link, a few sentences), not a closing picture", () => {
    const bio = (inner: string) =>
      `<div class="sab"><div><img src="av.jpg" ${inner}></div><div><p>Correspondent for the city desk. She writes about transport, housing and the council, and before that worked in radio for five years.</p></div></div>`;
    expect(run(`${para('Story')}${para('End')}${bio('width="96" height="96"')}`)).not.toContain('Correspondent');
    expect(
      run(`<div>${para('Story')}${para('End')}<div class="a">${bio('')}<a href="/author/jane-doe/">Jane Doe</a></div></div>`),
    ).not.toContain('Correspondent');
    expect(run(`${para('Story')}${para('End')}${bio('').replace('Correspondent', 'Jane Doe, correspondent')}`, 'jane doe')).not.toContain(
      'correspondent',
    );
    // A live blog's last post (alike boxes, each with its writer's portrait) is the story's.
    const post = (t: string) => `<div class="post"><img src="av.jpg" width="48" height="48"><p>${t}: the mayor spoke again.</p></div>`;
    expect(run(`${para('Story')}${post('Earlier')}${post('Latest')}`)).toContain('Latest: the mayor');
    // A closing list of links with a small icon is no writer's box.
    const links = '<li><a href="https://a.example/">World Factbook</a></li><li><a href="https://b.example/">BBC profile</a></li>';
    expect(run(`${para('Story')}<div class="links"><img src="flag.png" width="20" height="14"><ul>${links}</ul></div>`)).toContain(
      'World Factbook',
    );
    // A large picture with a closing paragraph and no writer's mark is the story's.
    expect(run(`${para('Story')}<div><p><img src="pier.jpg" width="1024" height="683"></p>${para('End')}</div>`)).toContain('End —');
  });

  it('reads a figure wrap-captions made from a picture and a paragraph as that paragraph', () => {
    const caption = 'The author of the biography is interviewed in New York on Tuesday, a week before the book is published.';
    const out = run(
      `<figure data-broadsheet-wrapped=""><p><img src="a.jpg"></p><figcaption>${caption}</figcaption></figure><p>Story Published:</p><p>Jan 18, 2008 at 8:29 AM PST</p>${para('Story')}`,
    );
    expect(out).toContain('Jan 18, 2008');
    expect(
      run(`<figure><img src="a.jpg"><figcaption>${caption}</figcaption></figure><p>Jan 18, 2008 at 8:29 AM PST</p>${para('Story')}`),
    ).not.toContain('Jan 18, 2008');
  });
});
