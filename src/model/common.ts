// Shared field types: slugs, weekdays, posting windows, dates.
import { z } from 'zod';
import type { Text } from '../i18n/text.js';
import { msg } from './messages.js';
import { closest } from './suggest.js';
import { LOCALES, SLUG, WEEKDAYS, type Locale } from './constants.js';

/** zod carries our message as `params.text`; yaml-source turns it into a Problem in the user's language. */
export function textParams(text: Text): { params: { text: Text } } {
  return { params: { text } };
}

export function addIssue(ctx: z.RefinementCtx, text: Text, path?: PropertyKey[]): void {
  ctx.addIssue({ code: 'custom', message: text.key, ...textParams(text), ...(path ? { path } : {}) });
}

export { WEEKDAYS, type Weekday } from './constants.js';
export const weekday = z.enum(WEEKDAYS);

export { LOCALES, SLUG, type Locale };
export const locale = z.enum(LOCALES);
const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;
/** A window ends at most at 24:00, the end of the day (the other half of a window split at midnight). */
const WINDOW = /^(?:[01]\d|2[0-3]):[0-5]\d-(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/;
const END_OF_DAY = '24:00';
const DATE = /^\d{4}-\d{2}-\d{2}$/;
export const LOCAL_DATETIME = /^(\d{4}-\d{2}-\d{2})T((?:[01]\d|2[0-3]):[0-5]\d)$/;

/**
 * Formats are zod `regex` checks, so the JSON Schema carries the same `pattern` editors check as you type;
 * the loader phrases a failed pattern with the Text registered here.
 */
const FORMAT_TEXTS: readonly (readonly [RegExp, Text])[] = [
  [SLUG, msg('slug')],
  [WINDOW, msg('window-format')],
  [DATE, msg('date')],
  [LOCAL_DATETIME, msg('local-datetime')],
];

/** Our words for a value that does not match `pattern` (as zod reports it, e.g. "/^…$/"), with the value it was
 *  most likely meant to be when that is plain: "8:00-9:00" → "08:00-09:00", "Decaf" → "decaf". */
export function formatText(pattern: string | undefined, value: unknown): Text | undefined {
  const found = FORMAT_TEXTS.find(([re]) => String(re) === pattern);
  if (!found) return undefined;
  const [re, text] = found;
  const problem = { ...text, data: { value: String(value) } };
  const suggestion = typeof value === 'string' ? formatSuggestion(re, value) : null;
  return suggestion && suggestion !== value && re.test(suggestion) ? msg('format-suggest', { problem, suggestion }) : problem;
}

function formatSuggestion(re: RegExp, value: string): string | null {
  if (re === WINDOW) {
    // Full-width colons, spaces and other dashes, one-digit hours: "8:00 - 9:00", "20：00～21：00", "8:00到9:00".
    const m = /^\s*(\d{1,2})\s*[:：]\s*(\d{2})\s*(?:-|–|—|~|～|到|至|to)\s*(\d{1,2})\s*[:：]\s*(\d{2})\s*$/i.exec(value);
    return m ? `${m[1]!.padStart(2, '0')}:${m[2]}-${m[3]!.padStart(2, '0')}:${m[4]}` : null;
  }
  if (re === LOCAL_DATETIME) {
    const m = /^\s*(\d{4}-\d{2}-\d{2})[ T]+(\d{1,2}):(\d{2})(?::00)?\s*$/.exec(value);
    return m ? `${m[1]}T${m[2]!.padStart(2, '0')}:${m[3]}` : null;
  }
  if (re === SLUG) {
    const slugged = value.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    return slugged || null;
  }
  return null;
}

// `abort` stops later refinements from reporting a second, confusing problem for the same value.
export const slug = z.string().regex(SLUG, { abort: true });

export function minutesOf(hhmm: string): number {
  const m = HHMM.exec(hhmm);
  if (!m) return NaN;
  return Number(m[1]) * 60 + Number(m[2]);
}

export interface Window {
  start: number;
  end: number;
}

/** Minutes since local midnight; null unless `text` is a well-formed window that ends after it starts. */
export function parseWindow(text: string): Window | null {
  if (!WINDOW.test(text)) return null;
  const [from, to] = text.split('-') as [string, string];
  const start = minutesOf(from);
  const end = to === END_OF_DAY ? 24 * 60 : minutesOf(to);
  return end > start ? { start, end } : null;
}

export const window = z
  .string()
  .regex(WINDOW, { abort: true })
  .superRefine((text, ctx) => {
    if (parseWindow(text)) return;
    const [from, to] = text.split('-') as [string, string];
    // Equal ends are an empty window; an end before the start is a window across midnight, said as two, unless
    // across midnight it would last more than half the day: "21:45-21:00" is 21:00-21:45 typed backwards.
    const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
    const across = 24 * 60 - minutes(from) + minutes(to);
    addIssue(
      ctx,
      from === to
        ? msg('window-empty', { value: text })
        : across > 12 * 60
          ? msg('window-backwards', { value: text, swapped: `${to}-${from}`, before: `${from}-${END_OF_DAY}`, after: `00:00-${to}` })
          : msg('window-inverted', { value: text, before: `${from}-${END_OF_DAY}`, after: `00:00-${to}` }),
    );
  });

export function isValidDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}
export const isoDate = z
  .string()
  .regex(DATE, { abort: true })
  .superRefine((text, ctx) => {
    if (!isValidDate(text)) addIssue(ctx, msg('date-invalid', { value: text }));
  });

