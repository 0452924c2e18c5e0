// How many terminal or calendar-list columns text takes: CJK and full-width characters take two.

export function charWidth(ch: string): number {
  const c = ch.codePointAt(0)!;
  return (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c >= 0x1f300 ? 2 : 1;
}

export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return w;
}

/** The start of text within `columns`, with an ellipsis when cut. */
export function clip(text: string, columns: number): string {
  if (textWidth(text) <= columns) return text;
  let out = '';
  let w = 0;
  for (const ch of text) {
    if (w + charWidth(ch) > columns - 1) break;
    out += ch;
    w += charWidth(ch);
  }
  return `${out.trimEnd()}…`;
}
