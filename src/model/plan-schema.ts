// Plan JSON v1 as a zod schema: the source of schemas/plan.v1.schema.json and of `persona plan --check` parsing.
import { z } from 'zod';
import { LOCALES, WEEKDAYS } from './common.js';
import { TEMPLATE_KINDS } from './template.js';

const ISO_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const planSchema = z.strictObject({
  schemaVersion: z.literal(1),
  persona: z.strictObject({
    id: z.string(),
    name: z.string(),
    timezone: z.string(),
    locale: z.enum(LOCALES),
    team: z.string().nullable(),
  }),
  range: z.strictObject({ from: z.string().regex(DATE), to: z.string().regex(DATE) }),
  seed: z.string(),
  rules: z.strictObject({
    windows: z.array(z.string()),
    postsPerDay: z.strictObject({ min: z.number().int(), max: z.number().int() }),
    restDays: z.array(z.enum(WEEKDAYS)),
    maxMarketingShare: z.number(),
    maxMarketingPerDay: z.number().int(),
    minHoursBetweenMarketing: z.number(),
    weeklySalesinessBudget: z.number(),
    marketingThreshold: z.number(),
    defaultCooldownDays: z.number().int(),
    quietDays: z.array(z.string().regex(DATE)),
    maxPersonasPerTemplatePerDay: z.number().int(),
    series: z.array(z.strictObject({ name: z.string(), day: z.enum(WEEKDAYS), window: z.string(), topic: z.string() })),
    campaigns: z
      .array(
        z.strictObject({
          name: z.string(),
          from: z.string().regex(DATE),
          to: z.string().regex(DATE),
          maxMarketingShare: z.number(),
          maxMarketingPerDay: z.number().int(),
          minHoursBetweenMarketing: z.number(),
          weeklySalesinessBudget: z.number(),
        }),
      )
      .optional()
      .describe('Campaign allowances (persona.config.yaml campaigns) touching this plan; absent when none'),
  }),
  posts: z.array(
    z.strictObject({
      id: z.string(),
      at: z.string().regex(ISO_OFFSET),
      kind: z.enum(TEMPLATE_KINDS.filter((k) => k !== 'chat') as [string, ...string[]]),
      marketing: z.boolean(),
      salesiness: z.number().min(0).max(1),
      template: z.string(),
      cooldownDays: z.number().int().min(0),
      topic: z.string().nullable(),
      product: z.string().nullable(),
      text: z.string(),
      images: z.array(z.string()),
      series: z.string().nullable(),
      chats: z.array(z.strictObject({ stage: z.string(), text: z.string() })),
    }),
  ),
  warnings: z.array(z.string()),
});
