// Guarantee 2: hours between consecutive marketing posts ≥ minHoursBetweenMarketing (earlier and later plans count).
import type { Constraint } from './types.js';

const HOUR = 3_600_000;

export const marketingGap: Constraint = {
  id: 'marketing-gap',
  marketingSlot: (ledger, slot) => {
    const gap = ledger.rules.minHoursBetweenMarketing * HOUR;
    return ledger.marketingEpochs().every((t) => Math.abs(t - slot.epochMs) >= gap);
  },
};
