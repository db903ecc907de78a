// Front-matter values must stay the strings they were, whatever a title or tag holds.
import { describe, expect, it } from 'vitest';
import { yamlString } from '../yaml-scalar';

describe('yamlString', () => {
  it('quotes values YAML would otherwise read as other types or as structure', () => {
    for (const value of [
      'yes',
      'null',
      '~',
      '1e3',
      '0x1F',
      '- item',
      'key: value',
      '#tag',
      '&anchor',
      '*alias',
      '!tag',
      '[a, b]',
      '{a: 1}',
      '|',
      '>',
      '@x',
      '`x`',
      '',
      ' padded ',
    ]) {
      expect(yamlString(value)).toBe(`"${value}"`);
    }
  });

  it('escapes quotes, backslashes, line breaks and controls', () => {
    expect(yamlString('He said "no" \\ left')).toBe('"He said \\"no\\" \\\\ left"');
    expect(yamlString('one\ntwo\r\tthree')).toBe('"one\\ntwo\\r\\tthree"');
    expect(yamlString('a\u0000b\u0007c\u007fd\u0085e')).toBe('"a\\u0000b\\u0007c\\u007Fd\\u0085e"');
    expect(yamlString('line\u2028para\u2029bom\ufeff')).toBe('"line\\u2028para\\u2029bom\\uFEFF"');
    expect(yamlString('x\ud800y')).toBe('"x\ufffdy"');
  });

  it('keeps every script and emoji as it is', () => {
    for (const value of ['हिन्दी समाचार', 'العربية', 'עברית', '中文新闻', '日本語のニュース', '👩‍👩‍👧 café']) {
      expect(yamlString(value)).toBe(`"${value}"`);
    }
  });

  it('gives a string that reads back to the value (its escapes are JSON’s, which YAML shares)', () => {
    const values = ['"quoted"\\path', 'tab\tand\nnewline', 'c1\u0090 nel\u0085 ls\u2028', 'emoji 😀 and हिन्दी', '---', '...'];
    for (const value of values) expect(JSON.parse(yamlString(value))).toBe(value);
  });
});
