/**
 * Text from an article or a note made safe as Markdown text: it renders as the same words and can
 * never become structure. A quote that begins with `#` must not make a heading, `[x](y)` must not
 * make a link, `<img onerror>` must not reach a renderer that allows HTML, and the syntax of the
 * notes apps people export to must stay inert too (Obsidian's `==mark==`, `%%comment%%`, `$math$`,
 * `#tag` and `[[wiki links]]`). Only ASCII punctuation is escaped, with CommonMark's backslash, so
 * every script is kept exactly as it is; whitespace at the start of a line is dropped (four spaces
 * would make a code block) and control characters are removed.
 */

/** Characters escaped wherever they stand. */
const INLINE = /[\\`*_[\]<>#|~&$]/g;

/** Two-character openers escaped wherever they stand (a lone `=` or `%` is harmless and common: "5%"). */
const PAIRS = /(==|%%)/g;

/** Line starts that would open a block: list items, thematic breaks, setext underlines, ordered lists. */
const LINE_START = /^(?:([-+=])|(\d{1,9})([.)]))/;

/** Control characters other than tab and line breaks (CommonMark turns NUL into U+FFFD; the rest have no business in a note). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** One line of text, escaped. */
function escapeLine(line: string): string {
  const inline = line
    .trim()
    .replace(INLINE, '\\$&')
    .replace(PAIRS, (pair) => `\\${pair[0]}\\${pair[1]}`);
  return inline.replace(LINE_START, (_all, sign: string | undefined, digits: string, mark: string) =>
    sign ? `\\${sign}` : `${digits}\\${mark}`,
  );
}

/** Text split into paragraphs (at blank lines) of lines, each line escaped; empty lines and paragraphs dropped. */
export function escapedParagraphs(text: string): string[][] {
  return text
    .replace(CONTROLS, '')
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .reduce<string[][]>(
      (paragraphs, raw) => {
        const line = escapeLine(raw);
        if (line) paragraphs[paragraphs.length - 1]!.push(line);
        else if (paragraphs[paragraphs.length - 1]!.length) paragraphs.push([]);
        return paragraphs;
      },
      [[]],
    )
    .filter((paragraph) => paragraph.length > 0);
}

/** Text escaped for one line of Markdown (a heading, a link's text): its line breaks become spaces. */
export function escapeInline(text: string): string {
  return escapedParagraphs(text)
    .map((paragraph) => paragraph.join(' '))
    .join(' ');
}
