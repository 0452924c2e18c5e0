// Campaign weeks (618, 双11): for their days the policy grants a temporary, explicit allowance. A day inside
// a campaign uses its per-day cap; two marketing posts both inside it use its gap; a 7-day window touching it
// uses its share and budget. Outside, the persona's rules hold as always.
import type { CampaignRules, PlanRules } from '../model/plan.js';
import { isoOfDay } from './time.js';

export function campaignOn(rules: PlanRules, day: number): CampaignRules | undefined {
  if (!rules.campaigns?.length) return undefined;
  const iso = isoOfDay(day);
  return rules.campaigns.find((c) => c.from <= iso && iso <= c.to);
}

export function marketingPerDayOn(rules: PlanRules, day: number): number {
  return campaignOn(rules, day)?.maxMarketingPerDay ?? rules.maxMarketingPerDay;
}

export function gapHoursBetween(rules: PlanRules, a: number, b: number): number {
  const ca = campaignOn(rules, a);
  return ca && ca === campaignOn(rules, b) ? ca.minHoursBetweenMarketing : rules.minHoursBetweenMarketing;
}

/** Share and budget of the 7-day window starting on `start`: the loosest campaign it touches, else the rules. */
export function windowCeilings(rules: PlanRules, start: number): { share: number; budget: number } {
  let share = rules.maxMarketingShare;
  let budget = rules.weeklySalesinessBudget;
  if (!rules.campaigns?.length) return { share, budget };
  const from = isoOfDay(start);
  const to = isoOfDay(start + 6);
  for (const c of rules.campaigns) {
    if (c.to < from || c.from > to) continue;
    share = Math.max(share, c.maxMarketingShare);
    budget = Math.max(budget, c.weeklySalesinessBudget);
  }
  return { share, budget };
}
