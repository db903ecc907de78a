/**
 * The benchmark's pages, generated in memory so the sizes are exact and the same on every run:
 * English and Hindi, small and large, and one page whose prose sits in plain <div>s (no <p>), the
 * layout Firefox's Reader View refuses. Each is a news article inside the clutter real news sites
 * carry (category nav, ticker, share bars, "Also Read", ads, sidebars, comments, footers), with no
 * external resources, so nothing waits on a network that is not there.
 */

/** One benchmark page. */
export interface BenchPage {
  /** Path on the bench server and name in the tables. */
  slug: string;
  /** What the page is, for the tables. */
  label: string;
  /** The article's headline, which the reader must show. */
  title: string;
  html: string;
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

/** The pages every benchmark run measures. */
export function benchPages(): BenchPage[] {
  const page = (slug: string, label: string, s: Strings, html: string): BenchPage => ({ slug, label, title: s.title, html });
  return [
    page('en-small', 'English, small (12 ¶)', EN, newsPage(EN, prose(EN_PARAGRAPHS, 12), 1, 'p')),
    page('en-large', 'English, large (240 ¶, heavy clutter)', EN, newsPage(EN, prose(EN_PARAGRAPHS, 240), 20, 'p')),
    page('hi-small', 'Hindi, small (12 ¶)', HI, newsPage(HI, prose(HI_PARAGRAPHS, 12), 1, 'p')),
    page('hi-large', 'Hindi, large (240 ¶, heavy clutter)', HI, newsPage(HI, prose(HI_PARAGRAPHS, 240), 20, 'p')),
    page('en-div', 'English, prose in <div>s (no <p>)', EN, newsPage(EN, prose(EN_PARAGRAPHS, 12), 1, 'div')),
  ];
}
