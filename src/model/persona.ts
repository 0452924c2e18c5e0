// The persona profile: one salesperson's identity, voice, products and posting schedule.
import { z } from 'zod';
import { addIssue, locale, localDateTime, slug, timezone, unit, weekday, window } from './common.js';
import { msg } from './messages.js';

export const EMOJI_LEVELS = ['none', 'light', 'rich'] as const;

export const voiceSchema = z.strictObject({
  tone: z.array(z.string().min(1)).describe('A few words for how this person sounds, e.g. 温和, 爱分享'),
  emoji: z.enum(EMOJI_LEVELS).describe('none renders no emoji; light one now and then; rich more freely'),
  signature: z.string().describe('How posts are signed off, may be empty'),
  phrases: z.array(z.string().min(1)).default([]).describe('Pet phrases that make the voice recognisable'),
  avoid: z.array(z.string().min(1)).default([]).describe('Words this persona never uses'),
});

export const interestSchema = z.strictObject({
  topic: slug.describe('A topic id of the template library, e.g. tea'),
  weight: z.number().positive().describe('Relative share of lifestyle posts'),
});

export const seriesSchema = z.strictObject({
  name: z.string().min(1).describe('What friends will recognise, e.g. 周五夜跑打卡'),
  day: weekday,
  window: window.describe('When the ritual is posted on its day, HH:mm-HH:mm'),
  topic: slug.describe('Topic whose templates the ritual uses'),
});

export const productSchema = z.strictObject({
  id: slug,
  name: z.string().min(1),
  category: z.string().min(1),
  points: z.array(z.string().min(1)).min(1).describe('Selling points in plain words'),
  audience: z.array(z.string().min(1)).default([]).describe('Who it suits, as tags'),
});

export const scheduleSchema = z.strictObject({
  windows: z.array(window).min(1).describe('Posting windows, local time, HH:mm-HH:mm'),
  postsPerDay: z.strictObject({
    min: z.number().int().min(0),
    max: z.number().int().min(1),
  }),
  restDays: z.array(weekday).default([]),
});

export const personaDensitySchema = z.strictObject({
  maxMarketingShare: unit.optional(),
  maxMarketingPerDay: z.number().int().min(0).optional(),
  minHoursBetweenMarketing: z.number().min(0).optional(),
  weeklySalesinessBudget: z.number().min(0).optional(),
});

export const eventSchema = z.strictObject({
  type: z.literal('live').describe('A 视频号 live stream'),
  at: localDateTime.describe("Start, in the persona's local time"),
  title: z.string().min(1),
  product: slug.describe('Id of one of the persona products'),
});

export const personaSchema = z
  .strictObject({
    id: slug.describe('Equal to the file name without .yaml'),
    name: z.string().min(1),
    locale,
    timezone,
    role: z.string().min(1),
    bio: z.string().min(1),
    team: slug.optional().describe('Personas of one team share contacts'),
    voice: voiceSchema,
    interests: z.array(interestSchema).min(1),
    series: z.array(seriesSchema).default([]),
    products: z.array(productSchema).default([]),
    schedule: scheduleSchema,
    density: personaDensitySchema.optional(),
    events: z.array(eventSchema).default([]),
  })
  .superRefine((p, ctx) => {
    if (p.schedule.postsPerDay.min > p.schedule.postsPerDay.max) {
      addIssue(ctx, msg('posts-min-max', { min: p.schedule.postsPerDay.min, max: p.schedule.postsPerDay.max }), ['schedule', 'postsPerDay', 'min']);
    }
    const ids = new Set<string>();
    p.products.forEach((prod, i) => {
      if (ids.has(prod.id)) addIssue(ctx, msg('product-duplicate', { id: prod.id }), ['products', i, 'id']);
      ids.add(prod.id);
    });
    p.events.forEach((ev, i) => {
      if (!ids.has(ev.product)) {
        addIssue(ctx, msg('event-product-unknown', { id: ev.product, known: [...ids].join(', ') || msg('none') }), ['events', i, 'product']);
      }
    });
  });

export type Persona = z.output<typeof personaSchema>;
export type PersonaInput = z.input<typeof personaSchema>;
export type Product = Persona['products'][number];
export type PersonaEvent = Persona['events'][number];
export type Series = Persona['series'][number];
