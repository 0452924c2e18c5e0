// Content: a post never carries a word the persona avoids (voice.avoid) or the policy bans (bannedWords).
import type { Constraint } from './types.js';

/** Case-insensitive containment; CJK words have no case and no word boundaries, so plain substring is right. */
export function containsWord(text: string, words: readonly string[]): string | null {
  const lower = text.toLowerCase();
  for (const w of words) if (w && lower.includes(w.toLowerCase())) return w;
  return null;
}

export function voiceConstraint(words: readonly string[]): Constraint {
  return {
    id: 'voice',
    post: (_ledger, _slot, candidate) => containsWord(candidate.text, words) === null,
  };
}
