// Words a team or a persona does not say, found in a text the way a reader sees them: one definition for the
// planner (voice constraint) and lint (persona-avoid, banned-word).
//
// Chinese has no spaces between words, so a CJK word matches anywhere; a word in Latin script matches only whole,
// case-insensitively, so avoiding "hun" does not rule out "hunting". The check is per edge: a word that starts
// with CJK and ends in Latin ("宝子ok") only needs a word boundary after it.

/** Letters and digits that continue a Latin word (after folding). */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** Lower case and half width, one code unit for one, so offsets into the folded text are offsets into the text. */
function foldCharSlow(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  // Full-width ASCII (ＤＭ, ０９) as ASCII.
  if (c >= 0xff01 && c <= 0xff5e) return foldCharSlow(c - 0xfee0);
  if (c >= 0xd800 && c <= 0xdfff) return c;
  const lower = String.fromCharCode(c).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : c;
}

/**
 * foldCharSlow of every code unit met so far, plus one (0: not met yet). A memo of a pure function: the planner
 * folds every candidate post against the words to avoid, and lower-casing each Chinese character through a
 * one-character string was most of that.
 */
const FOLDED = new Uint16Array(65536);

function foldChar(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  const known = FOLDED[c]!;
  if (known) return known - 1;
  const f = foldCharSlow(c);
  // 0xffff + 1 does not fit: left unmemoised (it folds to itself).
  if (f < 0xffff) FOLDED[c] = f + 1;
  return f;
}

const NEEDS_FOLDING = /[A-Z\u0080-\uffff]/;

export function foldWord(text: string): string {
  if (!NEEDS_FOLDING.test(text)) return text;
  // Most texts fold to themselves past their capitals (Chinese has none): the text itself when nothing changes,
  // else one string from the folded code units instead of one concatenation per character.
  let i = 0;
  while (i < text.length && foldChar(text.charCodeAt(i)) === text.charCodeAt(i)) i++;
  if (i === text.length) return text;
  const units = new Array<number>(text.length - i);
  for (let k = i; k < text.length; k++) units[k - i] = foldChar(text.charCodeAt(k));
  let out = text.slice(0, i);
  for (let k = 0; k < units.length; k += 4096) out += String.fromCharCode(...units.slice(k, k + 4096));
  return out;
}

/** The fold as first written, one character at a time: the reference a property test holds foldWord to. */
export function foldWordReference(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(foldCharSlow(text.charCodeAt(i)));
  return out;
}

/** Whether `folded` has a whole word at [start, end): each Latin edge of the word is not glued to another letter or digit. */
export function isWholeWord(folded: string, start: number, end: number): boolean {
  if (end <= start) return false;
  if (isWordChar(folded.charCodeAt(start)) && start > 0 && isWordChar(folded.charCodeAt(start - 1))) return false;
  if (isWordChar(folded.charCodeAt(end - 1)) && end < folded.length && isWordChar(folded.charCodeAt(end))) return false;
  return true;
}

export interface WordSpan {
  start: number;
  end: number;
}

/** Every occurrence of `word` in `text`, left to right and not overlapping; `foldedText` may be passed when already known. */
export function findWord(text: string, word: string, foldedText: string = foldWord(text)): WordSpan[] {
  const needle = foldWord(word.trim());
  const out: WordSpan[] = [];
  if (!needle) return out;
  for (let at = foldedText.indexOf(needle); at >= 0; ) {
    if (isWholeWord(foldedText, at, at + needle.length)) {
      out.push({ start: at, end: at + needle.length });
      at = foldedText.indexOf(needle, at + needle.length);
    } else at = foldedText.indexOf(needle, at + 1);
  }
  return out;
}

/** The first of `words` the text contains (as written in the list), or null. */
export function containsWord(text: string, words: readonly string[]): string | null {
  const folded = foldWord(text);
  for (const w of words) if (findWord(text, w, folded).length) return w;
  return null;
}
