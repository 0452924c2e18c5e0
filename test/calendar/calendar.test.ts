// The calendar against chinese-days and the rules: 2026 holidays and 调休, solar terms, festivals, overrides, coverage.
import { describe, expect, it } from 'vitest';
import { coverageWarning, createCalendar, datesBetween, loadChineseDays, SEASON_IDS, seasonsFor, SOLAR_TERMS, type DayInfo } from '../../src/calendar/index.js';
import { t } from '../../src/i18n/translate.js';
import type { Locale } from '../../src/model/common.js';

type Expect = Partial<Omit<DayInfo, 'seasons'>> & { seasons?: string[]; notSeasons?: string[] };

const CASES: [date: string, locale: Locale, expected: Expect][] = [
  // The State Council's 2026 arrangement (国办发明电〔2025〕…): Golden Week 10-01…10-07, worked 09-20 and 10-10.
  ['2026-10-01', 'zh-CN', { holidays: ['国庆节'], makeupWorkday: false, covered: true, seasons: ['国庆节'] }],
  ['2026-10-05', 'zh-CN', { holidays: ['国庆节'], makeupWorkday: false, notSeasons: ['国庆节'] }],
  ['2026-09-20', 'zh-CN', { holidays: [], makeupWorkday: true }],
  ['2026-10-10', 'zh-CN', { holidays: [], makeupWorkday: true }],
  ['2026-02-14', 'zh-CN', { holidays: [], makeupWorkday: true, seasons: ['情人节'] }],
  ['2026-10-12', 'zh-CN', { holidays: [], makeupWorkday: false, solarTerm: null, seasons: [] }],
  // Solar terms, as chinese-days computes them.
  ['2026-11-07', 'zh-CN', { solarTerm: '立冬', seasons: ['立冬'], holidays: [] }],
  ['2026-12-22', 'zh-CN', { solarTerm: '冬至', seasons: ['冬至'] }],
  // 清明: a solar term, a festival, a day off, and a built-in quiet day.
  ['2026-04-05', 'zh-CN', { solarTerm: '清明', seasons: ['清明', '清明节'], holidays: ['清明节'], quiet: true }],
  ['2026-04-06', 'zh-CN', { holidays: ['清明节'], quiet: false, notSeasons: ['清明节'] }],
  // Lunar festivals.
  ['2026-02-16', 'zh-CN', { seasons: ['除夕'], holidays: ['春节'] }],
  ['2026-02-17', 'zh-CN', { seasons: ['春节'], holidays: ['春节'] }],
  ['2026-03-03', 'zh-CN', { seasons: ['元宵节'], holidays: [] }],
  ['2026-06-19', 'zh-CN', { seasons: ['端午节'], holidays: ['端午节'] }],
  ['2026-08-19', 'zh-CN', { seasons: ['七夕'] }],
  ['2026-09-25', 'zh-CN', { seasons: ['中秋节'], holidays: ['中秋节'] }],
  ['2026-10-18', 'zh-CN', { seasons: ['重阳节'], quiet: false }],
  ['2026-05-10', 'zh-CN', { seasons: ['母亲节'] }],
  // en holidays by rule (US calendar).
  ['2026-11-26', 'en', { holidays: ['thanksgiving'], seasons: ['thanksgiving'], covered: true }],
  ['2026-11-27', 'en', { holidays: [], seasons: ['black-friday'] }],
  ['2026-12-24', 'en', { holidays: [], seasons: ['christmas-eve'] }],
  ['2026-12-25', 'en', { holidays: ['christmas'], seasons: ['christmas'] }],
  ['2026-05-10', 'en', { seasons: ['mothers-day'] }],
  ['2026-04-05', 'en', { seasons: ['easter'], quiet: false, solarTerm: null }],
  ['2026-10-31', 'en', { seasons: ['halloween'] }],
  ['2027-01-01', 'en', { holidays: ['new-year'], covered: true }],
  ['2026-10-01', 'en', { holidays: [], seasons: [], makeupWorkday: false }],
];

