// Repeated texts are found by key: a 53-bit fingerprint of the text. A long run remembers its earlier weeks
// with keys in place of texts (a quarter of a thousand personas' posts would otherwise stay in memory as
// text), so the planner and the verifier both compare keys, and a key of a key is the key itself.
import { hash53 } from './hash.js';

/** Starts every key; a private-use character, which rendered posts do not contain. */
const MARK = '\u{E000}';

export function textKey(text: string): string {
  return text.startsWith(MARK) ? text : MARK + hash53(text).toString(36);
}
