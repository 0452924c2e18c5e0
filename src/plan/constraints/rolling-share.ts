// Guarantee 3: in every 7 consecutive local days, marketing posts ≤ maxMarketingShare × posts.
// Windows that reach past the known posts count only the posts there are, so a window is never
// judged on posts that might come later: the strictest reading, safe under any checker.
import { windowCeilings } from '../campaigns.js';
import type { Ledger } from '../ledger.js';
import { EPSILON, windowsContaining, type Constraint } from './types.js';

function windowHolds(ledger: Ledger, start: number, extraMarketing: number, extraPosts: number): boolean {
  let posts = extraPosts;
  let marketing = extraMarketing;
  for (let d = start; d < start + 7; d++) {
    const t = ledger.totals(d);
    posts += t.posts;
    marketing += t.marketing;
  }
  return marketing <= windowCeilings(ledger.rules, start).share * posts + EPSILON;
}

export const rollingShare: Constraint = {
  id: 'rolling-share',
  marketingSlot: (ledger, slot) => windowsContaining(slot.day).every((start) => windowHolds(ledger, start, 1, 0)),
  drop: (ledger, slot) => {
    const marketing = ledger.isMarketingSlot(slot) ? -1 : 0;
    return windowsContaining(slot.day).every((start) => windowHolds(ledger, start, marketing, -1));
  },
};
