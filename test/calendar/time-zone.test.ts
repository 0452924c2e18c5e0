// China's calendar answers the same on every machine: chinese-days reads "2026-10-01" as midnight UTC and then
// asks for the local date, so west of UTC its raw answers are the day before's. The adapter runs it with a Date
// whose local time is UTC (src/calendar/utc-date.ts); these tests hold it to the package's answers under TZ=UTC.
import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import { chinaCoversYear, loadChineseDays, lunarFestivalsOn, solarTermOn, type ChineseDays } from '../../src/calendar/china.js';
import { cli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const saved = process.env.TZ;
afterAll(() => {
  if (saved === undefined) delete process.env.TZ;
  else process.env.TZ = saved;
});

/** A fresh copy of the package as published, its module cache bypassed. */
function rawPackage(): ChineseDays {
  const load = createRequire(import.meta.url);
  const file = load.resolve('chinese-days');
  delete load.cache[file];
  return load(file) as ChineseDays;
}

const DAYS: string[] = [];
for (let t = Date.UTC(2025, 0, 1); t <= Date.UTC(2027, 11, 31); t += 86_400_000) DAYS.push(new Date(t).toISOString().slice(0, 10));

function answers(data: ChineseDays): string[] {
  return DAYS.map((d) => JSON.stringify([data.getDayDetail(d), data.getLunarDate(d), data.getSolarTerms(d), solarTermOn(data, d), lunarFestivalsOn(data, d)])).concat(
    [2025, 2026, 2027, 2040].map((y) => JSON.stringify([chinaCoversYear(data, y), data.getHolidaysInRange(`${y}-10-01`, `${y}-10-08`, false)])),
  );
}

process.env.TZ = 'UTC';
const reference = answers(rawPackage());

describe('the China calendar on machines in other time zones', () => {
  it('differs for the raw package west of UTC (what the adapter guards against)', () => {
    process.env.TZ = 'America/New_York';
    const raw = answers(rawPackage());
    expect(raw).not.toEqual(reference);
    // National Day comes back dated the 30th of September, the winter solstice not at all.
    expect(rawPackage().getDayDetail('2026-10-01').date).toBe('2026-09-30');
    expect(solarTermOn(rawPackage(), '2026-12-22')).toBeNull();
  });

  it.each(['UTC', 'Asia/Shanghai', 'Europe/London', 'America/New_York', 'America/Los_Angeles', 'Pacific/Pago_Pago', 'Pacific/Kiritimati', 'Pacific/Chatham'])(
    'answers as under UTC in %s',
    (zone) => {
      process.env.TZ = zone;
      const data = loadChineseDays();
      expect(answers(data)).toEqual(reference);
      expect(data.getDayDetail('2026-10-01')).toMatchObject({ date: '2026-10-01', work: false });
      expect(solarTermOn(data, '2026-12-22')).toBe('冬至');
    },
  );

  it('gives byte-identical plans on a machine in Los Angeles and one in Shanghai (winter solstice week)', async () => {
    const out = (zone: string) => {
      process.env.TZ = zone;
      return cli(['plan', 'lin-cha', '--week', '2026-W52', '--json', '--out', tempDir('persona-tz-')]);
    };
    const shanghai = await out('Asia/Shanghai');
    const losAngeles = await out('America/Los_Angeles');
    expect(shanghai.code).toBe(0);
    expect(losAngeles.stdout).toBe(shanghai.stdout);
    expect(shanghai.stdout).toContain('冬至');
  });
});
