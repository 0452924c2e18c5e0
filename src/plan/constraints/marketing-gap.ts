// Guarantee 2: hours between consecutive marketing posts ≥ minHoursBetweenMarketing (earlier and later plans
// count; two posts inside one campaign use its gap).
import { gapHoursBetween } from '../campaigns.js';
import type { Constraint } from './types.js';

const HOUR = 3_600_000;

export const marketingGap: Constraint = {
  id: 'marketing-gap',
  marketingSlot: (ledger, slot) =>
    ledger.marketingPosts().every((m) => Math.abs(m.epochMs - slot.epochMs) >= gapHoursBetween(ledger.rules, m.day, slot.day) * HOUR),
};
