// The table the build writes (dist/china-days.json) says what chinese-days says, for every date it holds and every
// year the calendar scans; outside it, chinese-days answers. The test command builds first, so the table is there.
import { describe, expect, it } from 'vitest';
import { datesBetween, loadChineseDays } from '../../src/calendar/index.js';
import { liveFacts, readChinaTable, SCAN_YEARS, TABLE_RANGE, tableFacts, type ChinaFacts } from '../../src/calendar/china-table.js';

const data = loadChineseDays();
const live = liveFacts(() => data);
const table = readChinaTable();

function answers(facts: ChinaFacts, date: string) {
  return { day: facts.day(date), solarTerm: facts.solarTerm(date), lunar: facts.lunarFestivals(date) };
}

describe('the built table of China\'s calendar', () => {
  it('is there, covering the years plans are made for', () => {
    expect(table).not.toBeNull();
    expect([table!.from, table!.to]).toEqual([TABLE_RANGE.from, TABLE_RANGE.to]);
  });

  it('agrees with chinese-days on every date it holds', () => {
    const facts = tableFacts(table!, () => live);
    const differ = datesBetween(TABLE_RANGE.from, TABLE_RANGE.to).filter((date) => JSON.stringify(answers(facts, date)) !== JSON.stringify(answers(live, date)));
    expect(differ).toEqual([]);
  });

  it('would notice a wrong row (the comparison above is not blind)', () => {
    const wrong = { ...table!, days: { ...table!.days, '2026-10-01': [null, null, null, []] as [null, null, null, string[]] } };
    const facts = tableFacts(wrong, () => live);
    expect(answers(facts, '2026-10-01')).not.toEqual(answers(live, '2026-10-01'));
  });

  it('agrees on which years the arrangement is known for, and asks chinese-days outside its years and dates', () => {
    let asked = 0;
    const facts = tableFacts(table!, () => {
      asked++;
      return live;
    });
    for (let year = SCAN_YEARS.from; year <= SCAN_YEARS.to; year++) expect(facts.coversYear(year), String(year)).toBe(live.coversYear(year));
    expect(asked).toBe(0);
    for (const date of ['2015-12-31', '2046-01-01', '2099-09-30']) expect(answers(facts, date)).toEqual(answers(live, date));
    expect(asked).toBeGreaterThan(0);
  });
});

describe('a table made from another chinese-days', () => {
  it('is set aside, so an update that knows next year is heard (the table would say 2027 is unknown)', () => {
    expect(readChinaTable(undefined, () => table!.source)).not.toBeNull();
    expect(readChinaTable(undefined, () => '9.9.9')).toBeNull();
    expect(readChinaTable(undefined, () => null)).toBeNull();
  });
});
