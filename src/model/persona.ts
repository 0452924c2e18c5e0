// The persona profile: one salesperson's identity, voice, products and posting schedule.
import { z } from 'zod';
import { createZoneClocks, dayNumber, skippedMinutes } from '../plan/time.js';
import { addIssue, isValidDate, isValidTimeZone, locale, localDateTime, minutesOf, slug, timezone, unit, weekday, window } from './common.js';
import { msg } from './messages.js';

export const EMOJI_LEVELS = ['none', 'light', 'rich'] as const;

export const voiceSchema = z.strictObject({
  tone: z.array(z.string().min(1)).describe('A few words for how this person sounds, e.g. 温和, 爱分享'),
  emoji: z.enum(EMOJI_LEVELS).describe('none renders no emoji; light one now and then; rich more freely'),
  signature: z.string().default('').describe('How posts are signed off ({{signature}}); empty for none'),
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
  id: slug.describe('Unique among this persona\'s products; templates and events refer to it'),
  name: z.string().min(1).describe('As friends would say it, e.g. 明前龙井'),
  category: z.string().min(1).describe('Product templates may fit a category instead of single products, e.g. tea'),
  points: z.array(z.string().min(1)).min(1).describe('Selling points in plain words'),
  audience: z.array(z.string().min(1)).default([]).describe('Who it suits, as tags'),
});

export const scheduleSchema = z.strictObject({
  windows: z.array(window).min(1).describe('Posting windows, local time, HH:mm-HH:mm'),
  postsPerDay: z
    .strictObject({
      min: z.number().int().min(0).describe('0 allows quiet days'),
      max: z.number().int().min(1),
    })
    .describe('Posts on a working day'),
  restDays: z.array(weekday).default([]).describe('Weekdays with no posts at all, e.g. [sun]'),
});

export const personaDensitySchema = z
  .strictObject({
    maxMarketingShare: unit.optional().describe('Marketing posts / all posts in any rolling 7 days, at most'),
    maxMarketingPerDay: z.number().int().min(0).optional().describe('Marketing posts on one calendar day, at most'),
    minHoursBetweenMarketing: z.number().min(0).optional().describe('Hours between two marketing posts, at least'),
    weeklySalesinessBudget: z.number().min(0).optional().describe('Summed salesiness in any rolling 7 days, at most'),
  })
  .describe('Stricter than persona.config.yaml only; a looser value is an error');

export const eventSchema = z.strictObject({
  type: z.literal('live').describe('A 视频号 live stream'),
  at: localDateTime.describe("Start, in the persona's local time"),
  title: z.string().min(1).describe('As announced, e.g. 冬天喝什么茶'),
  product: slug.describe('Id of one of the persona products'),
});

export const personaSchema = z
  .strictObject({
    id: slug.describe('Equal to the file name without .yaml'),
    name: z.string().min(1).describe('The name friends know, e.g. 林茶'),
    locale: locale.describe('Language of the posts: zh-CN or en'),
    timezone: timezone.describe('IANA time zone the windows and event times are in, e.g. Asia/Shanghai'),
    role: z.string().min(1).describe('What this person does, in their own words, e.g. 茶叶店店主'),
    bio: z.string().min(1).describe('A few sentences of background that templates and reviewers read'),
    team: slug.optional().describe('Personas of one team share contacts'),
    voice: voiceSchema,
    interests: z.array(interestSchema).min(1).describe('Lifestyle topics and how often each comes up'),
    series: z.array(seriesSchema).default([]).describe('Recurring rituals that make the persona recognisable'),
    products: z.array(productSchema).default([]).describe('What this persona sells'),
    schedule: scheduleSchema,
    density: personaDensitySchema.optional(),
    events: z.array(eventSchema).default([]).describe('Live streams (视频号直播), with lead-up posts'),
  })
  .superRefine((p, ctx) => {
    if (p.schedule.postsPerDay.min > p.schedule.postsPerDay.max) {
      addIssue(ctx, msg('posts-min-max', { min: p.schedule.postsPerDay.min, max: p.schedule.postsPerDay.max }), ['schedule', 'postsPerDay', 'min']);
    }
    const topics = new Set<string>();
    p.interests.forEach((interest, i) => {
      if (topics.has(interest.topic)) addIssue(ctx, msg('interest-duplicate', { topic: interest.topic }), ['interests', i, 'topic']);
      topics.add(interest.topic);
    });
    const ids = new Set<string>();
    p.products.forEach((prod, i) => {
      if (ids.has(prod.id)) addIssue(ctx, msg('product-duplicate', { id: prod.id }), ['products', i, 'id']);
      ids.add(prod.id);
    });
    p.events.forEach((ev, i) => {
      if (!ids.has(ev.product)) {
        addIssue(ctx, msg('event-product-unknown', { id: ev.product, known: [...ids].join(', ') || msg('none') }), ['events', i, 'product']);
      }
      // A stream at a time the clocks skip has no time to announce (and lead-ups would name a time nobody sees).
      const date = ev.at.slice(0, 10);
      const skipped = isValidTimeZone(p.timezone) && isValidDate(date) ? skippedMinutes(createZoneClocks()(p.timezone), dayNumber(date), minutesOf(ev.at.slice(11, 16))) : null;
      if (skipped !== null) {
        const later = new Date(Date.parse(`${ev.at}:00Z`) + skipped * 60_000).toISOString().slice(0, 16);
        addIssue(ctx, msg('event-time-skipped', { at: ev.at, timezone: p.timezone, later }), ['events', i, 'at']);
      }
    });
  });

export type Persona = z.output<typeof personaSchema>;
export type PersonaInput = z.input<typeof personaSchema>;
export type Product = Persona['products'][number];
export type PersonaEvent = Persona['events'][number];
export type Series = Persona['series'][number];
