/**
 * The benchmark's pages, generated in memory so the sizes are exact and the same on every run:
 * English and Hindi, small and large, one page whose prose sits in plain <div>s (no <p>), the
 * layout Firefox's Reader View refuses, and two the size of real pages that hurt readers:
 *   - `en-liveblog`: a ~1 MB live blog, 300 timestamped entries with share bars (inline SVG icons,
 *     as live blogs carry them) and a photo every third entry (PNGs served by the bench server);
 *   - `en-nav20k`: a short story inside 20,000 elements of navigation (a mega menu and a sitemap
 *     footer), the DOM size a reader pays for however short the article.
 * Each is a news article inside the clutter real news sites carry (category nav, ticker, share
 * bars, "Also Read", ads, sidebars, comments, footers). Nothing comes from outside the bench
 * server, so nothing waits on a network that is not there.
 */
import { crc32, deflateSync } from 'node:zlib';

/** One benchmark page. */
export interface BenchPage {
  /** Path on the bench server and name in the tables. */
  slug: string;
  /** What the page is, for the tables. */
  label: string;
  /** The article's headline, which the reader must show. */
  title: string;
  html: string;
  /** Files the page loads from the bench server (path → body), e.g. its images. */
  assets?: Map<string, { type: string; body: Buffer }>;
}

const EN_PARAGRAPHS = [
  'The city council voted on Tuesday to turn the old tram depot on River Street into a covered market, ending a decade of arguments over one of the largest empty sites in the centre.',
  'The plan keeps the brick sheds and their iron roof, adds a hall for sixty stalls and a school kitchen, and opens a walking route from the station to the river that has been fenced off since 2011.',
  'Supporters said the market would bring farmers and small traders back to a district that lost its last grocery four years ago. Opponents argued that the money should go to housing instead.',
  '"We have talked about this building for longer than some of our new members have been able to vote," the council leader said after the vote, which passed by twenty-nine to twenty-one.',
  'The cost is put at 41 million, two thirds of it from a national fund for reusing industrial buildings. The rest will come from the sale of a car park on the other side of the depot.',
  'Traders who now sell from the Saturday street market will get the first right to a stall, at rents the council says will be fixed for five years and reviewed with a traders committee.',
  'Work on the roof is due to start in the spring. The council expects the first stalls to open eighteen months later, with the school kitchen and the river walk following in the year after.',
  'Residents near the depot asked for limits on deliveries at night. The final plan bans lorries between ten in the evening and six in the morning and moves the loading bay to the station side.',
  'An earlier scheme for offices on the site collapsed in 2019 when the developer withdrew. A housing plan in 2021 failed because the sheds are protected and could not be taken down.',
  "Historians welcomed the decision to keep the sheds, which were built in 1897 for horse trams and later housed the city's first electric cars. Their cast-iron columns were made in a local foundry.",
  'The market will be run by a not-for-profit company owned by the council, with two seats on its board for traders and one for the neighbourhood association, which campaigned for the plan.',
  "Council officers said they would publish the full budget, the lease terms for stalls and the timetable for the works on the council's website before the end of the month.",
];

