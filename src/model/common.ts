// Shared field types: slugs, weekdays, posting windows, dates.
import { z } from 'zod';
import type { Text } from '../i18n/text.js';
import { msg } from './messages.js';

/** zod carries our message as `params.text`; yaml-source turns it into a Problem in the user's language. */
export function textParams(text: Text): { params: { text: Text } } {
  return { params: { text } };
}

export function addIssue(ctx: z.RefinementCtx, text: Text, path?: PropertyKey[]): void {
  ctx.addIssue({ code: 'custom', message: text.key, ...textParams(text), ...(path ? { path } : {}) });
}

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const weekday = z.enum(WEEKDAYS);

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const locale = z.enum(LOCALES);

export const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;
export const slug = z.string().refine((v) => SLUG.test(v), textParams(msg('slug')));

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;
const WINDOW = /^(\d\d:\d\d)-(\d\d:\d\d)$/;

export function minutesOf(hhmm: string): number {
  const m = HHMM.exec(hhmm);
  if (!m) return NaN;
  return Number(m[1]) * 60 + Number(m[2]);
}

export interface Window {
  start: number;
  end: number;
}

export function parseWindow(text: string): Window | null {
  const m = WINDOW.exec(text);
  if (!m) return null;
  const start = minutesOf(m[1]!);
  const end = minutesOf(m[2]!);
  if (Number.isNaN(start) || Number.isNaN(end) || end <= start) return null;
  return { start, end };
}

export const window = z.string().superRefine((text, ctx) => {
  const m = WINDOW.exec(text);
  if (!m || Number.isNaN(minutesOf(m[1]!)) || Number.isNaN(minutesOf(m[2]!))) {
    addIssue(ctx, msg('window-format', { value: text }));
    return;
  }
  if (minutesOf(m[2]!) <= minutesOf(m[1]!)) {
    addIssue(ctx, msg('window-inverted', { value: text }));
  }
});

const DATE = /^\d{4}-\d{2}-\d{2}$/;
export function isValidDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}
export const isoDate = z.string().refine(isValidDate, textParams(msg('date')));

export const LOCAL_DATETIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;
export const localDateTime = z.string().refine(
  (t) => {
    const m = LOCAL_DATETIME.exec(t);
    return !!m && isValidDate(m[1]!) && !Number.isNaN(minutesOf(m[2]!));
  },
  textParams(msg('local-datetime')),
);

export function isValidTimeZone(tz: string): boolean {
  if (!tz.includes('/') && tz !== 'UTC') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
export const timezone = z.string().refine(isValidTimeZone, textParams(msg('timezone')));

export const unit = z.number().min(0).max(1);
