// The calendar the planner asks "what is this local date?": holidays, 调休, solar term, seasons, quiet.
// A factory, so every run gets its own memo and nothing is shared between runs.
import type { Locale } from '../model/common.js';
import { loadChineseDays, type ChineseDays } from './china.js';
import { liveFacts, readChinaTable, SCAN_YEARS, tableFacts, type ChinaFacts } from './china-table.js';
import { datesBetween, parseYmd } from './dates.js';
import { QINGMING_FESTIVAL, ruleSeasons } from './seasons.js';

/** A policy `holidays:` entry: the official arrangement for a date the package does not know (yet). */
export interface HolidayDeclaration {
  date: string;
  name: string;
  type: 'holiday' | 'workday';
  /** Only personas of this locale; every persona when absent. */
  locale?: Locale | undefined;
}

export interface CalendarOptions {
  /** Declared days; they replace what the package or the rules say about those dates. */
  holidays?: readonly HolidayDeclaration[];
  /** Built-in quiet days (no marketing): 清明节 for zh-CN. On unless set to false. */
  builtinQuietDays?: boolean;
  /** More season ids on which no marketing goes out, e.g. 中元节. */
  quietSeasons?: readonly string[];
}

export interface DayInfo {
  readonly date: string;
  readonly locale: Locale;
  /** Public days off: festival names for zh-CN (国庆节 for each day of the Golden Week), ids for en. */
  readonly holidays: readonly string[];
  /** A weekend day that is a working day (调休上班). */
  readonly makeupWorkday: boolean;
  /** The solar term that begins on this day, e.g. 立冬. */
  readonly solarTerm: string | null;
  /** Season ids "on" this day, what a template's `season:` matches: 立冬, 中秋节, christmas … */
  readonly seasons: readonly string[];
  /** False when the holiday data does not reach this date: holidays and 调休 are then unknown. */
  readonly covered: boolean;
  /** A built-in or configured quiet day: no marketing. The policy's `quietDays` come on top. */
  readonly quiet: boolean;
}

export interface Calendar {
  dayInfo(date: string, locale: Locale): DayInfo;
  /** dayInfo for every date from `from` to `to`, both included. */
  days(from: string, to: string, locale: Locale): DayInfo[];
  /** Years the package knows China's arrangement for, e.g. [2004, …, 2026]. */
  packageYears(): readonly number[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The built table (dist/china-days.json) where it reaches, chinese-days elsewhere; with `load` (a test's stand-in
 * for chinese-days), that alone.
 */
function chinaFacts(load: (() => ChineseDays) | undefined): ChinaFacts {
  let data: ChineseDays | null = null;
  const live = liveFacts(() => (data ??= (load ?? loadChineseDays)()));
  if (load) return live;
  const table = readChinaTable();
  return table ? tableFacts(table, () => live) : live;
}

export function createCalendar(options: CalendarOptions = {}, load?: () => ChineseDays): Calendar {
  const declared = new Map<string, HolidayDeclaration[]>();
  for (const h of options.holidays ?? []) declared.set(h.date, [...(declared.get(h.date) ?? []), h]);
  const builtinQuiet = options.builtinQuietDays ?? true;
  const quietSeasons = new Set(options.quietSeasons ?? []);

  const memo = {
    facts: null as ChinaFacts | null,
    days: new Map<string, DayInfo>(),
    coveredYears: new Map<number, boolean>(),
    packageYears: null as readonly number[] | null,
  };
  // Read on first use: a run with only en personas never needs China's calendar.
  const china = (): ChinaFacts => (memo.facts ??= chinaFacts(load));

  // A locale-specific declaration beats one for everybody on the same date.
  const declaredFor = (date: string, locale: Locale): HolidayDeclaration | undefined => {
    const list = declared.get(date) ?? [];
    return list.find((h) => h.locale === locale) ?? list.find((h) => h.locale === undefined);
  };

  const declaresYear = (year: number, locale: Locale): boolean =>
    (options.holidays ?? []).some((h) => parseYmd(h.date).year === year && (h.locale === undefined || h.locale === locale));

  const packageCovers = (year: number): boolean => {
    let known = memo.coveredYears.get(year);
    if (known === undefined) {
      known = china().coversYear(year);
      memo.coveredYears.set(year, known);
    }
    return known;
  };

  /** `others`: whether the team's quiet seasons of the other locale's calendar count (off for that look itself). */
  function compute(date: string, locale: Locale, others = true): DayInfo {
    const { year } = parseYmd(date);
    const rules = ruleSeasons(date, locale);
    let holidays: string[] = rules.publicHolidays;
    let makeupWorkday = false;
    let solarTerm: string | null = null;
    let seasons = rules.seasons;
    let covered = true;
    if (locale === 'zh-CN') {
      const facts = china();
      const official = facts.day(date);
      holidays = official.holiday ? [official.holiday] : [];
      makeupWorkday = official.makeupFor !== null;
      solarTerm = facts.solarTerm(date);
      const lunar = facts.lunarFestivals(date);
      seasons = [...(solarTerm ? [solarTerm] : []), ...(solarTerm === '清明' ? [QINGMING_FESTIVAL] : []), ...lunar, ...rules.seasons];
      covered = packageCovers(year) || declaresYear(year, locale);
    }
    const declaration = declaredFor(date, locale);
    if (declaration) {
      holidays = declaration.type === 'holiday' ? [declaration.name] : [];
      makeupWorkday = declaration.type === 'workday';
    }
    const quiet =
      (builtinQuiet && locale === 'zh-CN' && seasons.includes(QINGMING_FESTIVAL)) ||
      seasons.some((s) => quietSeasons.has(s)) ||
      // The team's quiet seasons hold for every persona: 除夕 is quiet for an en persona too, though the en
      // calendar has no lunar festivals to post about.
      (others && quietSeasons.size > 0 && compute(date, locale === 'zh-CN' ? 'en' : 'zh-CN', false).seasons.some((s) => quietSeasons.has(s)));
    return Object.freeze({
      date,
      locale,
      holidays: Object.freeze([...new Set(holidays)]),
      makeupWorkday,
      solarTerm,
      seasons: Object.freeze([...new Set(seasons)]),
      covered,
      quiet,
    });
  }

  function dayInfo(date: string, locale: Locale): DayInfo {
    if (!DATE.test(date)) throw new TypeError(`calendar: expected a local date YYYY-MM-DD, got ${JSON.stringify(date)}`);
    const key = `${locale} ${date}`;
    let info = memo.days.get(key);
    if (!info) {
      info = compute(date, locale);
      memo.days.set(key, info);
    }
    return info;
  }

  return {
    dayInfo,
    days: (from, to, locale) => datesBetween(from, to).map((d) => dayInfo(d, locale)),
    packageYears: () => {
      memo.packageYears ??= Object.freeze(
        Array.from({ length: SCAN_YEARS.to - SCAN_YEARS.from + 1 }, (_, i) => SCAN_YEARS.from + i).filter(packageCovers),
      );
      return memo.packageYears;
    },
  };
}