export const localDateTime = z
  .string()
  .regex(LOCAL_DATETIME, { abort: true })
  .superRefine((text, ctx) => {
    if (!isValidDate(text.slice(0, 10))) addIssue(ctx, msg('date-invalid', { value: text.slice(0, 10) }));
  });

/** Canonical zone names; checking one is a lookup, where building an Intl.DateTimeFormat costs ~0.1 ms per persona. */
const CANONICAL_ZONES: ReadonlySet<string> = new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']);

/** The canonical IANA name Intl resolves `tz` to, or null when it is not a zone name. */
export function canonicalTimeZone(tz: string): string | null {
  if (CANONICAL_ZONES.has(tz)) return tz;
  // Abbreviations such as CST or EST are ambiguous (China or US Central?) even where Intl accepts them.
  if (!tz.includes('/') && tz !== 'UTC') return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: tz }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** An IANA zone name or link (US/Pacific is fine), spelt with its proper case: the planner and calendars repeat it verbatim. */
export function isValidTimeZone(tz: string): boolean {
  const canonical = canonicalTimeZone(tz);
  return canonical !== null && (canonical === tz || canonical.toLowerCase() !== tz.toLowerCase());
}

/** Places people write for a zone, and fixed offsets, with the zones they most likely mean. */
const ZONE_WORDS: Readonly<Record<string, string>> = {
  beijing: 'Asia/Shanghai', 北京: 'Asia/Shanghai', 北京时间: 'Asia/Shanghai', china: 'Asia/Shanghai', 中国: 'Asia/Shanghai', shanghai: 'Asia/Shanghai',
  'hong kong': 'Asia/Hong_Kong', hkt: 'Asia/Hong_Kong', singapore: 'Asia/Singapore', sgt: 'Asia/Singapore', taipei: 'Asia/Taipei',
  tokyo: 'Asia/Tokyo', jst: 'Asia/Tokyo', seoul: 'Asia/Seoul', kst: 'Asia/Seoul', 'kuala lumpur': 'Asia/Kuala_Lumpur', india: 'Asia/Kolkata',
  pst: 'America/Los_Angeles', pdt: 'America/Los_Angeles', pacific: 'America/Los_Angeles', 'los angeles': 'America/Los_Angeles',
  est: 'America/New_York', edt: 'America/New_York', eastern: 'America/New_York', 'new york': 'America/New_York',
  london: 'Europe/London', bst: 'Europe/London', sydney: 'Australia/Sydney', aest: 'Australia/Sydney', melbourne: 'Australia/Melbourne',
};
const OFFSET_ZONES: Readonly<Record<string, string>> = {
  '8': 'Asia/Shanghai, Asia/Singapore or Asia/Hong_Kong', '9': 'Asia/Tokyo or Asia/Seoul', '7': 'Asia/Bangkok or Asia/Jakarta',
  '5:30': 'Asia/Kolkata', '10': 'Australia/Sydney or Australia/Brisbane', '1': 'Europe/Berlin or Europe/Paris', '0': 'Europe/London',
  '-5': 'America/New_York or America/Toronto', '-6': 'America/Chicago', '-8': 'America/Los_Angeles or America/Vancouver', '12': 'Pacific/Auckland',
};
const OFFSET = /^(?:utc|gmt)?\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$/i;

export const timezone = z.string().superRefine((tz, ctx) => {
  if (isValidTimeZone(tz)) return;
  const word = ZONE_WORDS[tz.trim().toLowerCase()];
  if (word) return addIssue(ctx, msg('timezone-suggest', { value: tz, suggestion: word }));
  const offset = OFFSET.exec(tz.trim());
  if (offset) {
    const hours = `${offset[1] === '-' ? '-' : ''}${Number(offset[2])}${offset[3] && offset[3] !== '00' ? `:${offset[3]}` : ''}`;
    return addIssue(ctx, msg('timezone-offset', { value: tz, examples: OFFSET_ZONES[hours.replace(/^-0$/, '0')] ?? 'Asia/Shanghai, Europe/London or America/New_York' }));
  }
  const canonical = canonicalTimeZone(tz);
  const suggestion = canonical && canonical.toLowerCase() === tz.toLowerCase() ? canonical : closest(tz, timeZoneNames());
  addIssue(ctx, suggestion ? msg('timezone-suggest', { value: tz, suggestion }) : msg('timezone', { value: tz }));
});

function timeZoneNames(): string[] {
  return [...CANONICAL_ZONES];
}

export const unit = z.number().min(0).max(1);
