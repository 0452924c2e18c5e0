// Effective rules: the policy's ceilings, tightened by the persona's own density settings.
import type { Persona } from './persona.js';
import type { PlanRules } from './plan.js';
import type { Policy } from './policy.js';

export function effectiveRules(persona: Persona, policy: Policy): PlanRules {
  const own = persona.density ?? {};
  const team = policy.density;
  return {
    windows: [...persona.schedule.windows],
    postsPerDay: { ...persona.schedule.postsPerDay },
    restDays: [...persona.schedule.restDays],
    maxMarketingShare: Math.min(team.maxMarketingShare, own.maxMarketingShare ?? Infinity),
    maxMarketingPerDay: Math.min(team.maxMarketingPerDay, own.maxMarketingPerDay ?? Infinity),
    minHoursBetweenMarketing: Math.max(team.minHoursBetweenMarketing, own.minHoursBetweenMarketing ?? 0),
    weeklySalesinessBudget: Math.min(team.weeklySalesinessBudget, own.weeklySalesinessBudget ?? Infinity),
    marketingThreshold: team.marketingThreshold,
    defaultCooldownDays: team.defaultCooldownDays,
    quietDays: [...policy.quietDays].sort(),
    maxPersonasPerTemplatePerDay: policy.team.maxPersonasPerTemplatePerDay,
    series: persona.series.map((s) => ({ ...s })),
  };
}
