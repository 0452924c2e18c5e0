// Guarantee 2: marketing posts per local day ≤ maxMarketingPerDay (a campaign day has its own cap).
import { marketingPerDayOn } from '../campaigns.js';
import type { Constraint } from './types.js';

export const marketingPerDay: Constraint = {
  id: 'marketing-per-day',
  marketingSlot: (ledger, slot) => ledger.totals(slot.day).marketing + 1 <= marketingPerDayOn(ledger.rules, slot.day),
};