describe('calendar.dayInfo', () => {
  const calendar = createCalendar();
  for (const [date, locale, expected] of CASES) {
    it(`${date} ${locale}`, () => {
      const info = calendar.dayInfo(date, locale);
      const { seasons, notSeasons, ...fields } = expected;
      expect(info).toMatchObject(fields);
      for (const s of seasons ?? []) expect(info.seasons).toContain(s);
      if (seasons?.length === 0) expect(info.seasons).toEqual([]);
      for (const s of notSeasons ?? []) expect(info.seasons).not.toContain(s);
    });
  }

  it('finds every season id once a year, so template ids and the data agree', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const seen = new Set(calendar.days('2026-01-01', '2026-12-31', locale).flatMap((d) => d.seasons));
      expect([...seen].sort()).toEqual([...SEASON_IDS[locale]].sort());
    }
    const terms = calendar.days('2026-01-01', '2026-12-31', 'zh-CN').flatMap((d) => (d.solarTerm ? [d.solarTerm] : []));
    expect(terms).toEqual([...SOLAR_TERMS]);
  });

  it('agrees with chinese-days on every day off and make-up workday of 2026', () => {
    const data = loadChineseDays();
    for (const info of calendar.days('2026-01-01', '2026-12-31', 'zh-CN')) {
      const detail = data.getDayDetail(info.date);
      const official = detail.name.includes(',');
      expect(info.holidays.length > 0, info.date).toBe(official && !detail.work);
      expect(info.makeupWorkday, info.date).toBe(official && detail.work);
    }
  });
});

describe('calendar options', () => {
  const declared = [
    { date: '2027-10-01', name: '国庆节', type: 'holiday' as const },
    { date: '2027-09-26', name: '国庆节', type: 'workday' as const },
    { date: '2026-10-10', name: '国庆节', type: 'holiday' as const },
    { date: '2026-12-24', name: 'office party', type: 'holiday' as const, locale: 'en' as const },
  ];

  it('a declared 2027 date extends the data, and makes 2027 covered', () => {
    const bare = createCalendar();
    expect(bare.dayInfo('2027-10-01', 'zh-CN')).toMatchObject({ holidays: [], covered: false });
    const calendar = createCalendar({ holidays: declared });
    expect(calendar.dayInfo('2027-10-01', 'zh-CN')).toMatchObject({ holidays: ['国庆节'], makeupWorkday: false, covered: true });
    expect(calendar.dayInfo('2027-09-26', 'zh-CN')).toMatchObject({ holidays: [], makeupWorkday: true, covered: true });
    expect(calendar.dayInfo('2027-03-01', 'zh-CN').covered).toBe(true);
    expect(calendar.dayInfo('2028-03-01', 'zh-CN').covered).toBe(false);
  });

  it('a declared date overrides the package', () => {
    const calendar = createCalendar({ holidays: declared });
    expect(calendar.dayInfo('2026-10-10', 'zh-CN')).toMatchObject({ holidays: ['国庆节'], makeupWorkday: false });
  });

  it('a declaration with a locale applies to that locale only', () => {
    const calendar = createCalendar({ holidays: declared });
    expect(calendar.dayInfo('2026-12-24', 'en').holidays).toEqual(['office party']);
    expect(calendar.dayInfo('2026-12-24', 'zh-CN').holidays).toEqual([]);
  });

  it('builtinQuietDays: false turns 清明节 into an ordinary day', () => {
    expect(createCalendar({ builtinQuietDays: false }).dayInfo('2026-04-05', 'zh-CN').quiet).toBe(false);
  });

  it('quietSeasons adds quiet days by season id', () => {
    const calendar = createCalendar({ quietSeasons: ['中元节', 'black-friday'] });
    expect(calendar.dayInfo('2026-08-27', 'zh-CN').quiet).toBe(true);
    expect(calendar.dayInfo('2026-11-27', 'en').quiet).toBe(true);
    expect(calendar.dayInfo('2026-11-26', 'en').quiet).toBe(false);
  });

  it("the team's quiet seasons hold for every persona, whatever the locale's own calendar", () => {
    const calendar = createCalendar({ quietSeasons: ['冬至', '除夕', 'black-friday'] });
    // 冬至 2026-12-22 and 除夕 2027-02-05 for an en persona; Black Friday 2026-11-27 for a zh-CN one.
    expect(['2026-12-22', '2027-02-05', '2026-11-27'].map((d) => calendar.dayInfo(d, 'en').quiet)).toEqual([true, true, true]);
    expect(['2026-12-22', '2027-02-05', '2026-11-27'].map((d) => calendar.dayInfo(d, 'zh-CN').quiet)).toEqual([true, true, true]);
    expect(calendar.dayInfo('2026-12-22', 'en').seasons).not.toContain('冬至');
    expect(calendar.dayInfo('2026-12-21', 'en').quiet).toBe(false);
  });
});

