// China's calendar facts (holidays and 调休, solar terms, lunar festivals, which years the arrangement is known
// for) as a table worked out from chinese-days when the package is built: dist/china-days.json. Running
// chinese-days builds its own tables first, most of the calendar's cost in a one-week plan; reading this one
// is a JSON parse. A date outside the table, or a package built without it, asks chinese-days itself.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { packageRoot } from '../load/files.js';
import { chinaCoversYear, chinaDay, lunarFestivalsOn, runChineseDays, solarTermOn, type ChinaDay, type ChineseDays } from './china.js';
import { datesBetween } from './dates.js';

/** What the calendar asks about a date in China. */
export interface ChinaFacts {
  day(date: string): ChinaDay;
  solarTerm(date: string): string | null;
  lunarFestivals(date: string): string[];
  coversYear(year: number): boolean;
}

export const CHINA_TABLE_FILE = 'china-days.json';
const FORMAT = 1;

/** The years whose arrangement the calendar looks for. chinese-days documents holiday data from 2004; scanning a
 *  little wider costs nothing and notices updates. */
export const SCAN_YEARS = { from: 2000, to: 2100 } as const;

/** Plans are made for the weeks ahead and audits look back a few years: these dates come from the table. */
export const TABLE_RANGE = { from: '2016-01-01', to: '2045-12-31' } as const;

/** Only the days with something to say: [holiday, makeupFor, solarTerm, lunar festivals]. */
type Row = [string | null, string | null, string | null, string[]];

export interface ChinaTable {
  format: typeof FORMAT;
  /** The chinese-days version the table was made from: another one installed (an update that knows the next
   *  year's arrangement) makes the table stale, and chinese-days answers instead. */
  source: string;
  from: string;
  to: string;
  /** Years from `scan[0]` to `scan[1]` the package knows the State Council's arrangement for. */
  scan: [number, number];
  covered: number[];
  days: Record<string, Row>;
}

export function liveFacts(data: () => ChineseDays): ChinaFacts {
  return {
    day: (date) => chinaDay(data(), date),
    solarTerm: (date) => solarTermOn(data(), date),
    lunarFestivals: (date) => lunarFestivalsOn(data(), date),
    coversYear: (year) => chinaCoversYear(data(), year),
  };
}

export function makeChinaTable(facts: ChinaFacts, dates: readonly string[], scan: [number, number], source: string): ChinaTable {
  const days: Record<string, Row> = {};
  for (const date of dates) {
    const { holiday, makeupFor } = facts.day(date);
    const term = facts.solarTerm(date);
    const festivals = facts.lunarFestivals(date);
    if (holiday || makeupFor || term || festivals.length) days[date] = [holiday, makeupFor, term, festivals];
  }
  const covered: number[] = [];
  for (let year = scan[0]; year <= scan[1]; year++) if (facts.coversYear(year)) covered.push(year);
  return { format: FORMAT, source, from: dates[0]!, to: dates[dates.length - 1]!, scan, covered, days };
}

/** The table's facts for its dates and years; `fallback` (chinese-days) for the others. */
export function tableFacts(table: ChinaTable, fallback: () => ChinaFacts): ChinaFacts {
  const inside = (date: string) => date >= table.from && date <= table.to;
  const covered = new Set(table.covered);
  return {
    day: (date) => {
      if (!inside(date)) return fallback().day(date);
      const row = table.days[date];
      return { holiday: row?.[0] ?? null, makeupFor: row?.[1] ?? null };
    },
    solarTerm: (date) => (inside(date) ? (table.days[date]?.[2] ?? null) : fallback().solarTerm(date)),
    lunarFestivals: (date) => (inside(date) ? [...(table.days[date]?.[3] ?? [])] : fallback().lunarFestivals(date)),
    coversYear: (year) => (year >= table.scan[0] && year <= table.scan[1] ? covered.has(year) : fallback().coversYear(year)),
  };
}

/** What the build writes: the table of TABLE_RANGE and of the years the calendar scans, from chinese-days' code. */
export function writeChinaTable(file: string, source: string, version: string, load: (id: string) => unknown, scan: [number, number] = [SCAN_YEARS.from, SCAN_YEARS.to]): number {
  const data = runChineseDays(source, load);
  const table = makeChinaTable(liveFacts(() => data), datesBetween(TABLE_RANGE.from, TABLE_RANGE.to), scan, version);
  const text = `${JSON.stringify(table)}\n`;
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
  return Object.keys(table.days).length;
}

export function chinaTablePath(): string {
  return join(packageRoot(), 'dist', CHINA_TABLE_FILE);
}

/** The version of chinese-days installed beside the package (null when it cannot be read). */
export function installedChineseDays(): string | null {
  try {
    const main = createRequire(import.meta.url).resolve('chinese-days');
    return (JSON.parse(readFileSync(join(dirname(main), '..', 'package.json'), 'utf8')) as { version?: string }).version ?? null;
  } catch {
    return null;
  }
}

/**
 * The built table, or null — a run from source before a build, a damaged file, or a table made from another
 * chinese-days than the one installed (an `npm update` brought next year's arrangement): then chinese-days answers.
 */
export function readChinaTable(file = chinaTablePath(), installed: () => string | null = installedChineseDays): ChinaTable | null {
  try {
    const table = JSON.parse(readFileSync(file, 'utf8')) as ChinaTable;
    if (table?.format !== FORMAT || typeof table.days !== 'object' || !Array.isArray(table.covered)) return null;
    return table.source === installed() ? table : null;
  } catch {
    return null;
  }
}
