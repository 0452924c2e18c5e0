// A post is marketing when its kind is product or live, or its effective salesiness reaches marketingThreshold;
// a slot chosen as calm must get a calm post, and a marketing slot a product or live post.
import { MARKETING_KINDS } from '../../model/template.js';
import { EPSILON, type Constraint } from './types.js';

export const marketingFlag: Constraint = {
  id: 'marketing-flag',
  template: (ledger, slot, { template }) => MARKETING_KINDS.includes(template.kind) === ledger.isMarketingSlot(slot),
  post: (ledger, slot, candidate) =>
    ledger.isMarketingSlot(slot) ? candidate.marketing : candidate.salesiness < ledger.rules.marketingThreshold - EPSILON,
};
