// The team policy (persona.config.yaml): where things live and the density ceilings for everyone.
import { z } from 'zod';
import { isSeasonId, SEASON_IDS } from '../calendar/seasons.js';
import { addIssue, isoDate, locale, unit } from './common.js';
import { msg } from './messages.js';
import { TEMPLATE_KINDS } from './template.js';

export const DEFAULT_DENSITY = {
  maxMarketingShare: 0.25,
  maxMarketingPerDay: 1,
  minHoursBetweenMarketing: 36,
  weeklySalesinessBudget: 2.0,
  marketingThreshold: 0.5,
  defaultCooldownDays: 28,
} as const;

export const DEFAULT_CEILINGS = {
  lifestyle: 0.2,
  expertise: 0.3,
  interaction: 0.3,
  story: 0.5,
  chat: 0.6,
  product: 0.7,
  live: 0.7,
} as const satisfies Record<(typeof TEMPLATE_KINDS)[number], number>;

export const policyDensitySchema = z.strictObject({
  maxMarketingShare: unit.default(DEFAULT_DENSITY.maxMarketingShare),
  maxMarketingPerDay: z.number().int().min(0).default(DEFAULT_DENSITY.maxMarketingPerDay),
  minHoursBetweenMarketing: z.number().min(0).default(DEFAULT_DENSITY.minHoursBetweenMarketing),
  weeklySalesinessBudget: z.number().min(0).default(DEFAULT_DENSITY.weeklySalesinessBudget),
  marketingThreshold: unit.default(DEFAULT_DENSITY.marketingThreshold),
  defaultCooldownDays: z.number().int().min(0).default(DEFAULT_DENSITY.defaultCooldownDays),
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
});

export type Policy = z.output<typeof policySchema>;
export type PolicyDensity = Policy['density'];
export type HolidayDeclaration = Policy['holidays'][number];
