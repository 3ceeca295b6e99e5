// Control characters in text shown to people. An ESC sequence in a YAML value could clear the
// terminal or fake output in a CI log, a bidirectional override could reorder what is read; they
// are shown as visible escapes (\x1B, \u202E) instead.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const hex = (n: number, width: number) => n.toString(16).toUpperCase().padStart(width, '0');
const visible = (c: string) => {
  const n = c.codePointAt(0)!;
  return n <= 0xff ? `\\x${hex(n, 2)}` : `\\u${hex(n, 4)}`;
};

/** Text that keeps its line breaks and tabs (a source line, a Markdown document). */
export function escapeControl(s: string): string {
  return s.replace(CONTROL, visible);
}

/** Text shown on one line (a message, a path): line breaks and tabs become spaces as well. */
export function escapeInline(s: string): string {
  return escapeControl(s.replace(/[\t\n\r]/g, ' '));
}

/** JSON text with the invisible controls JSON.stringify leaves raw (C1, bidi) written as \u escapes. */
export function escapeJson(json: string): string {
  return json.replace(/[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${hex(c.codePointAt(0)!, 4).toLowerCase()}`);
}