const HI_PARAGRAPHS = [
  'राज्य सरकार ने मंगलवार को घोषणा की कि इस साल मानसून में देरी से प्रभावित किसानों को बीज और खाद पर अतिरिक्त सहायता दी जाएगी। कृषि मंत्री ने कहा कि पहली किस्त अगले सप्ताह तक किसानों के खातों में पहुँच जाएगी।',
  'मौसम विभाग के अनुसार जून में सामान्य से इकतीस प्रतिशत कम बारिश दर्ज की गई है। सबसे अधिक असर पश्चिमी ज़िलों में देखा गया, जहाँ धान की बुआई अब तक आधी भी नहीं हो पाई है।',
  'मंत्री ने बताया कि छोटे और सीमांत किसानों को प्राथमिकता दी जाएगी। जिन किसानों के पास दो हेक्टेयर से कम ज़मीन है, उन्हें प्रति हेक्टेयर छह हज़ार रुपये की सहायता मिलेगी।',
  'किसान संगठनों ने इस फ़ैसले का स्वागत किया, लेकिन कहा कि सहायता की राशि बढ़ती लागत के मुक़ाबले कम है। संगठन के प्रवक्ता ने कहा कि डीज़ल और बिजली के दाम भी किसानों पर भारी पड़ रहे हैं।',
  'सरकार ने नहरों में पानी छोड़ने का समय भी दो सप्ताह पहले करने का आदेश दिया है। सिंचाई विभाग के अधिकारियों को हर ज़िले में रोज़ाना रिपोर्ट भेजने को कहा गया है।',
  'कृषि विशेषज्ञों का कहना है कि देर से बुआई होने पर किसानों को कम अवधि वाली किस्में चुननी चाहिए। उन्होंने सलाह दी कि बीज ख़रीदते समय प्रमाणित दुकानों से ही ख़रीदारी करें।',
  'ग्रामीण इलाक़ों में पीने के पानी की समस्या भी बढ़ रही है। कई गाँवों में टैंकरों से पानी पहुँचाया जा रहा है और प्रशासन ने नए हैंडपंप लगाने के लिए विशेष बजट मंज़ूर किया है।',
  'विपक्ष ने आरोप लगाया कि पिछले साल की सहायता राशि अब तक कई किसानों तक नहीं पहुँची है। विपक्ष के नेता ने विधानसभा में इस मुद्दे पर विशेष चर्चा की माँग की है।',
  'सरकार का कहना है कि इस बार भुगतान सीधे बैंक खातों में होगा ताकि बिचौलियों की भूमिका ख़त्म हो सके। पंजीकरण के लिए हर पंचायत में शिविर लगाए जाएँगे।',
  'मौसम विभाग ने अगले दस दिनों में कई ज़िलों में अच्छी बारिश की संभावना जताई है। विभाग ने किसानों से अपील की है कि वे मौसम की ताज़ा जानकारी के आधार पर ही बुआई की योजना बनाएँ।',
  'जानकारों का मानना है कि अगर जुलाई के पहले पखवाड़े में बारिश सामान्य रही तो नुक़सान की भरपाई काफ़ी हद तक हो सकती है। फिर भी दलहन और तिलहन की पैदावार पर असर पड़ना तय माना जा रहा है।',
  'कृषि विभाग ने एक हेल्पलाइन नंबर भी जारी किया है, जिस पर किसान सहायता योजना और बीज की उपलब्धता से जुड़ी जानकारी ले सकते हैं। हेल्पलाइन सुबह आठ बजे से रात आठ बजे तक चालू रहेगी।',
];

interface Strings {
  lang: string;
  site: string;
  title: string;
  byline: string;
  nav: string[];
  ticker: string;
  alsoRead: string;
  ad: string;
  whatsapp: string;
  recent: string;
  comments: string;
  footer: string;
  views: string;
}

const EN: Strings = {
  lang: 'en',
  site: 'The Riverside Courier',
  title: 'Council turns the old tram depot into a covered market',
  byline: 'By Jane Holloway',
  nav: ['News', 'Politics', 'Business', 'Sport', 'Culture', 'Opinion', 'Weather', 'Puzzles'],
  ticker: 'Breaking: rail strike called off · Schools reopen on Monday · Flood warning for the east',
  alsoRead: 'Also read: Ten years of the River Street depot',
  ad: 'Advertisement',
  whatsapp: 'Get our headlines on WhatsApp — Join Now',
  recent: 'Recent Posts',
  comments: 'Comments',
  footer: 'About us · Contact · Privacy · Terms · Advertise with us',
  views: '12,408 views',
};

const HI: Strings = {
  lang: 'hi',
  site: 'समाचार दर्पण',
  title: 'मानसून में देरी: किसानों को बीज और खाद पर मिलेगी अतिरिक्त सहायता',
  byline: 'रिपोर्ट: सुनीता वर्मा',
  nav: ['देश', 'विदेश', 'राजनीति', 'खेल', 'मनोरंजन', 'व्यापार', 'राशिफल', 'सरकारी नौकरी'],
  ticker: 'ब्रेकिंग न्यूज़: शेयर बाज़ार में भारी उछाल | मौसम विभाग ने जारी किया भारी बारिश का अलर्ट',
  alsoRead: 'यह भी पढ़ें: पिछले साल की फ़सल बीमा योजना का हाल',
  ad: 'विज्ञापन',
  whatsapp: 'WhatsApp Group Join Now',
  recent: 'Recent Posts',
  comments: 'टिप्पणियाँ',
  footer: 'हमारे बारे में · संपर्क करें · गोपनीयता नीति · नियम और शर्तें',
  views: '8,215 बार देखा गया',
};

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `count` paragraphs cycling through `source`, numbered past the first round so none repeats exactly. */
function prose(source: readonly string[], count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const text = source[i % source.length] ?? '';
    return i < source.length ? text : `${text} (${Math.floor(i / source.length) + 1}.${(i % source.length) + 1})`;
  });
}

