/**
 * Convention: no line of code is wider than Prettier's print width (140), so a file reads without
 * sideways scrolling. Prettier breaks code but not text, so the check reads the files: a line that
 * is one piece of text (a string or template literal, or markup) is data, like the page fixtures
 * in tests/pages/ and e2e/pages/, and is not held to the width.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const WIDTH = 140;
const CODE = /\.(ts|tsx|mjs|js|css)$/;
const FIXTURES = /^(tests\/pages|e2e\/pages)\//;

/** A line that is text rather than code: it opens with a tag or a quote, or most of it is one quoted literal. */
function isText(line: string): boolean {
  if (/^\s*[<'"`]/.test(line)) return true;
  const open = line.search(/['"`]/);
  if (open < 0) return false;
  const close = line.lastIndexOf(line[open]!);
  return close > open && (close - open) / line.length >= 0.7;
}

const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' })
  .split('\n')
  .filter((file) => CODE.test(file) && !FIXTURES.test(file));

describe('line width', () => {
  it('finds the code files', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it(`no line of code is wider than ${WIDTH} characters`, () => {
    const wide: string[] = [];
    for (const file of files) {
      let text: string;
      try {
        text = readFileSync(join(ROOT, file), 'utf8');
      } catch {
        continue; // listed by git but deleted in the work tree
      }
      text.split('\n').forEach((line, i) => {
        if ([...line].length > WIDTH && !isText(line)) wide.push(`${file}:${i + 1} (${[...line].length})`);
      });
    }
    expect(wide).toEqual([]);
  });
});
