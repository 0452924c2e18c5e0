// How long a text is: units for the salesiness score (CJK characters and latin words on one scale), and its
// width on a phone screen for the length rule.

/** Units of one code unit (see unitsOf). */
export function unitOf(c: number): number {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 / 3 : 0;
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff)) return 1;
  return c >= 0xc0 && c <= 0x24f ? 1 / 3 : 0;
}

/** Moments shows about 20 CJK characters per line in the feed; latin letters are roughly 0.36 of one. */
export const LINE_WIDTH = 20;
export const LATIN_WIDTH = 0.36;

/** Width of one code unit on a phone, in CJK characters. */
export function phoneWidth(c: number): number {
  return c < 0x2e80 ? LATIN_WIDTH : 1;
}

/** CJK characters count 1, latin letters and digits 1/3 (about one word per CJK character), the rest 0. */
export function unitsOf(text: string): number {
  let cjk = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
    } else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff)) cjk++;
    else if (c >= 0xc0 && c <= 0x24f) latin++;
  }
  return cjk + latin / 3;
}
