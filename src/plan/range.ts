// Date ranges and their labels: ISO weeks (2026-W49), this/next relative to a given today, or from + days.
import { dayNumber, isoOfDay } from './time.js';

export interface DateRange {
  from: string;
  to: string;
  /** Folder name under the out dir: the ISO week, or `<from>_<to>`. */
  label: string;
}

const WEEK_LABEL = /^(\d{4})-W(\d{2})$/;
const RANGE_LABEL = /^(\d{4}-\d{2}-\d{2})_(\d{4}-\d{2}-\d{2})$/;

/** Monday of ISO week 1 is the Monday of the week holding January 4th. */
function isoWeekMonday(year: number, week: number): number {
  const jan4 = dayNumber(`${year}-01-04`);
  const jan4Weekday = (((jan4 + 3) % 7) + 7) % 7; // 0 = Monday
  return jan4 - jan4Weekday + (week - 1) * 7;
}

/** ISO weeks in a year: 52 or 53. */
export function weeksInYear(year: number): number {
  return (isoWeekMonday(year + 1, 1) - isoWeekMonday(year, 1)) / 7;
}

export function isoWeekOf(day: number): { year: number; week: number } {
  const weekday = (((day + 3) % 7) + 7) % 7;
  const thursday = day - weekday + 3;
  const year = Number(isoOfDay(thursday).slice(0, 4));
  return { year, week: Math.floor((thursday - isoWeekMonday(year, 1)) / 7) + 1 };
}

export function weekRange(year: number, week: number): DateRange | null {
  if (week < 1 || week > weeksInYear(year)) return null;
  const monday = isoWeekMonday(year, week);
  return { from: isoOfDay(monday), to: isoOfDay(monday + 6), label: `${year}-W${String(week).padStart(2, '0')}` };
}

/** The year and number of a week label written as one (2027-W53), whether or not the year has that week. */
export function weekLabelParts(text: string): { year: number; week: number } | null {
  const m = WEEK_LABEL.exec(text.trim().toUpperCase());
  return m ? { year: Number(m[1]), week: Number(m[2]) } : null;
}

/** `this`, `next` (relative to `today`, a local ISO date) or `2026-W49`; null when it is none of these. */
export function parseWeek(text: string, today: string): DateRange | null {
  const t = text.trim().toLowerCase();
  if (t === 'this' || t === 'next') {
    const day = dayNumber(today) + (t === 'next' ? 7 : 0);
    const { year, week } = isoWeekOf(day);
    return weekRange(year, week);
  }
  const m = WEEK_LABEL.exec(text.trim().toUpperCase());
  return m ? weekRange(Number(m[1]), Number(m[2])) : null;
}

export function dayRange(from: string, days: number): DateRange {
  const start = dayNumber(from);
  const to = isoOfDay(start + days - 1);
  return { from, to, label: `${from}_${to}` };
}

/** The range a label folder stands for, so history can be read without opening far-away folders. */
export function rangeOfLabel(label: string): DateRange | null {
  const w = WEEK_LABEL.exec(label);
  if (w) return weekRange(Number(w[1]), Number(w[2]));
  const r = RANGE_LABEL.exec(label);
  if (r && dayNumber(r[1]!) <= dayNumber(r[2]!)) return { from: r[1]!, to: r[2]!, label };
  return null;
}

/** The ranges of N consecutive weeks starting with `first`. */
export function consecutiveWeeks(first: DateRange, count: number): DateRange[] {
  const out: DateRange[] = [];
  for (let i = 0; i < count; i++) {
    const { year, week } = isoWeekOf(dayNumber(first.from) + 7 * i);
    out.push(weekRange(year, week)!);
  }
  return out;
}
