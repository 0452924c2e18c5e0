// Template front matter: what a template is for, how salesy it means to be, and what photos it needs.
import { z } from 'zod';
import { isSeasonId, SEASON_IDS } from '../calendar/seasons.js';
import { addIssue, locale, slug, unit } from './common.js';
import { msg } from './messages.js';
import { CHAT_CASES, CHAT_STAGES, MARKETING_KINDS, TEMPLATE_KINDS, TIMES_OF_DAY, WEEKDAYS, type ChatStage, type TemplateKind, type TimeOfDay } from './constants.js';

export { CHAT_CASES, CHAT_STAGES, MARKETING_KINDS, TEMPLATE_KINDS, TIMES_OF_DAY, type ChatStage, type TemplateKind, type TimeOfDay };

export const frontMatterSchema = z
  .strictObject({
    kind: z.enum(TEMPLATE_KINDS),
    topics: z.array(slug).default([]).describe('Interest topics this template fits; empty fits every persona'),
    products: z.array(z.string().min(1)).default([]).describe('Product ids or categories it fits; empty fits any product'),
    stage: z.enum(CHAT_STAGES).optional().describe('Chat stage, for kind chat'),
    case: z.string().min(1).optional().describe('Chat sub-case: objection too-expensive|think-about-it|already-have-one|not-now; after-sale day-3|day-14'),
    locale,
    salesiness: unit.optional().describe('Declared salesiness 0..1'),
    cooldownDays: z.number().int().min(0).optional(),
    weight: z.number().positive().default(1),
    time: z.enum(TIMES_OF_DAY).default('any'),
    images: z.array(z.string().min(1)).default([]).describe('Shot list: photos to take with a phone'),
    season: z
      .union([z.string().min(1), z.array(z.string().min(1))])
      .optional()
      .transform((v) => (v === undefined ? [] : typeof v === 'string' ? [v] : v))
      .describe('Solar terms or festivals it is for, e.g. 立冬, 中秋节, christmas; preferred on that day'),
    days: z
      .array(z.enum(WEEKDAYS))
      .min(1)
      .optional()
      .describe('Weekdays it may go out on (mon … sun), for a post that names its day ("周日晚上", "Monday again"); none: any day'),
  })
  .superRefine((fm, ctx) => {
    if (fm.kind === 'chat' && !fm.stage) {
      addIssue(ctx, msg('chat-needs-stage'), ['stage']);
    }
    if (fm.kind !== 'chat' && fm.stage) {
      addIssue(ctx, msg('stage-chat-only', { kind: fm.kind }), ['stage']);
    }
    if (fm.case !== undefined) {
      const cases = fm.kind === 'chat' && fm.stage ? CHAT_CASES[fm.stage] : undefined;
      if (!cases) addIssue(ctx, msg('case-not-here', { stages: Object.keys(CHAT_CASES).join(', ') }), ['case']);
      else if (!cases.includes(fm.case)) addIssue(ctx, msg('case-unknown', { value: fm.case, stage: fm.stage!, known: cases.join(', ') }), ['case']);
    }
    if (fm.kind === 'lifestyle' && fm.topics.length === 0) {
      addIssue(ctx, msg('lifestyle-needs-topic'), ['topics']);
    }
    if ((fm.kind === 'product' || fm.kind === 'live') && fm.topics.length > 0) {
      addIssue(ctx, msg('topics-not-for-products', { kind: fm.kind }), ['topics']);
    }
    for (const value of fm.season) {
      if (!isSeasonId(value, fm.locale)) {
        addIssue(ctx, msg('season-unknown', { value, locale: fm.locale, known: SEASON_IDS[fm.locale].join(', ') }), ['season']);
      }
    }
  });

export type FrontMatter = z.output<typeof frontMatterSchema>;

export interface Template extends FrontMatter {
  /** Path under its templates dir without extension, e.g. `zh-CN/lifestyle/tea-1`. */
  id: string;
  /** File on disk, for messages. */
  file: string;
  /** Handlebars source after the front matter. */
  body: string;
  /** 1-based file line on which the body starts (front matter lines come before). */
  bodyLine: number;
}
