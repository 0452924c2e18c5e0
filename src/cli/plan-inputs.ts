// What the planner needs besides personas and templates, assembled at the edge: the salesiness scorer
// (lint engine), the calendar (holidays, solar terms, quiet days), and companion chat scripts.
import type { Locale } from '../model/common.js';
import type { Persona } from '../model/persona.js';
import type { PlanRules } from '../model/plan.js';
import type { Template } from '../model/template.js';
import type { Workspace } from '../load/workspace.js';
import type { DateRange } from '../plan/range.js';
import type { CompanionRequest, DayMeaning } from '../plan/types.js';
import type { CampaignRules, ChatScript } from '../model/plan.js';
import { dayNumber, isoOfDay } from '../plan/time.js';
import { PersonaError } from '../model/errors.js';
import { readMatcherTables } from '../load/matcher-snapshot.js';

export interface PersonaInputs {
  rules(base: PlanRules): PlanRules;
  measure(text: string, locale: Locale): number;
  calendar(isoDate: string): DayMeaning;
  companions?: (request: CompanionRequest) => ChatScript[];
}

/** Campaigns whose days touch the rolling windows of this range, with the persona's own stricter density kept. */
export function campaignsFor(policy: Workspace['policy'], persona: Persona, range: DateRange): CampaignRules[] {
  const first = isoOfDay(dayNumber(range.from) - 6);
  const last = isoOfDay(dayNumber(range.to) + 6);
  const own = persona.density ?? {};
  const base = policy.density;
  return policy.campaigns
    .filter((c) => !(c.to < first || c.from > last))
    .map((c) => ({
      name: c.name,
      from: c.from,
      to: c.to,
      maxMarketingShare: Math.min(c.density.maxMarketingShare ?? base.maxMarketingShare, own.maxMarketingShare ?? Infinity),
      maxMarketingPerDay: Math.min(c.density.maxMarketingPerDay ?? base.maxMarketingPerDay, own.maxMarketingPerDay ?? Infinity),
      minHoursBetweenMarketing: Math.max(c.density.minHoursBetweenMarketing ?? base.minHoursBetweenMarketing, own.minHoursBetweenMarketing ?? 0),
      weeklySalesinessBudget: Math.min(c.density.weeklySalesinessBudget ?? base.weeklySalesinessBudget, own.weeklySalesinessBudget ?? Infinity),
    }));
}

export async function planInputsFor(args: { ws: Workspace; templates: readonly Template[] }): Promise<(persona: Persona, range: DateRange) => PersonaInputs> {
  const { ws } = args;
  const { createCalendar, coverageWarning, seasonsFor } = await import('../calendar/index.js');
  const calendar = createCalendar({
    holidays: ws.policy.holidays,
    builtinQuietDays: ws.policy.calendar.builtinQuietDays,
    quietSeasons: ws.policy.calendar.quietSeasons,
  });
  // One engine scores salesiness for lint and for the planner: a post is measured, not trusted.
  const { createScorer } = await import('../lint/score.js');
  const scorer = createScorer({ bannedWords: ws.policy.bannedWords, tables: readMatcherTables });
  const measure = (text: string, locale: Locale) => scorer.score(text, locale).salesiness;
  // Chat templates ride along with the library: every product and live post gets its companion scripts.
  const { prepareChat } = await import('../chat/scripts.js');
  const { createCompanions } = await import('../chat/companions.js');
  const chat = prepareChat(args.templates, { lazy: true });
  if (chat.problems.length) throw new PersonaError(chat.problems);
  const companions = chat.prepared.length ? createCompanions(chat.prepared, ws.policy.bannedWords) : undefined;
  return (persona, range) => {
    const days = calendar.days(range.from, range.to, persona.locale);
    const info = new Map(days.map((d) => [d.date, d]));
    const quiet = days.filter((d) => d.quiet).map((d) => d.date);
    const coverage = persona.locale === 'zh-CN' ? coverageWarning(calendar, days.map((d) => d.date)) : null;
    return {
      // Built-in quiet days (清明节) and campaign allowances become part of the plan's recorded rules, so any
      // checker reading the plan sees them.
      rules: (base) => {
        const campaigns = campaignsFor(ws.policy, persona, range);
        return { ...base, quietDays: [...new Set([...base.quietDays, ...quiet])].sort(), ...(campaigns.length ? { campaigns } : {}) };
      },
      measure,
      ...(companions ? { companions } : {}),
      calendar: (isoDate) => {
        const d = info.get(isoDate);
        return {
          seasons: d ? seasonsFor(d.seasons, persona.locale, persona.timezone) : [],
          quiet: d?.quiet ?? false,
          ...(coverage && isoDate === range.from ? { warnings: [coverage] } : {}),
        };
      },
    };
  };
}
