// Adapter over chinese-days: China's public holidays, 调休 make-up workdays, solar terms and lunar dates.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { addDays } from './dates.js';
import { LUNAR_FESTIVALS, LUNAR_NEW_YEARS_EVE, QINGMING_FESTIVAL } from './seasons.js';
import { UtcDate } from './utc-date.js';

/** The part of chinese-days we use; tests may pass a stand-in. */
export interface ChineseDays {
  getDayDetail(date: string): { work: boolean; name: string; date: string };
  getHolidaysInRange(start: string, end: string, includeWeekends?: boolean): string[];
  getSolarTerms(start: string): readonly { date: string; name: string }[];
  getLunarDate(date: string): { lunarMon: number; lunarDay: number; isLeap: boolean };
}

/**
 * Loaded on first use and synchronously, so the planner keeps a synchronous day lookup and a run
 * with only en personas never pays for the ~30 kB of holiday tables. The package's own code is run with UtcDate
 * in place of Date (see utc-date.ts): otherwise its answers depend on the machine's time zone.
 */
export function loadChineseDays(): ChineseDays {
  const load = createRequire(import.meta.url);
  return runChineseDays(readFileSync(load.resolve('chinese-days'), 'utf8'), load);
}

/** The package's code run with UtcDate for Date (the build runs it too, to write the table of china-table.ts). */
export function runChineseDays(source: string, load: (id: string) => unknown): ChineseDays {
  const module = { exports: {} as Record<string, unknown> };
  const run = new Function('module', 'exports', 'require', 'Date', source);
  run(module, module.exports, load, UtcDate);
  return module.exports as unknown as ChineseDays;
}

// chinese-days names holidays "English,中文,days"; the short forms are festival names elsewhere.
const HOLIDAY_NAMES: Readonly<Record<string, string>> = { 清明: QINGMING_FESTIVAL, 端午: '端午节', 中秋: '中秋节' };

export interface ChinaDay {
  /** The holiday a day off belongs to, e.g. 国庆节 for every day of the Golden Week. */
  holiday: string | null;
  /** A weekend day worked to make up for a holiday (调休上班), and the holiday it belongs to. */
  makeupFor: string | null;
}

export function chinaDay(data: ChineseDays, date: string): ChinaDay {
  const detail = data.getDayDetail(date);
  // Ordinary days come back named after their weekday, without commas.
  if (!detail.name.includes(',')) return { holiday: null, makeupFor: null };
  const zh = detail.name.split(',')[1] ?? detail.name;
  const name = HOLIDAY_NAMES[zh] ?? zh;
  return detail.work ? { holiday: null, makeupFor: name } : { holiday: name, makeupFor: null };
}

/**
 * Whether the package knows the State Council's arrangement for a year (it lists some day off). chinese-days
 * makes a date object and formats a string for every day of a range, so a year costs milliseconds; a covered
 * year has 元旦 off, and a day off found in January is one of the year's, so only a January without one needs
 * the whole year.
 */
export function chinaCoversYear(data: ChineseDays, year: number): boolean {
  return data.getHolidaysInRange(`${year}-01-01`, `${year}-01-31`, false).length > 0 || data.getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0;
}

export function solarTermOn(data: ChineseDays, date: string): string | null {
  return data.getSolarTerms(date).find((term) => term.date === date)?.name ?? null;
}

/** Lunar festivals on a date; a leap month repeats no festival. */
export function lunarFestivalsOn(data: ChineseDays, date: string): string[] {
  const lunar = data.getLunarDate(date);
  const out: string[] = [];
  if (!lunar.isLeap) {
    for (const f of LUNAR_FESTIVALS) if (f.month === lunar.lunarMon && f.day === lunar.lunarDay) out.push(f.id);
  }
  const next = data.getLunarDate(addDays(date, 1));
  if (!next.isLeap && next.lunarMon === 1 && next.lunarDay === 1) out.unshift(LUNAR_NEW_YEARS_EVE);
  return out;
}
