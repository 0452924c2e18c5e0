// The table of one-offset zones agrees with ICU, so a plan read through it has the times ICU would give.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIXED_FROM, FIXED_TO, FIXED_ZONES, fixedOffset } from '../../src/model/fixed-zones.js';
import { createZoneClocks, todayIn } from '../../src/plan/time.js';

const DAY = 86_400_000;

function icuOffset(format: Intl.DateTimeFormat, epoch: number): number {
  const name = format.formatToParts(epoch).find((p) => p.type === 'timeZoneName')!.value;
  const m = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name)!;
  return m[1] ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

describe('fixed-offset zones', () => {
  it('holds the zones of the markets personas post in', () => {
    expect(FIXED_ZONES['Asia/Shanghai']).toBe(480);
    expect(FIXED_ZONES['Asia/Singapore']).toBe(480);
    expect(FIXED_ZONES['Asia/Kolkata']).toBe(330);
    expect(FIXED_ZONES['America/New_York']).toBeUndefined();
    expect(FIXED_ZONES['Europe/London']).toBeUndefined();
    // Morocco keeps +01:00 but for Ramadan: a zone with any other offset for a few weeks is not in the table.
    expect(FIXED_ZONES['Africa/Casablanca']).toBeUndefined();
  });

  it('agrees with ICU every week of its years, at a random hour', () => {
    const random = fc.sample(fc.integer({ min: 0, max: 7 * DAY - 1 }), { numRuns: 1, seed: 42 })[0]!;
    const wrong: string[] = [];
    for (const [zone, offset] of Object.entries(FIXED_ZONES)) {
      const format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
      for (let t = FIXED_FROM + random; t < FIXED_TO; t += 7 * DAY + 3_600_000) {
        if (icuOffset(format, t) !== offset) {
          wrong.push(`${zone} at ${new Date(t).toISOString()}`);
          break;
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('leaves instants outside its years, and zones it does not hold, to ICU', () => {
    expect(fixedOffset('Asia/Shanghai', FIXED_FROM - 1)).toBeNull();
    expect(fixedOffset('Asia/Shanghai', FIXED_TO)).toBeNull();
    expect(fixedOffset('America/New_York', Date.UTC(2026, 5, 1))).toBeNull();
    expect(fixedOffset('toString', Date.UTC(2026, 5, 1))).toBeNull();
    // China kept daylight saving in 1986–1991: a clock for 1988 must still see it.
    const clock = createZoneClocks()('Asia/Shanghai');
    expect(clock.offsetAt(Date.UTC(1988, 6, 1))).toBe(540);
    expect(clock.offsetAt(Date.UTC(2026, 6, 1))).toBe(480);
  });

  it('gives the date ICU gives for "today"', () => {
    for (const [zone, now] of [['Asia/Shanghai', '2026-12-07T16:30:00Z'], ['Asia/Shanghai', '2026-12-07T15:59:59Z'], ['Asia/Kolkata', '2026-12-07T18:29:00Z'], ['Asia/Kolkata', '2026-12-07T18:30:00Z']] as const) {
      const icu = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(now));
      expect(todayIn(zone, new Date(now)), `${zone} ${now}`).toBe(icu);
    }
  });
});

describe('today on this machine', () => {
  it('is the date Intl gives in the machine zone', () => {
    for (const now of ['2026-12-07T00:30:00Z', '2026-12-07T23:30:00Z', '2026-03-08T07:30:00Z', '2026-11-01T05:30:00Z']) {
      const icu = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(now));
      expect(todayIn(undefined, new Date(now)), now).toBe(icu);
    }
  });
});
