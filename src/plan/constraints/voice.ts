// Content: a post never carries a word the persona avoids (voice.avoid) or the policy bans (bannedWords).
import type { Constraint } from './types.js';

/** A word in a text: Chinese has no spaces between words, so a CJK word matches anywhere; a Latin word
 *  matches whole (case-insensitive), so avoiding "hun" does not rule out "hunting". */
export function containsWord(text: string, words: readonly string[]): string | null {
  const lower = text.toLowerCase();
  for (const w of words) {
    const word = w.trim().toLowerCase();
    if (!word) continue;
    let from = lower.indexOf(word);
    while (from >= 0) {
      const before = lower[from - 1] ?? ' ';
      const after = lower[from + word.length] ?? ' ';
      const latinEdge = (c: string) => /[a-z0-9]/.test(c);
      const wholeWord = !(latinEdge(word[0]!) && latinEdge(before)) && !(latinEdge(word[word.length - 1]!) && latinEdge(after));
      if (wholeWord) return w;
      from = lower.indexOf(word, from + 1);
    }
  }
  return null;
}

export function voiceConstraint(words: readonly string[]): Constraint {
  return {
    id: 'voice',
    post: (_ledger, _slot, candidate) => containsWord(candidate.text, words) === null,
  };
}
