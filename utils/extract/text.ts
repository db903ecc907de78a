/**
 * Plain text from article HTML with a line break between blocks, so "<h2>Title</h2><p>Body"
 * never fuses into "TitleBody". Used for word counts, search and the CLI's `text`.
 */

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
  'CAPTION',
]);

/** Text content of `root`, blocks separated by "\n", runs of spaces folded, blank lines dropped. */
export function blockText(root: Node): string {
  const parts: string[] = [];
  // Iterative walk: a hostile page can nest elements deeper than the call stack.
  // Each stack entry is a node to enter, or a marker to close a block after its children.
  const stack: (Node | 'close')[] = [root];
  while (stack.length) {
    const item = stack.pop()!;
    if (item === 'close') {
      parts.push('\n');
      continue;
    }
    if (item.nodeType === 3) {
      parts.push(item.nodeValue ?? '');
      continue;
    }
    if (item !== root) {
      if (item.nodeType !== 1) continue;
      const tag = (item as Element).tagName.toUpperCase();
      if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE') continue;
      if (BLOCK.has(tag)) {
        parts.push('\n');
        stack.push('close');
      }
    }
    for (let child = item.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/**
 * Characters of readable text under `node` (itself a text node or an element), whitespace not
 * counted, scripts and style sheets skipped: the measure every removal bound and the floor compare.
 */
export function textLength(node: Node): number {
  let n = 0;
  const stack: Node[] = [node];
  while (stack.length) {
    const item = stack.pop()!;
    if (item.nodeType === 3) {
      const value = item.nodeValue ?? '';
      for (let i = 0; i < value.length; i++) {
        const c = value.charCodeAt(i);
        if (c > 32 && c !== 0xa0 && c !== 0x200b && c !== 0x3000 && c !== 0xfeff) n++;
      }
      continue;
    }
    if (item.nodeType !== 1 && item.nodeType !== 11 && item.nodeType !== 9) continue;
    if (item.nodeType === 1 && SKIP.has((item as Element).tagName.toUpperCase())) continue;
    for (let c = item.firstChild; c; c = c.nextSibling) stack.push(c);
  }
  return n;
}
