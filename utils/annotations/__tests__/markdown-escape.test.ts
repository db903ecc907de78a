// Page text and notes in a Markdown export render as the same words and never as structure.
import { describe, expect, it } from 'vitest';
import { escapedParagraphs, escapeInline } from '../markdown-escape';

describe('escapeInline', () => {
  it('escapes what would make links, images, emphasis, code, HTML and tables', () => {
    expect(escapeInline('[click](javascript:alert(1))')).toBe('\\[click\\](javascript:alert(1))');
    expect(escapeInline('![x](https://t.example/p.gif)')).toBe('!\\[x\\](https://t.example/p.gif)');
    expect(escapeInline('<img src=x onerror=alert(1)>')).toBe('\\<img src=x onerror=alert(1)\\>');
    expect(escapeInline('<https://evil.example>')).toBe('\\<https://evil.example\\>');
    expect(escapeInline('*bold* _em_ `code` a|b ~~gone~~')).toBe('\\*bold\\* \\_em\\_ \\`code\\` a\\|b \\~\\~gone\\~\\~');
    expect(escapeInline('&lt;tag&gt; \\ end')).toBe('\\&lt;tag\\&gt; \\\\ end');
    expect(escapeInline('[ref]: https://evil.example')).toBe('\\[ref\\]: https://evil.example');
  });

  it('escapes notes apps’ syntax: tags, wiki links, marks, comments, maths', () => {
    expect(escapeInline('#breaking [[Secret note]] ==marked== %%hidden%% $x^2$')).toBe(
      '\\#breaking \\[\\[Secret note\\]\\] \\=\\=marked\\=\\= \\%\\%hidden\\%\\% \\$x^2\\$',
    );
    expect(escapeInline('Up 5% at = par')).toBe('Up 5% at = par');
  });

  it('joins lines with spaces', () => {
    expect(escapeInline('one\ntwo\n\nthree')).toBe('one two three');
  });
});

describe('escapedParagraphs', () => {
  it('stops a line from opening a block', () => {
    const lines = [
      '# Heading',
      '> quote',
      '- item',
      '+ item',
      '* item',
      '1. first',
      '12) twelfth',
      '---',
      '===',
      '```js',
      '~~~',
      '    code',
      '| a | b |',
    ];
    expect(escapedParagraphs(lines.join('\n'))).toEqual([
      [
        '\\# Heading',
        '\\> quote',
        '\\- item',
        '\\+ item',
        '\\* item',
        '1\\. first',
        '12\\) twelfth',
        '\\---',
        '\\=\\==',
        '\\`\\`\\`js',
        '\\~\\~\\~',
        'code',
        '\\| a \\| b \\|',
      ],
    ]);
  });

  it('leaves ordinary prose and every script alone', () => {
    const prose = 'The mayor said: "It will open in 2026." 1986 was a good year. It’s 20-30 (roughly).';
    expect(escapedParagraphs(prose)).toEqual([[prose]]);
    for (const text of ['नमस्ते दुनिया, यह एक परीक्षण है।', 'مرحبا بالعالم', 'שלום עולם', '你好，世界。', 'こんにちは、世界。']) {
      expect(escapedParagraphs(text)).toEqual([[text]]);
    }
  });

  it('splits paragraphs at blank lines, drops controls and surrounding whitespace', () => {
    expect(escapedParagraphs('  one  \r\ntwo\n\n\n three\u2029four\u0000\u001b')).toEqual([
      ['one', 'two'],
      ['three', 'four'],
    ]);
    expect(escapedParagraphs('\n\n  \n')).toEqual([]);
  });
});
