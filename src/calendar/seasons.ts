// Season ids a template may target (`season:` in front matter): solar terms, festivals and en holidays.
// Pure data and date rules; the lunar calendar and solar terms themselves come from chinese-days (china.ts).
import type { Locale } from '../model/common.js';
import { addDays, dayOfWeek, easterSunday, nthWeekdayOfMonth, parseYmd } from './dates.js';

/** The 24 solar terms (节气) by the names chinese-days uses, in calendar order from 小寒. */
export const SOLAR_TERMS = [
  '小寒', '大寒', '立春', '雨水', '惊蛰', '春分', '清明', '谷雨', '立夏', '小满', '芒种', '夏至',
  '小暑', '大暑', '立秋', '处暑', '白露', '秋分', '寒露', '霜降', '立冬', '小雪', '大雪', '冬至',
] as const;

/** Festivals on a fixed day of the lunar calendar (month, day of a non-leap month). */
export const LUNAR_FESTIVALS = [
  { id: '春节', month: 1, day: 1 },
  { id: '元宵节', month: 1, day: 15 },
  { id: '龙抬头', month: 2, day: 2 },
  { id: '端午节', month: 5, day: 5 },
  { id: '七夕', month: 7, day: 7 },
  { id: '中元节', month: 7, day: 15 },
  { id: '中秋节', month: 8, day: 15 },
  { id: '重阳节', month: 9, day: 9 },
  { id: '腊八节', month: 12, day: 8 },
  { id: '小年', month: 12, day: 23 },
] as const;

/** 除夕 is the last day of the twelfth lunar month, which has 29 or 30 days: found as "the eve of 春节". */
export const LUNAR_NEW_YEARS_EVE = '除夕';

/** 清明节 is the day of the 清明 solar term, not a lunar date. */
export const QINGMING_FESTIVAL = '清明节';

interface FixedDay {
  id: string;
  month: number;
  day: number;
  /** A public day off in that locale (only en: China's days off come from the State Council's arrangement). */
  public?: boolean;
}

interface NthWeekday {
  id: string;
  month: number;
  weekday: number;
  n: number;
  public?: boolean;
}

const ZH_FIXED: readonly FixedDay[] = [
  { id: '元旦', month: 1, day: 1 },
  { id: '情人节', month: 2, day: 14 },
  { id: '妇女节', month: 3, day: 8 },
  { id: '植树节', month: 3, day: 12 },
  { id: '劳动节', month: 5, day: 1 },
  { id: '青年节', month: 5, day: 4 },
  { id: '儿童节', month: 6, day: 1 },
  { id: '教师节', month: 9, day: 10 },
  { id: '国庆节', month: 10, day: 1 },
  { id: '平安夜', month: 12, day: 24 },
  { id: '圣诞节', month: 12, day: 25 },
];

const ZH_NTH: readonly NthWeekday[] = [
  { id: '母亲节', month: 5, weekday: 0, n: 2 },
  { id: '父亲节', month: 6, weekday: 0, n: 3 },
];

// en follows the US calendar (Mother's Day in May, Thanksgiving in November), the common case for
// an English-speaking private-domain audience; a team elsewhere declares its own days under `holidays:`.
const EN_FIXED: readonly FixedDay[] = [
  { id: 'new-year', month: 1, day: 1, public: true },
  { id: 'valentines', month: 2, day: 14 },
  { id: 'independence-day', month: 7, day: 4, public: true },
  { id: 'halloween', month: 10, day: 31 },
  { id: 'christmas-eve', month: 12, day: 24 },
  { id: 'christmas', month: 12, day: 25, public: true },
  { id: 'new-years-eve', month: 12, day: 31 },
];

const EN_NTH: readonly NthWeekday[] = [
  { id: 'mothers-day', month: 5, weekday: 0, n: 2 },
  { id: 'fathers-day', month: 6, weekday: 0, n: 3 },
  { id: 'thanksgiving', month: 11, weekday: 4, n: 4, public: true },
];

/** The zones of the United States. */
const US_ZONE = /^(?:America\/(?:New_York|Chicago|Denver|Los_Angeles|Phoenix|Anchorage|Juneau|Sitka|Nome|Yakutat|Metlakatla|Adak|Atka|Boise|Detroit|Menominee|Indiana\/.+|Indianapolis|Fort_Wayne|Knox_IN|Kentucky\/.+|Louisville|North_Dakota\/.+|Shiprock)|Pacific\/Honolulu|Navajo|US\/.+|EST5EDT|CST6CDT|MST7MDT|PST8PDT)$/;

export function onUsTime(timezone: string): boolean {
  return US_ZONE.test(timezone);
}

/** en days that are the United States' own: an English-speaking persona elsewhere (Singapore, London) has none. */
const US_ONLY: ReadonlySet<string> = new Set(['independence-day', 'thanksgiving']);

/** The season ids of a day a persona marks: the United States' own days only for a persona on US time. */
export function seasonsFor(seasons: readonly string[], locale: Locale, timezone: string): readonly string[] {
  return locale === 'en' && !onUsTime(timezone) && seasons.some((s) => US_ONLY.has(s)) ? seasons.filter((s) => !US_ONLY.has(s)) : seasons;
}

/** Days defined relative to another rule's day. */
const EN_RELATIVE = [
  { id: 'easter', base: (year: number) => easterSunday(year), offset: 0 },
  { id: 'black-friday', base: (year: number) => nthWeekdayOfMonth(year, 11, 4, 4), offset: 1 },
] as const;

export const SEASON_IDS: Readonly<Record<Locale, readonly string[]>> = {
  'zh-CN': [
    ...SOLAR_TERMS,
    QINGMING_FESTIVAL,
    ...LUNAR_FESTIVALS.map((f) => f.id),
    LUNAR_NEW_YEARS_EVE,
    ...ZH_FIXED.map((f) => f.id),
    ...ZH_NTH.map((f) => f.id),
  ],
  en: [...EN_FIXED.map((f) => f.id), ...EN_NTH.map((f) => f.id), ...EN_RELATIVE.map((f) => f.id)],
};

export function isSeasonId(id: string, locale?: Locale): boolean {
  return locale ? SEASON_IDS[locale].includes(id) : SEASON_IDS['zh-CN'].includes(id) || SEASON_IDS.en.includes(id);
}

export interface RuleDay {
  /** Season ids on that day that follow from the Gregorian calendar alone. */
  seasons: string[];
  /** Of those, the public days off (en only). */
  publicHolidays: string[];
}

/** Seasons computed by rule (fixed dates, n-th weekdays, Easter) for a local date. */
export function ruleSeasons(date: string, locale: Locale): RuleDay {
  const { year, month, day } = parseYmd(date);
  const fixed = locale === 'en' ? EN_FIXED : ZH_FIXED;
  const nth = locale === 'en' ? EN_NTH : ZH_NTH;
  const seasons: string[] = [];
  const publicHolidays: string[] = [];
  const add = (id: string, isPublic: boolean | undefined): void => {
    seasons.push(id);
    if (isPublic) publicHolidays.push(id);
  };
  for (const f of fixed) if (f.month === month && f.day === day) add(f.id, f.public);
  if (nth.some((f) => f.month === month)) {
    const weekday = dayOfWeek(date);
    for (const f of nth) {
      if (f.month === month && f.weekday === weekday && nthWeekdayOfMonth(year, month, f.weekday, f.n) === date) add(f.id, f.public);
    }
  }
  if (locale === 'en') {
    for (const f of EN_RELATIVE) if (addDays(f.base(year), f.offset) === date) add(f.id, false);
  }
  return { seasons, publicHolidays };
}
