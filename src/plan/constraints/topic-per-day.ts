// Content mix: no two posts of one topic on a day, so a persona reads as a person with several interests.
import type { Constraint } from './types.js';

export const topicPerDay: Constraint = {
  id: 'topic-per-day',
  template: (ledger, slot, { topic }) => topic === null || !ledger.totals(slot.day).topics.has(topic),
};
