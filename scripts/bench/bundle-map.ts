/**
 * Who owns each character of a built bundle, read from its source map: a library (Readability,
 * DOMPurify, Preact, WXT) or one of our source files. Shared by bench:size (what the injected
 * bytes are) and bench:reader (where the page's CPU time goes while the reader opens).
 */
import { readFileSync } from 'node:fs';

/** The CSS we inline into the shadow root (Vite's `?inline` module has no source map of its own). */
export const CSS_GROUP = 'CSS (components/*.css, inlined)';
/** Bytes no source claims: the bundler's helpers and WXT's entry wrapper. */
export const GLUE_GROUP = 'bundler glue, WXT wrapper (unmapped)';

/** Which part of the bundle a source-map source (a path relative to the map) belongs to. */
export function groupOf(source: string): string {
  // Sources are relative to the map, so they start with ../ (and the checkout's folder name when
  // the build went outside it): keep the path from node_modules/ or the first top-level folder.
  const s =
    /(?:^|\/)(node_modules\/.*)$/.exec(source)?.[1] ??
    /(?:^|\/)((?:entrypoints|components|utils|tests)\/.*)$/.exec(source)?.[1] ??
    source.replace(/^(\.\.\/)+/, '');
  const rules: [RegExp, string][] = [
    [/node_modules\/@mozilla\/readability\/Readability-readerable/, 'Readability-readerable.js (isProbablyReaderable)'],
    [/node_modules\/@mozilla\/readability\//, 'Readability (@mozilla/readability)'],
    [/node_modules\/dompurify\//, 'DOMPurify'],
    [/node_modules\/preact\/hooks\//, 'Preact hooks'],
    [/node_modules\/preact\//, 'Preact (core + jsx-runtime)'],
    [/node_modules\/(@wxt-dev\/storage|superlock)\//, 'WXT storage (+ superlock)'],
    [/node_modules\/(wxt|@wxt-dev\/browser)\//, 'WXT runtime (content-script wrapper, browser shim)'],
    [/node_modules\//, 'other packages'],
    [/^components\/.*\.css/, CSS_GROUP],
  ];
  for (const [re, name] of rules) if (re.test(s)) return name;
  return `ours: ${s}`;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one source-map segment (base64 VLQ) into its numbers. */
function decodeSegment(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = B64.indexOf(ch);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

export interface BundleMap {
  /** The bundle's code, without its sourceMappingURL comment. */
  code: string;
  /** The group owning each character of `code` (null: glue). */
  owner: (string | null)[];
  /** The group owning the character at a 0-based line and column. */
  groupAt(line: number, column: number): string;
  /** The code split by owning group, for sizing each group. */
  textByGroup(): Map<string, string>;
}

/** Reads `file` and `file.map` (a Vite/rolldown build with `build.sourcemap: true`). */
export function readBundleMap(file: string): BundleMap {
  const code = readFileSync(file, 'utf8').replace(/\n\/\/# sourceMappingURL=\S*\s*$/, '');
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[]; mappings: string };
  const owner: (string | null)[] = new Array<string | null>(code.length).fill(null);
  const lines = code.split('\n');
  const lineStarts: number[] = [];
  const mappingLines = map.mappings.split(';');
  let sourceIndex = 0;
  let offset = 0;
  // Each mapped segment runs from its column to the next segment's; text before the first one,
  // and segments without a source, belong to the bundler.
  lines.forEach((line, li) => {
    lineStarts.push(offset);
    const points: [number, string | null][] = [];
    let column = 0;
    for (const segment of (mappingLines[li] ?? '').split(',').filter(Boolean)) {
      const d = decodeSegment(segment);
      column += d[0] ?? 0;
      if (d.length > 1) sourceIndex += d[1] ?? 0;
      points.push([column, d.length > 1 ? groupOf(map.sources[sourceIndex] ?? '') : null]);
    }
    points.forEach(([start, group], i) => owner.fill(group, offset + start, offset + (points[i + 1]?.[0] ?? line.length)));
    offset += line.length + 1;
  });
  // The inlined CSS is the template literal that starts with the shadow root's `:host` rule.
  const cssStart = code.indexOf('`:host');
  const cssEnd = cssStart < 0 ? -1 : code.indexOf('`', cssStart + 1);
  if (cssEnd > cssStart) owner.fill(CSS_GROUP, cssStart + 1, cssEnd);
  return {
    code,
    owner,
    groupAt: (line, column) => owner[(lineStarts[line] ?? 0) + column] ?? GLUE_GROUP,
    textByGroup() {
      const text = new Map<string, string>();
      for (let i = 0; i < code.length;) {
        const group = owner[i] ?? null;
        let j = i + 1;
        while (j < code.length && owner[j] === group) j++;
        const name = group ?? GLUE_GROUP;
        text.set(name, (text.get(name) ?? '') + code.slice(i, j));
        i = j;
      }
      return text;
    },
  };
}