/** Site chrome around the article; `scale` multiplies the clutter (links, comments, widgets). */
function chrome(s: Strings, scale: number): { header: string; sidebar: string; after: string; footer: string } {
  const links = (n: number, prefix: string) =>
    Array.from({ length: n }, (_, i) => `<li><a href="/${prefix}/${i}">${escape(s.nav[i % s.nav.length] ?? '')} ${i + 1}</a></li>`).join(
      '',
    );
  const header = `<header class="site-header"><div class="logo"><a href="/">${escape(s.site)}</a></div>
<nav class="menu"><ul>${links(8 * scale, 'section')}</ul></nav>
<div class="ticker"><strong>${escape(s.ticker)}</strong></div></header>`;
  const sidebar = `<aside class="sidebar"><div class="widget"><h3>${escape(s.recent)}</h3><ul>${links(10 * scale, 'post')}</ul></div>
<div class="ad-slot">${escape(s.ad)}</div><div class="widget whatsapp">${escape(s.whatsapp)}</div>
<div class="widget"><h3>${escape(s.nav[1] ?? '')}</h3><ul>${links(6 * scale, 'more')}</ul></div></aside>`;
  const comments = Array.from(
    { length: 4 * scale },
    (_, i) =>
      `<li class="comment"><span class="author">user${i}</span> <span class="time">${i + 1}h</span><div class="comment-body">${escape(s.nav[i % s.nav.length] ?? '')} 👍 ${i}</div><a class="reply" href="#c${i}">Reply</a></li>`,
  ).join('');
  const after = `<div class="share-bar"><a href="#fb">Facebook</a> <a href="#x">X</a> <a href="#wa">WhatsApp</a></div>
<section class="related"><h3>${escape(s.recent)}</h3><ul>${links(6 * scale, 'related')}</ul></section>
<section class="comments"><h3>${escape(s.comments)}</h3><ol>${comments}</ol></section>`;
  const footer = `<footer class="site-footer"><ul>${links(12 * scale, 'footer')}</ul><p>${escape(s.footer)}</p></footer>`;
  return { header, sidebar, after, footer };
}

/** A news page; `layout: 'div'` writes each paragraph as a <div> (no <p>, no <article>). */
function newsPage(s: Strings, paragraphs: string[], scale: number, layout: 'p' | 'div'): string {
  const c = chrome(s, scale);
  const body = paragraphs
    .map((text, i) => {
      const para = layout === 'p' ? `<p>${escape(text)}</p>` : `<div class="text-block">${escape(text)}</div>`;
      const extra =
        i === 2
          ? `<div class="also-read"><a href="/also">${escape(s.alsoRead)}</a></div>`
          : i % 6 === 5
            ? `<div class="ad-slot">${escape(s.ad)}</div>`
            : '';
      return para + extra;
    })
    .join('\n');
  const wrapper = layout === 'p' ? 'article' : 'div';
  return `<!doctype html>
<html lang="${s.lang}"><head><meta charset="utf-8"><title>${escape(s.title)} - ${escape(s.site)}</title>
<meta property="og:site_name" content="${escape(s.site)}"><meta name="author" content="${escape(s.byline)}">
<meta property="article:published_time" content="2026-11-24T09:30:00+05:30">
<style>body{font-family:sans-serif;margin:0}.wrap{display:flex;gap:16px;max-width:1100px;margin:0 auto}
.content{flex:3}.sidebar{flex:1}.ad-slot{background:#ddd;padding:30px 0;text-align:center}</style></head>
<body>${c.header}<div class="wrap"><main class="content"><div class="breadcrumb"><a href="/">Home</a> » <a href="/news">${escape(s.nav[0] ?? '')}</a></div>
<${wrapper} class="post"><h1 class="entry-title">${escape(s.title)}</h1>
<div class="meta"><span class="byline">${escape(s.byline)}</span> · <span class="views">${escape(s.views)}</span></div>
<div class="entry-content">${body}</div></${wrapper}>${c.after}</main>${c.sidebar}</div>${c.footer}</body></html>`;
}

/** A PNG chunk: length, type, data, CRC of type + data. */
function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed) >>> 0);
  return Buffer.concat([length, typed, crc]);
}

