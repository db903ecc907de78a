import { afterEach, describe, expect, it } from 'vitest';
import { jsdomBody } from '../../__tests__/jsdom-page';
import { removeComments } from '../remove-comments';

let close = () => {};
afterEach(() => close());

function run(html: string) {
  const page = jsdomBody(`<div id="root">${html}</div>`);
  close = page.close;
  const root = page.body.querySelector('#root')!;
  removeComments(root, { url: 'https://news.example/', doc: page.doc, byline: '' });
  return root.textContent!.replace(/\s+/g, ' ');
}

const story = [
  'The council approved the new bus lanes on Tuesday after a debate that lasted most of the afternoon.',
  'Work on the first stretch, along the harbour road, will start in the spring and take four months.',
  'Shop owners on the road asked for loading bays to be kept, and the council agreed to two of them.',
]
  .map((p) => `<p>${p}</p>`)
  .join('');

const entry = (name: string, time: string, reply: string) =>
  `<div class="c-it"><div class="n">${name}</div><div class="t">${time}</div><p>${reply}</p></div>`;

describe('removeComments', () => {
  it('removes a thread after the story by its shape (alike blocks with a name and a time) and the count heading over it', () => {
    const text = run(
      `${story}<div class="hd">2 टिप्पणियाँ</div><div class="lst">${entry('राकेश वर्मा', '9 जुलाई 2024, 12:40', 'बहुत अच्छी पहल है।')}${entry('Sima', '3 hours ago', 'About time too, the road is a mess.')}</div>`,
    );
    expect(text).toContain('Shop owners on the road');
    for (const gone of ['टिप्पणियाँ', 'राकेश', 'बहुत अच्छी', 'Sima', 'About time']) expect(text).not.toContain(gone);
  });

  it('keeps posts of the same shape that are the story (a live blog) or that have story text after them', () => {
    const posts = `<div class="feed">${entry('Match desk', '14:02', 'Kick-off at a packed stadium, rain falling hard.')}${entry('Match desk', '14:10', 'First chance: a header over the bar from the corner.')}</div>`;
    expect(run(`<p>Live.</p>${posts}`)).toContain('First chance');
    expect(run(`${story}${posts}<p>The second half saw the home side finally break through after a long spell of pressure.</p>`)).toContain(
      'Kick-off',
    );
  });

  it("removes an empty comment box's prompts and a comment-policy line at the end, in any language", () => {
    const text = run(
      `${story}<p>אין תגובות עדיין. היו הראשונים להגיב</p><p>+ הוספת תגובה חדשה</p><p>التعليقات المنشورة تعبر عن رأي أصحابها ولا تعبر عن رأي الموقع</p>`,
    );
    expect(text).toContain('loading bays');
    for (const gone of ['אין תגובות', 'הוספת תגובה', 'التعليقات']) expect(text).not.toContain(gone);
  });

  it('leaves a prompt-like sentence inside the story', () => {
    expect(run(`<p>The editor asked readers to add a comment on the plans.</p>${story}`)).toContain('add a comment');
  });
});
