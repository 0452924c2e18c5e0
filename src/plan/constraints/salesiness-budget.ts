// Guarantee 3: in every 7 consecutive local days, summed effective salesiness ≤ weeklySalesinessBudget.
// Slots not filled yet keep a reservation, so an early salesy post cannot starve the calm ones after it.
import { windowCeilings } from '../campaigns.js';
import type { Ledger, Slot } from '../ledger.js';
import { EPSILON, windowsContaining, type Constraint } from './types.js';

function expected(ledger: Ledger, start: number): number {
  let sum = 0;
  for (let d = start; d < start + 7; d++) {
    const t = ledger.totals(d);
    sum += t.salesiness + t.pendingMarketing * ledger.marketingEstimate + ledger.expectedCalm(d) * ledger.reservation;
  }
  return sum;
}

function holds(ledger: Ledger, slot: Slot, delta: number): boolean {
  return windowsContaining(slot.day).every((start) => expected(ledger, start) + delta <= windowCeilings(ledger.rules, start).budget + EPSILON);
}

export const salesinessBudget: Constraint = {
  id: 'salesiness-budget',
  marketingSlot: (ledger, slot) => holds(ledger, slot, ledger.marketingEstimate - ledger.reservation),
  post: (ledger, slot, candidate) => {
    const own = ledger.isMarketingSlot(slot) ? ledger.marketingEstimate : ledger.reservation;
    return holds(ledger, slot, candidate.salesiness - own);
  },
};

/**
 * What a calm post in this slot can weigh and still leave each later calm post of its 7-day windows its
 * usual share: the reservation plus this slot's part of the room left. The planner ranks templates above
 * it lower, so a tight budget is spread over the week instead of spent on the first posts (which would
 * leave only zero-salesiness lifestyle posts and drain them over the weeks).
 */
export function calmAllowance(ledger: Ledger, slot: Slot): number {
  let allowance = Infinity;
  for (const start of windowsContaining(slot.day)) {
    let calm = 0;
    for (let d = start; d < start + 7; d++) calm += ledger.expectedCalm(d);
    const room = windowCeilings(ledger.rules, start).budget - expected(ledger, start);
    allowance = Math.min(allowance, ledger.reservation + room / Math.max(1, calm));
  }
  return allowance;
}