/** A deterministic `width`×`height` RGB photo stand-in: a diagonal gradient with stripes, seeded by `seed`. */
export function photoPng(width: number, height: number, seed: number): Buffer {
  const stride = width * 3 + 1;
  const raw = Buffer.alloc(stride * height);
  const pixel = (x: number, y: number, c: number): number => {
    const band = ((x + y + seed * 7) >> 4) & 1;
    const v =
      c === 0 ? (x * 200) / width + seed * 5 : c === 1 ? (y * 200) / height + band * 40 : ((x + y) * 120) / (width + height) + seed * 9;
    return Math.floor(v) & 255;
  };
  // Filter "up" on every row but the first (each byte minus the one above), so deflate finds the runs.
  for (let y = 0; y < height; y++) {
    raw[y * stride] = y === 0 ? 0 : 2;
    for (let x = 0; x < width; x++) {
      for (let c = 0; c < 3; c++) raw[y * stride + 1 + x * 3 + c] = (pixel(x, y, c) - (y === 0 ? 0 : pixel(x, y - 1, c))) & 255;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, deflate, no filter, no interlace
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(raw)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Share icons as live blogs inline them (one SVG per button, per entry). */
const SHARE_ICONS = ['M4 4h16v16H4z M8 8h8v8H8z', 'M3 12l18-9-6 18-3-7z', 'M6 3h12l-2 18H8z M9 7h6'].map(
  (d, i) =>
    `<svg class="icon icon-${i}" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><path fill="currentColor" fill-rule="evenodd" d="${d} M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20z m0 2a8 8 0 1 1 0 16a8 8 0 1 1 0-16z"/></svg>`,
);

const LIVE_TITLE = 'Live: Storm Elin reaches the coast as thousands lose power';

/** A ~1 MB live blog: 300 entries, newest first, a photo (served by the bench server) every third. */
function liveBlog(): { html: string; assets: Map<string, { type: string; body: Buffer }> } {
  const s = { ...EN, title: LIVE_TITLE };
  const c = chrome(s, 2);
  const assets = new Map<string, { type: string; body: Buffer }>();
  const entries = Array.from({ length: 300 }, (_, n) => {
    const i = 299 - n;
    const minutes = 6 * 60 + i * 3;
    const time = `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    const paras = [0, 1, 2, 3, 4].map(
      (k) => `<p>${escape(EN_PARAGRAPHS[(i * 3 + k) % EN_PARAGRAPHS.length] ?? '')} (${i + 1}.${k + 1})</p>`,
    );
    let photo = '';
    if (i % 3 === 0) {
      const path = `/img/live-${i}.png`;
      assets.set(path, { type: 'image/png', body: photoPng(480, 270, i % 11) });
      photo = `<figure class="live-photo"><img src="${path}" width="480" height="270" loading="lazy" decoding="async" alt="Scene ${i + 1} on the seafront"><figcaption>Update ${i + 1}: the seafront at ${time}. Photo: Courier staff</figcaption></figure>`;
    }
    const share = SHARE_ICONS.map(
      (icon, k) =>
        `<button type="button" class="share-btn share-${k}" data-share-target="post-${i}" data-track="live|share|${k}|${i}" aria-label="Share update ${i + 1}">${icon}</button>`,
    ).join('');
    // Two entries in three quote a social post, embedded the way live blogs carry them (markup, not a script).
    const quote =
      i % 3 !== 0
        ? `<blockquote class="social-embed" data-embed-provider="social" data-embed-id="${900000 + i}"><div class="social-embed__head"><span class="social-embed__name">Coastguard North</span> <span class="social-embed__handle">@coastguard_north</span></div><p class="social-embed__text">${escape(EN_PARAGRAPHS[(i + 5) % EN_PARAGRAPHS.length] ?? '')}</p><a class="social-embed__date" href="/social/${900000 + i}">${time} · 24 Nov 2026</a> <span class="social-embed__stats">${(i * 37) % 900} reposts · ${(i * 91) % 5000} likes</span></blockquote>`
        : '';
    const key = i % 25 === 0 ? ' live-post--key' : '';
    return `<article class="live-post${key}" id="post-${i}" data-post-id="${100000 + i}" data-published="2026-11-24T${time}:00Z">
<header class="live-post__meta"><time class="live-post__time" datetime="2026-11-24T${time}:00Z">${time}</time> <span class="live-post__author">Jane Holloway</span>${i % 25 === 0 ? ' <span class="badge">Key event</span>' : ''}</header>
<h2 class="live-post__title">Update ${i + 1}: ${escape((EN_PARAGRAPHS[i % EN_PARAGRAPHS.length] ?? '').split(' ').slice(0, 8).join(' '))}</h2>
<div class="live-post__body">${paras.join('')}${quote}${photo}</div>
<footer class="live-post__share"><span class="share-label">Share</span>${share}<a class="permalink" href="#post-${i}">Link to this post</a></footer></article>`;
  }).join('\n');
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(LIVE_TITLE)} - ${escape(EN.site)}</title>
<meta property="og:site_name" content="${escape(EN.site)}"><meta name="author" content="Jane Holloway">
<meta property="article:published_time" content="2026-11-24T06:00:00Z">
<style>body{font-family:sans-serif;margin:0}.wrap{display:flex;gap:16px;max-width:1100px;margin:0 auto}
.content{flex:3}.sidebar{flex:1}.ad-slot{background:#ddd;padding:30px 0;text-align:center}
.live-post{border-top:1px solid #ccc;padding:12px 0}.share-btn{border:0;background:none}img{max-width:100%;height:auto}</style></head>
<body>${c.header}<div class="wrap"><main class="content"><div class="breadcrumb"><a href="/">Home</a> » <a href="/news">News</a></div>
<article class="live-blog"><h1 class="entry-title">${escape(LIVE_TITLE)}</h1>
<div class="meta"><span class="byline">By Jane Holloway</span> · <span class="live-badge">LIVE</span> · updated every few minutes</div>
<div class="key-points"><h2>Key points</h2><ul>${[0, 1, 2, 3].map((k) => `<li>${escape(EN_PARAGRAPHS[k] ?? '')}</li>`).join('')}</ul></div>
<div class="live-feed">${entries}</div></article>${c.after}</main>${c.sidebar}</div>${c.footer}</body></html>`;
  return { html, assets };
}

const NAV_TITLE = 'The last ferryman of Lake Orta';

/** A short story (6 ¶) inside a mega menu and a sitemap footer: 20,000 elements of navigation in all. */
function navHeavy(): string {
  // Each column: <li><h4>…</h4><ul> + 40 × <li><a></a></li>, 83 elements; 122 in the menu and 122 in the footer.
  const columns = (count: number, prefix: string) =>
    Array.from(
      { length: count },
      (_, col) =>
        `<li class="mega-col"><h4>${escape(EN.nav[col % EN.nav.length] ?? '')} ${col + 1}</h4><ul>${Array.from(
          { length: 40 },
          (_, k) => `<li><a href="/${prefix}/${col}/${k}">${escape(EN.nav[(col + k) % EN.nav.length] ?? '')} topic ${k + 1}</a></li>`,
        ).join('')}</ul></li>`,
    ).join('');
  const story = prose(EN_PARAGRAPHS, 6)
    .map((t) => `<p>${escape(t)}</p>`)
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(NAV_TITLE)} - ${escape(EN.site)}</title>
<meta property="og:site_name" content="${escape(EN.site)}"><meta name="author" content="${escape(EN.byline)}">
<style>body{font-family:sans-serif;margin:0}.mega{columns:6}.mega ul,.sitemap ul{list-style:none;padding:0}</style></head>
<body><header class="site-header"><div class="logo"><a href="/">${escape(EN.site)}</a></div>
<nav class="mega" aria-label="Sections"><ul>${columns(122, 'menu')}</ul></nav></header>
<main class="content"><article class="post"><h1 class="entry-title">${escape(NAV_TITLE)}</h1>
<div class="meta"><span class="byline">${escape(EN.byline)}</span></div>
<div class="entry-content">${story}</div></article></main>
<footer class="site-footer"><nav class="sitemap" aria-label="Sitemap"><ul>${columns(122, 'sitemap')}</ul></nav><p>${escape(EN.footer)}</p></footer></body></html>`;
}

/** The pages every benchmark run measures. */
export function benchPages(): BenchPage[] {
  const page = (slug: string, label: string, s: Strings, html: string): BenchPage => ({ slug, label, title: s.title, html });
  return [
    page('en-small', 'English, small (12 ¶)', EN, newsPage(EN, prose(EN_PARAGRAPHS, 12), 1, 'p')),
    page('en-large', 'English, large (240 ¶, heavy clutter)', EN, newsPage(EN, prose(EN_PARAGRAPHS, 240), 20, 'p')),
    page('hi-small', 'Hindi, small (12 ¶)', HI, newsPage(HI, prose(HI_PARAGRAPHS, 12), 1, 'p')),
    page('hi-large', 'Hindi, large (240 ¶, heavy clutter)', HI, newsPage(HI, prose(HI_PARAGRAPHS, 240), 20, 'p')),
    page('en-div', 'English, prose in <div>s (no <p>)', EN, newsPage(EN, prose(EN_PARAGRAPHS, 12), 1, 'div')),
    { slug: 'en-liveblog', label: 'English live blog (~1 MB, 300 entries, 100 photos)', title: LIVE_TITLE, ...liveBlog() },
    { slug: 'en-nav20k', label: 'English short story in 20,000 elements of navigation', title: NAV_TITLE, html: navHeavy() },
  ];
}
