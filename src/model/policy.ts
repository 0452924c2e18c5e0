// The team policy (persona.config.yaml): where things live and the density ceilings for everyone.
import { z } from 'zod';
import { isSeasonId, SEASON_IDS } from '../calendar/seasons.js';
import { addIssue, isoDate, locale, unit, window } from './common.js';
import { msg } from './messages.js';
import { DEFAULT_CEILINGS } from './constants.js';

export { DEFAULT_CEILINGS };

export const DEFAULT_DENSITY = {
  maxMarketingShare: 0.25,
  maxMarketingPerDay: 1,
  minHoursBetweenMarketing: 36,
  weeklySalesinessBudget: 2.0,
  marketingThreshold: 0.5,
  defaultCooldownDays: 28,
} as const;

export const policyDensitySchema = z.strictObject({
  maxMarketingShare: unit.default(DEFAULT_DENSITY.maxMarketingShare).describe('Marketing posts / all posts in every rolling 7 days, at most'),
  maxMarketingPerDay: z.number().int().min(0).default(DEFAULT_DENSITY.maxMarketingPerDay).describe('Marketing posts on one calendar day, at most'),
  minHoursBetweenMarketing: z.number().min(0).default(DEFAULT_DENSITY.minHoursBetweenMarketing).describe('Hours between two marketing posts, at least'),
  weeklySalesinessBudget: z.number().min(0).default(DEFAULT_DENSITY.weeklySalesinessBudget).describe('Summed salesiness in every rolling 7 days, at most'),
  marketingThreshold: unit.default(DEFAULT_DENSITY.marketingThreshold).describe('A post at or above this effective salesiness counts as marketing'),
  defaultCooldownDays: z.number().int().min(0).default(DEFAULT_DENSITY.defaultCooldownDays).describe('Days before one persona reuses a template, unless the template says otherwise'),
});

export const lintSchema = z.strictObject({
  ceilings: z
    .strictObject({
      lifestyle: unit.optional(),
      expertise: unit.optional(),
      interaction: unit.optional(),
      story: unit.optional(),
      chat: unit.optional(),
      product: unit.optional(),
      live: unit.optional(),
    })
    .default({}),
  rules: z.record(z.string(), z.enum(['off', 'info', 'warning', 'error'])).default({}),
});

export const holidayDeclarationSchema = z.strictObject({
  date: isoDate,
  name: z.string().min(1).describe('The holiday, e.g. 国庆节'),
  type: z.enum(['holiday', 'workday']).describe('holiday: a day off; workday: a make-up workday (调休上班)'),
  locale: locale.optional().describe('Only personas of this locale; every persona when absent'),
});

export const holidaysSchema = z
  .array(holidayDeclarationSchema)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((h, i) => {
      const key = `${h.date} ${h.locale ?? '*'}`;
      if (seen.has(key)) addIssue(ctx, msg('holiday-duplicate', { date: h.date }), [i, 'date']);
      seen.add(key);
    });
  });

const quietSeason = z.string().superRefine((value, ctx) => {
  if (!isSeasonId(value)) addIssue(ctx, msg('season-unknown', { value, locale: 'zh-CN/en', known: [...SEASON_IDS['zh-CN'], ...SEASON_IDS.en].join(', ') }));
});

export const calendarSchema = z.strictObject({
  builtinQuietDays: z.boolean().default(true).describe('No marketing on 清明节 for zh-CN personas'),
  quietSeasons: z.array(quietSeason).default([]).describe('More seasons with no marketing, e.g. 中元节'),
});

export const DEFAULT_TOUCHES = {
  hours: '09:00-21:00',
  maxPerContactPerWeek: 1,
  waitAfterUnanswered: { count: 2, days: 30 },
  maxPerDay: 20,
} as const;

