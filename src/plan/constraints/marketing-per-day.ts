// Guarantee 2: marketing posts per local day ≤ maxMarketingPerDay.
import type { Constraint } from './types.js';

export const marketingPerDay: Constraint = {
  id: 'marketing-per-day',
  marketingSlot: (ledger, slot) => ledger.totals(slot.day).marketing + 1 <= ledger.rules.maxMarketingPerDay,
};
