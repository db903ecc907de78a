/**
 * The i18n conventions as executable checks (DESIGN.md rule 11): English and Hindi catalogues hold
 * the same keys with the same placeholders, Hindi strings are really Hindi, every key the code
 * uses exists, and no component or entrypoint shows users a hard-coded string (JSX text, or a
 * literal aria-label/title/placeholder/alt). Parsing uses the TypeScript compiler, so the check
 * sees real JSX rather than guessing with regular expressions.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { catalogues } from '../i18n-catalogue';

const ROOT = process.cwd();
const en = catalogues.en;
const hi = catalogues.hi;

/** Source files whose strings users see: components and entrypoints, not tests. */
function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return name === '__tests__' ? [] : sources(path);
    return /\.(ts|tsx)$/.test(name) && !/\.d\.ts$/.test(name) ? [path] : [];
  });
}
const files = [...sources('components'), ...sources('entrypoints')];

/** Attributes whose literal values users read or hear. */
const TEXT_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);
const hasLetters = (text: string) => /\p{L}/u.test(text);

interface Finding {
  file: string;
  line: number;
  text: string;
}

/** Walks one file: the keys passed to t()/translate() as literals, and user-visible literals in JSX. */
function scan(file: string, text = readFileSync(join(ROOT, file), 'utf8')): { keys: Finding[]; hardCoded: Finding[] } {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const keys: Finding[] = [];
  const hardCoded: Finding[] = [];
  const at = (node: ts.Node, text: string): Finding => ({
    file,
    line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
    text,
  });
  /** Decorative glyphs ("Aa", "✕") inside aria-hidden elements are not read to anyone. */
  const ariaHidden = (node: ts.Node): boolean => {
    for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
      if (ts.isJsxElement(n)) {
        const attrs = n.openingElement.attributes.properties;
        if (attrs.some((a) => ts.isJsxAttribute(a) && a.name.getText() === 'aria-hidden' && a.initializer?.getText().includes('true')))
          return true;
      }
    }
    return false;
  };
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && ['t', 'translate'].includes(node.expression.text)) {
      const [first] = node.arguments;
      if (first && ts.isStringLiteralLike(first)) keys.push(at(first, first.text));
    }
    if (ts.isJsxText(node) && hasLetters(node.text) && !ariaHidden(node)) hardCoded.push(at(node, node.text.trim()));
    if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText()) && node.initializer) {
      const init = node.initializer;
      const literal = ts.isStringLiteral(init)
        ? init
        : ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression)
          ? init.expression
          : null;
      if (literal && hasLetters(literal.text)) hardCoded.push(at(node, node.getText()));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { keys, hardCoded };
}

const scanned = files.map((file) => scan(file));
const placeholders = (entry: { placeholders?: Record<string, { content: string }> } | undefined) =>
  Object.entries(entry?.placeholders ?? {})
    .map(([name, p]) => `${name.toLowerCase()}=${p.content}`)
    .sort();
const named = (message: string) => [...message.matchAll(/\$([a-z0-9_@]+)\$/gi)].map((m) => m[1]!.toLowerCase()).sort();

describe('message catalogues', () => {
  it('English and Hindi have exactly the same keys', () => {
    expect(Object.keys(hi).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en))('%s: same placeholders in both, every one used, and a description for translators', (key) => {
    const e = en[key]!;
    const h = hi[key]!;
    expect(placeholders(h)).toEqual(placeholders(e));
    expect(named(h.message)).toEqual(named(e.message));
    expect(named(e.message)).toEqual(
      Object.keys(e.placeholders ?? {})
        .map((n) => n.toLowerCase())
        .sort(),
    );
    expect(e.description?.length).toBeGreaterThan(0);
  });

  it('Hindi strings are written in Hindi (Devanagari) wherever the English has words', () => {
    // Brand names and strings that are only placeholders and units stay as they are.
    const sameInEveryLanguage = new Set(['extName', 'uiLocale']);
    const untranslated = Object.keys(en).filter((key) => {
      const words = en[key]!.message.replace(/\$[a-z0-9_@]+\$/gi, '').replace(/\bpx\b/g, '');
      return !sameInEveryLanguage.has(key) && hasLetters(words) && !/[\u0900-\u097F]/.test(hi[key]!.message);
    });
    expect(untranslated).toEqual([]);
  });
});

describe('code uses the catalogues', () => {
  it('scans the UI sources (the check is not vacuous)', () => {
    expect(files).toEqual(expect.arrayContaining(['components/Reader.tsx', 'components/ReaderToolbar.tsx', 'entrypoints/popup/App.tsx']));
    expect(scanned.flatMap((s) => s.keys).length).toBeGreaterThan(30);
  });

  it('every key passed to t() exists', () => {
    const missing = scanned.flatMap((s) => s.keys).filter((k) => !(k.text in en));
    expect(missing).toEqual([]);
  });

  it('every __MSG_key__ in the manifest config exists', () => {
    const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
    const keys = [...config.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((k) => !(k in en))).toEqual([]);
  });

  it('no component or entrypoint hard-codes a user-visible string', () => {
    const found = scanned.flatMap((s) => s.hardCoded).map((f) => `${relative(ROOT, join(ROOT, f.file))}:${f.line} ${f.text}`);
    expect(found).toEqual([]);
  });

  it('the scanner does catch hard-coded text and labels, and skips aria-hidden glyphs', () => {
    const sample = 'const a = <button aria-label="Close" title={"Shut"}>Save<span aria-hidden="true">Aa</span>{t("readerSave")}</button>;';
    const result = scan('probe.tsx', sample);
    expect(result.hardCoded.map((f) => f.text)).toEqual(['aria-label="Close"', 'title={"Shut"}', 'Save']);
    expect(result.keys.map((f) => f.text)).toEqual(['readerSave']);
  });
});
