// The model's closed vocabularies and defaults as plain data, without zod: what a fast path (linting a
// templates folder alone) needs without paying for the schema library. The schemas build on these.

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;

export const TEMPLATE_KINDS = ['lifestyle', 'expertise', 'interaction', 'story', 'product', 'live', 'chat'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];
export const MARKETING_KINDS: readonly TemplateKind[] = ['product', 'live'];

export const TIMES_OF_DAY = ['morning', 'noon', 'evening', 'any'] as const;
export type TimeOfDay = (typeof TIMES_OF_DAY)[number];

export const CHAT_STAGES = [
  'greeting',
  'icebreaker',
  'comment-reply',
  'follow-up',
  'recommendation',
  'objection',
  'after-sale',
  'reactivation',
  'holiday-greeting',
  'live-invite',
] as const;
export type ChatStage = (typeof CHAT_STAGES)[number];

/** Sub-cases a chat stage's scripts are written for (`case:`); a chat template without one fits every case. */
export const CHAT_CASES: Readonly<Partial<Record<ChatStage, readonly string[]>>> = {
  objection: ['too-expensive', 'think-about-it', 'already-have-one', 'not-now'],
  'after-sale': ['day-3', 'day-14'],
};

export const DEFAULT_CEILINGS = {
  lifestyle: 0.2,
  expertise: 0.3,
  interaction: 0.3,
  story: 0.5,
  chat: 0.6,
  product: 0.7,
  live: 0.7,
} as const satisfies Record<TemplateKind, number>;

/** Days of the week as personas (rest days) and templates (days) name them. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
