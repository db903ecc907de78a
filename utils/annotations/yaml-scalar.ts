/**
 * A string as a YAML double-quoted scalar, for Markdown front matter. Double quotes are the one YAML
 * style where every string is safe whatever it holds: a title like `yes`, `null`, `1e3`, `- item`,
 * `key: value`, `#tag`, `&anchor` or `*alias` stays a string, and escapes cover the rest. The
 * escapes used are the subset JSON shares with YAML, so the output is also a JSON string.
 */

/** `\uXXXX` for a code unit. */
const escapeUnit = (code: number): string => `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Whether YAML would not keep the code point as it is inside a double-quoted scalar: controls (C0,
 * DEL, C1), the line breaks YAML 1.1 parsers fold (NEL, LINE and PARAGRAPH SEPARATOR), a byte
 * order mark and the two non-characters YAML forbids.
 */
function needsEscape(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0xfeff ||
    code === 0xfffe ||
    code === 0xffff
  );
}

const SHORT_ESCAPES: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\t': '\\t', '\r': '\\r' };

/** `value` as a double-quoted YAML scalar. A lone surrogate (not Unicode, not representable) becomes U+FFFD. */
export function yamlString(value: string): string {
  let out = '"';
  for (const char of value) {
    const code = char.codePointAt(0)!;
    const short = SHORT_ESCAPES[char];
    if (short) out += short;
    else if (code >= 0xd800 && code <= 0xdfff) out += '\ufffd';
    else if (needsEscape(code)) out += escapeUnit(code);
    else out += char;
  }
  return `${out}"`;
}
