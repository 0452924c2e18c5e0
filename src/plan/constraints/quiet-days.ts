// Guarantee 4: no marketing post on a quiet day (policy quietDays, built-in quiet days such as 清明节).
import type { Constraint } from './types.js';

export const quietDays: Constraint = {
  id: 'quiet-days',
  marketingSlot: (_ledger, slot) => !slot.quiet,
  post: (_ledger, slot, candidate) => !(slot.quiet && candidate.marketing),
};
