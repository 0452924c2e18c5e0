// The length a salesiness score is normalised by: CJK characters and latin words on one scale.

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
