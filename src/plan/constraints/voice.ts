// Content: a post never carries a word the persona avoids (voice.avoid) or the policy bans (bannedWords).
import { containsWord } from '../../model/words.js';
import type { Constraint } from './types.js';

export function voiceConstraint(words: readonly string[]): Constraint {
  return {
    id: 'voice',
    post: (_ledger, _slot, candidate) => containsWord(candidate.text, words) === null,
  };
}
