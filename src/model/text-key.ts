// Repeated texts are found by key: a 53-bit fingerprint of the text. A long run remembers its earlier weeks
// with keys in place of texts (a quarter of a thousand personas' posts would otherwise stay in memory as
// text), so the planner and the verifier both compare keys, and a key of a key is the key itself.

/** Starts every key; a private-use character, which rendered posts do not contain. */
const MARK = '\u{E000}';

/** cyrb53 (public domain): fast, well mixed, and 53 bits make a collision among a quarter's texts very unlikely. */
function cyrb53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

export function textKey(text: string): string {
  return text.startsWith(MARK) ? text : MARK + cyrb53(text).toString(36);
}