/** 1:1 messages (`persona touches`): when a salesperson may write to a contact first, and how often. */
export const touchesSchema = z.strictObject({
  hours: window.default(DEFAULT_TOUCHES.hours).describe("Local hours (persona's timezone) for proactive 1:1 messages, HH:mm-HH:mm"),
  maxPerContactPerWeek: z
    .number()
    .int()
    .min(1)
    .max(7)
    .default(DEFAULT_TOUCHES.maxPerContactPerWeek)
    .describe('Proactive messages one contact may get in any 7 days; they are spaced 7/N days apart, counting lastContactAt'),
  waitAfterUnanswered: z
    .strictObject({
      count: z.number().int().min(1).default(DEFAULT_TOUCHES.waitAfterUnanswered.count),
      days: z.number().int().min(0).default(DEFAULT_TOUCHES.waitAfterUnanswered.days),
    })
    .default({ ...DEFAULT_TOUCHES.waitAfterUnanswered })
    .describe('After `count` messages in a row without a reply, wait `days` after the last one'),
  maxPerDay: z.number().int().min(1).default(DEFAULT_TOUCHES.maxPerDay).describe('Proactive 1:1 messages per salesperson per day, so the list is doable'),
});

/** Hard limits of a campaign allowance: a campaign loosens the ceilings for a few days, never removes them. */
export const CAMPAIGN_LIMITS = { maxDays: 31, maxMarketingShare: 0.5, maxMarketingPerDay: 3, minHoursBetweenMarketing: 4, weeklySalesinessBudget: 5 } as const;

export const campaignSchema = z
  .strictObject({
    name: z.string().min(1).describe('What the team calls it, e.g. 双11 or 618'),
    from: isoDate.describe('First day, local date'),
    to: isoDate.describe('Last day, local date'),
    density: z
      .strictObject({
        maxMarketingShare: unit.max(CAMPAIGN_LIMITS.maxMarketingShare).optional(),
        maxMarketingPerDay: z.number().int().min(0).max(CAMPAIGN_LIMITS.maxMarketingPerDay).optional(),
        minHoursBetweenMarketing: z.number().min(CAMPAIGN_LIMITS.minHoursBetweenMarketing).optional(),
        weeklySalesinessBudget: z.number().min(0).max(CAMPAIGN_LIMITS.weeklySalesinessBudget).optional(),
      })
      .describe('The temporary allowance: these values replace the policy density on campaign days'),
  })
  .superRefine((c, ctx) => {
    const days = (Date.parse(`${c.to}T00:00:00Z`) - Date.parse(`${c.from}T00:00:00Z`)) / 86_400_000 + 1;
    if (!(days >= 1)) addIssue(ctx, msg('campaign-inverted', { from: c.from, to: c.to }), ['to']);
    else if (days > CAMPAIGN_LIMITS.maxDays) addIssue(ctx, msg('campaign-too-long', { days, max: CAMPAIGN_LIMITS.maxDays }), ['to']);
  });

export const policySchema = z.strictObject({
  personas: z.string().min(1).default('personas').describe('Directory of persona profiles'),
  templates: z.array(z.string().min(1)).default(['templates']).describe('Template directories'),
  builtinTemplates: z.boolean().default(true).describe('Add the bundled template library'),
  out: z.string().min(1).optional().describe('Where `persona plan` writes plans'),
  density: policyDensitySchema.default(() => policyDensitySchema.parse({})),
  quietDays: z.array(isoDate).default([]).describe('Dates with no marketing at all'),
  holidays: holidaysSchema
    .default([])
    .describe("Official days off and make-up workdays that override or extend the bundled data (China's arrangement is known to 2026)"),
  calendar: calendarSchema.default(() => calendarSchema.parse({})),
  team: z
    .strictObject({ maxPersonasPerTemplatePerDay: z.number().int().min(1).default(1) })
    .default({ maxPersonasPerTemplatePerDay: 1 }),
  bannedWords: z.array(z.string().min(1)).default([]),
  lint: lintSchema.default(() => lintSchema.parse({})),
  touches: touchesSchema.default(() => touchesSchema.parse({})),
  campaigns: z
    .array(campaignSchema)
    .default([])
    .superRefine((list, ctx) => {
      const sorted = list.map((c, i) => ({ c, i })).sort((a, b) => (a.c.from < b.c.from ? -1 : 1));
      for (let k = 1; k < sorted.length; k++) {
        const prev = sorted[k - 1]!.c;
        const cur = sorted[k]!;
        if (cur.c.from <= prev.to) addIssue(ctx, msg('campaign-overlap', { name: cur.c.name, other: prev.name }), [cur.i, 'from']);
      }
    })
    .describe('Campaign weeks (618, 双11) with an explicit, temporary density allowance'),
});

export type Policy = z.output<typeof policySchema>;
export type PolicyDensity = Policy['density'];
export type HolidayDeclaration = Policy['holidays'][number];
export type PolicyTouches = Policy['touches'];
