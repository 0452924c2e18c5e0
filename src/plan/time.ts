// Local wall time ↔ instants in an IANA zone, DST-safe: Intl (Node's ICU carries the tz database), or for a zone of one
// offset the table generated from it (src/model/fixed-zones.ts).
import type { Weekday } from '../model/common.js';
import { WEEKDAYS } from '../model/common.js';
import { fixedOffset } from '../model/fixed-zones.js';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** Days since 1970-01-01 for an ISO date; plain integers make rolling windows simple arithmetic. */
export function dayNumber(isoDate: string): number {
  return Math.round(Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) / DAY);
}

export function isoOfDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** Today's date in a time zone (the machine's own when none is given): "next week" is next week where one is. */
export function todayIn(timezone: string | undefined, now: Date): string {
  // A zone of one offset (src/model/fixed-zones.ts) needs no ICU, whose first time-zone format costs ~25 ms.
  // The machine's own zone: Date knows its offset without building an Intl formatter.
  const fixed = timezone ? fixedOffset(timezone, now.getTime()) : -now.getTimezoneOffset();
  if (fixed !== null) return new Date(now.getTime() + fixed * MINUTE).toISOString().slice(0, 10);
  const parts = new Intl.DateTimeFormat('en-CA', { ...(timezone ? { timeZone: timezone } : {}), year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** 1970-01-01 was a Thursday. */
export function weekdayOfDay(day: number): Weekday {
  return WEEKDAYS[(((day + 3) % 7) + 7) % 7]!;
}

export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** ISO 8601 with the zone's offset at that instant, e.g. 2026-12-01T07:45:00+08:00. */
export function formatInstant(epochMs: number, offsetMinutes: number): string {
  const local = new Date(epochMs + offsetMinutes * MINUTE).toISOString().slice(0, 19);
  return `${local}${formatOffset(offsetMinutes)}`;
}

export interface Instant {
  epochMs: number;
  offsetMinutes: number;
}

export interface ZoneClock {
  readonly timezone: string;
  /** UTC offset in minutes at an instant. */
  offsetAt(epochMs: number): number;
  /** The instant of a local wall time; null when the time does not exist that day (spring-forward gap).
   *  An ambiguous time (fall-back) resolves to its first occurrence. */
  instantOf(day: number, minuteOfDay: number): Instant | null;
  /** Whether the offset changes on this local day (a daylight-saving transition). */
  changesOn(day: number): boolean;
}

/** Minutes a spring-forward change skips around a local wall time that does not exist, or null when it exists. */
export function skippedMinutes(clock: ZoneClock, day: number, minuteOfDay: number): number | null {
  if (clock.instantOf(day, minuteOfDay)) return null;
  return clock.offsetAt((day + 1) * DAY + 14 * 60 * MINUTE) - clock.offsetAt(day * DAY - 14 * 60 * MINUTE);
}

/** One clock per zone, memoised for one planning run (the caller owns the cache; there is no module state). */
export function createZoneClocks(): (timezone: string) => ZoneClock {
  const clocks = new Map<string, ZoneClock>();
  return (timezone) => {
    let clock = clocks.get(timezone);
    if (!clock) {
      clock = makeClock(timezone);
      clocks.set(timezone, clock);
    }
    return clock;
  };
}

function makeClock(timezone: string): ZoneClock {
  // Made on first use: a zone of one offset (src/model/fixed-zones.ts) asks ICU only outside the table's years.
  let format: Intl.DateTimeFormat | null = null;
  const icu = () => (format ??= new Intl.DateTimeFormat('en-US', {
    timeZone: timezone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }));
  const offsetAt = (epochMs: number): number => {
    const fixed = fixedOffset(timezone, epochMs);
    if (fixed !== null) return fixed;
    const parts: Record<string, number> = {};
    for (const p of icu().formatToParts(epochMs)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
    const asUtc = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour! % 24, parts.minute!, parts.second!);
    return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / MINUTE);
  };
  // Most days have one offset all day; remember it so a year of posts costs a few Intl calls per day.
  const steadyOffset = new Map<number, number | null>();
  const steady = (day: number): number | null => {
    let o = steadyOffset.get(day);
    if (o === undefined) {
      const before = offsetAt(day * DAY - 14 * 60 * MINUTE);
      const after = offsetAt((day + 1) * DAY + 14 * 60 * MINUTE);
      o = before === after ? before : null;
      steadyOffset.set(day, o);
    }
    return o;
  };
  return {
    timezone,
    offsetAt,
    changesOn: (day) => steady(day) === null,
    instantOf(day, minuteOfDay) {
      const wall = day * DAY + minuteOfDay * MINUTE;
      const fixed = steady(day);
      if (fixed !== null) return { epochMs: wall - fixed * MINUTE, offsetMinutes: fixed };
      // A transition day: try the offsets in force before and after, keep those that map back to this wall time.
      const candidates = new Set([offsetAt(wall - DAY), offsetAt(wall + DAY), offsetAt(wall)]);
      let best: Instant | null = null;
      for (const o of candidates) {
        const epochMs = wall - o * MINUTE;
        if (offsetAt(epochMs) !== o) continue;
        if (!best || epochMs < best.epochMs) best = { epochMs, offsetMinutes: o };
      }
      return best;
    },
  };
}
