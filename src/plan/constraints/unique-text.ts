// Content: a persona never posts the same text twice (earlier and later plans count); friends notice.
import type { Constraint } from './types.js';

export const uniqueText: Constraint = {
  id: 'unique-text',
  post: (ledger, _slot, candidate) => !ledger.hasText(candidate.text),
};