describe('coverage', () => {
  it('the package covers 2026 and not 2027', () => {
    const calendar = createCalendar();
    expect(calendar.dayInfo('2026-12-31', 'zh-CN').covered).toBe(true);
    expect(calendar.dayInfo('2027-01-04', 'zh-CN').covered).toBe(false);
    expect(calendar.packageYears()).toContain(2026);
    expect(calendar.packageYears()).not.toContain(2027);
  });

  it('a year is covered by any day off the package lists in it, in January or later', () => {
    const real = loadChineseDays();
    // The real data with 2026's January days off taken away, and with nothing at all for 2026.
    const without = (drop: (date: string) => boolean) => () => ({
      ...real,
      getHolidaysInRange: (start: string, end: string, weekends?: boolean) => real.getHolidaysInRange(start, end, weekends).filter((d) => !drop(d)),
    });
    expect(createCalendar({}, without((d) => d.startsWith('2026-01'))).dayInfo('2026-12-01', 'zh-CN').covered).toBe(true);
    expect(createCalendar({}, without((d) => d.startsWith('2026-'))).dayInfo('2026-12-01', 'zh-CN').covered).toBe(false);
  });

  it('warns about uncovered dates, saying how to add holidays:', () => {
    const calendar = createCalendar();
    const week = datesBetween('2026-12-28', '2027-01-03');
    const warning = coverageWarning(calendar, week);
    expect(warning).not.toBeNull();
    const en = t('en', warning!);
    expect(en).toMatch(/^2027-01-01 – 2027-01-03: /);
    expect(en).toContain('not known for 2027');
    expect(en).toContain('covers 2004–2026');
    expect(en).toContain('`holidays:` in persona.config.yaml');
    expect(en).toContain('date: 2027-01-01');
    expect(t('zh-CN', warning!)).toContain('请在 persona.config.yaml 的 `holidays:` 中声明');
  });

  it('does not warn when the dates are covered, by the package or by the policy', () => {
    expect(coverageWarning(createCalendar(), datesBetween('2026-11-30', '2026-12-06'))).toBeNull();
    const declared = createCalendar({ holidays: [{ date: '2027-01-01', name: '元旦', type: 'holiday' }] });
    expect(coverageWarning(declared, datesBetween('2026-12-28', '2027-01-03'))).toBeNull();
  });
});

describe('loading and memo', () => {
  it('loads chinese-days once, on the first zh-CN date, and never for en', () => {
    let loads = 0;
    const calendar = createCalendar({}, () => {
      loads += 1;
      return loadChineseDays();
    });
    calendar.days('2026-11-01', '2026-12-31', 'en');
    expect(loads).toBe(0);
    calendar.days('2026-11-01', '2026-11-07', 'zh-CN');
    calendar.days('2026-11-01', '2026-11-07', 'zh-CN');
    expect(loads).toBe(1);
  });

  it('answers a repeated date from the memo, and each calendar has its own memo', () => {
    const a = createCalendar();
    expect(a.dayInfo('2026-11-07', 'zh-CN')).toBe(a.dayInfo('2026-11-07', 'zh-CN'));
    expect(createCalendar().dayInfo('2026-11-07', 'zh-CN')).not.toBe(a.dayInfo('2026-11-07', 'zh-CN'));
    expect(Object.isFrozen(a.dayInfo('2026-11-07', 'zh-CN').seasons)).toBe(true);
  });

  it('rejects a date that is not YYYY-MM-DD', () => {
    expect(() => createCalendar().dayInfo('2026-11-7', 'zh-CN')).toThrow(/YYYY-MM-DD/);
  });
});

describe('the United States\' own days', () => {
  it.each([
    ['a persona on US time keeps them', ['thanksgiving'], 'en', 'America/Chicago', ['thanksgiving']],
    ['an English-speaking persona in Singapore has none', ['thanksgiving'], 'en', 'Asia/Singapore', []],
    ['in London, Christmas stays and Independence Day goes', ['christmas', 'independence-day'], 'en', 'Europe/London', ['christmas']],
    ['a Chinese persona\'s days are its own', ['冬至'], 'zh-CN', 'America/New_York', ['冬至']],
    ['an old name of a US zone is US time', ['thanksgiving'], 'en', 'America/Indianapolis', ['thanksgiving']],
  ] as const)('%s', (_name, seasons, locale, zone, expected) => {
    expect(seasonsFor(seasons, locale, zone)).toEqual(expected);
  });
});
