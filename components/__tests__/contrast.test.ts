/**
 * WCAG AA contrast of every reader theme, computed from the stylesheet itself (so a palette edit
 * cannot slip past): text, muted text, links, error text and the read-aloud highlight need 4.5:1
 * against what they sit on; the focus ring and pressed-button fills need 3:1 (non-text contrast).
 * The popup's palette is checked the same way.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const readerCss = readFileSync(join(process.cwd(), 'components/reader.css'), 'utf8');
const popupCss = readFileSync(join(process.cwd(), 'components/page-palette.css'), 'utf8');

type Rgba = [number, number, number, number];

function parseColor(value: string): Rgba {
  const hex = value.match(/^#([0-9a-f]{6})$/i);
  if (hex) {
    const n = parseInt(hex[1]!, 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 1];
  }
  const rgba = value.match(/^rgba?\(([^)]+)\)$/);
  if (rgba) {
    const [r, g, b, a = 1] = rgba[1]!.split(',').map(Number);
    return [r!, g!, b!, a];
  }
  throw new Error(`Unparsed colour: ${value}`);
}

/** The custom properties declared in the first rule whose selector matches `selector` exactly. */
function vars(css: string, selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`No rule for ${selector}`);
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/(--bs-[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

const luminance = ([r, g, b]: Rgba) => {
  const lin = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
};
/** Composites a translucent colour over an opaque one. */
const over = ([r, g, b, a]: Rgba, [R, G, B]: Rgba): Rgba => [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a), 1];
const ratio = (fg: Rgba, bg: Rgba) => {
  const [l1, l2] = [luminance(over(fg, bg)), luminance(bg)].sort((a, b) => b - a);
  return (l1! + 0.05) / (l2! + 0.05);
};

const light = vars(readerCss, '.bs-reader');
const themes: Record<string, Record<string, string>> = {
  light,
  sepia: { ...light, ...vars(readerCss, ".bs-reader[data-theme='sepia']") },
  dark: { ...light, ...vars(readerCss, ".bs-reader[data-theme='dark']") },
  'auto (dark OS)': { ...light, ...vars(readerCss, "  .bs-reader[data-theme='auto']") },
};

describe.each(Object.entries(themes))('reader theme %s', (_name, palette) => {
  const c = (name: string) => parseColor(palette[`--bs-${name}`]!);
  const bg = c('bg');
  const toolbar = over(c('toolbar-bg'), bg);

  it.each(['fg', 'muted', 'link', 'error'])('%s text on the page and on the toolbar: at least 4.5:1', (name) => {
    expect(ratio(c(name), bg)).toBeGreaterThanOrEqual(4.5);
    expect(ratio(c(name), toolbar)).toBeGreaterThanOrEqual(4.5);
  });

  it('pressed buttons (background-coloured text on a text-coloured fill) read at 4.5:1', () => {
    expect(ratio(bg, c('fg'))).toBeGreaterThanOrEqual(4.5);
  });

  it('text and links in the read-aloud highlight read at 4.5:1', () => {
    const mark = over(c('mark'), bg);
    expect(ratio(c('fg'), mark)).toBeGreaterThanOrEqual(4.5);
    expect(ratio(c('link'), mark)).toBeGreaterThanOrEqual(4.5);
  });

  it('the focus ring stands out from the page at 3:1', () => {
    expect(ratio(c('focus'), bg)).toBeGreaterThanOrEqual(3);
  });
});

describe('the auto theme follows the OS with the dark palette', () => {
  it('uses the same colours as the dark theme', () => {
    expect(themes['auto (dark OS)']).toEqual(themes.dark);
  });
});

describe.each([
  ['light', vars(popupCss, ':root')],
  ['dark', { ...vars(popupCss, ':root'), ...vars(popupCss, '  :root') }],
])('popup palette %s', (_name, palette) => {
  const c = (name: string) => parseColor(palette[`--bs-${name}`]!);
  it('text, muted text and the primary button read at 4.5:1', () => {
    expect(ratio(c('fg'), c('bg'))).toBeGreaterThanOrEqual(4.5);
    expect(ratio(c('muted'), c('bg'))).toBeGreaterThanOrEqual(4.5);
    expect(ratio(c('bg'), c('accent'))).toBeGreaterThanOrEqual(4.5);
  });
});
