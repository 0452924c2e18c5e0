// A planning constraint: one rule of the density guarantees, asked at the moments the planner decides something.
import type { Ledger, Placement, Slot } from '../ledger.js';
import type { RuleId } from '../types.js';

export type Candidate = Placement;

export interface Constraint {
  readonly id: RuleId;
  /** May this slot become a marketing post? Asked while marketing slots are chosen. */
  marketingSlot?(ledger: Ledger, slot: Slot): boolean;
  /** May this template (with this topic) fill the slot? Asked before rendering. */
  template?(ledger: Ledger, slot: Slot, candidate: Pick<Candidate, 'template' | 'topic' | 'productId'>): boolean;
  /** May this rendered, measured post fill the slot? */
  post?(ledger: Ledger, slot: Slot, candidate: Candidate): boolean;
  /** May this slot be left out (one post fewer that day)? */
  drop?(ledger: Ledger, slot: Slot): boolean;
}

/** A tolerance for sums of decimals such as 0.1 + 0.2. */
export const EPSILON = 1e-9;

/** Start days of the 7-day windows that contain `day`. */
export function windowsContaining(day: number): number[] {
  return [day - 6, day - 5, day - 4, day - 3, day - 2, day - 1, day];
}
