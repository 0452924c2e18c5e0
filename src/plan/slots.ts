// Where posts can go: for each day of the range, how many posts and at which local times, inside the
// persona's windows (a series window is a posting window on its day), skipping times a DST change removes.
import { parseWindow, type Window } from '../model/common.js';
import type { PlanRules } from '../model/plan.js';
import type { Series } from '../model/persona.js';
import type { Slot } from './ledger.js';
import type { ZoneClock } from './time.js';
import { isoOfDay, weekdayOfDay } from './time.js';

export interface DaySlotsRequest {
  rules: PlanRules;
  days: readonly number[];
  clock: ZoneClock;
  random: () => number;
  /** Average posts per day to aim for, inside [min, max] (lower when the library is small). */
  averagePosts: number;
  isQuiet: (day: number) => boolean;
}

export interface DaySlotsResult {
  slots: Slot[];
  /** Days where fewer slots than postsPerDay.min exist (windows erased by a DST change). */
  shortDays: number[];
  /**
   * Series that could not get a slot: more series than postsPerDay.max on a day ('crowded'), or no time of the
   * series window exists that day, a DST change skipping all of it ('clock').
   */
  droppedSeries: { day: number; series: Series; reason: 'crowded' | 'clock' }[];
  /** Posts wanted per day. Every day gets postsPerDay.max slots so marketing has room; the planner trims
   *  to this count afterwards wherever the rules allow. */
  wanted: Map<number, number>;
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Minutes inside [lo, hi) that exist on this day, preferring a point spread around the middle of the part. */
function pickMinute(window: Window, part: number, parts: number, day: number, clock: ZoneClock, random: () => number, taken: Set<number>): number | null {
  const lo = window.start + Math.ceil((part * (window.end - window.start)) / parts);
  const hi = Math.min(window.end - 1, window.start + Math.floor(((part + 1) * (window.end - window.start)) / parts) - 1);
  if (hi < lo) return null;
  const width = hi - lo + 1;
  const grid = width >= 20 ? 5 : 1;
  let preferred = lo + Math.floor(width / 4 + random() * (width / 2));
  preferred = Math.max(lo, Math.min(hi, Math.floor(preferred / grid) * grid));
  const order: number[] = [];
  for (let delta = 0; delta <= width; delta++) {
    if (preferred + delta <= hi) order.push(preferred + delta);
    if (delta > 0 && preferred - delta >= lo) order.push(preferred - delta);
  }
  // Two posts minutes apart look like a bot; keep half an hour between posts when the windows allow it.
  for (const spacing of [30, 10, 1]) {
    for (const m of order) {
      if ([...taken].every((x) => Math.abs(x - m) >= spacing) && clock.instantOf(day, m)) return m;
    }
  }
  return null;
}

export function daySlots(req: DaySlotsRequest): DaySlotsResult {
  const { rules, clock, random } = req;
  const windows = rules.windows.map((w) => parseWindow(w)).filter((w): w is Window => w !== null);
  const slots: Slot[] = [];
  const shortDays: number[] = [];
  const droppedSeries: DaySlotsResult['droppedSeries'] = [];
  const wantedByDay = new Map<number, number>();
  const { min, max } = rules.postsPerDay;
  const whole = Math.floor(req.averagePosts);
  const fraction = req.averagePosts - whole;

  for (const day of req.days) {
    const weekday = weekdayOfDay(day);
    if (rules.restDays.includes(weekday)) continue;
    const quiet = req.isQuiet(day);
    const iso = isoOfDay(day);
    const series = rules.series.filter((s) => s.day === weekday);
    let wanted = Math.min(max, Math.max(min, whole + (random() < fraction ? 1 : 0)));
    const keptSeries = series.slice(0, max);
    for (const s of series.slice(max)) droppedSeries.push({ day, series: s, reason: 'crowded' });
    wanted = Math.max(wanted, keptSeries.length);
    wantedByDay.set(day, wanted);
    const taken = new Set<number>();
    const daySlots: { minute: number; series: Series | null }[] = [];

    for (const s of keptSeries) {
      const w = parseWindow(s.window);
      const minute = w ? pickMinute(w, 0, 1, day, clock, random, taken) : null;
      if (minute === null) {
        droppedSeries.push({ day, series: s, reason: 'clock' });
        continue;
      }
      taken.add(minute);
      daySlots.push({ minute, series: s });
    }
    const normal = max - daySlots.length;
    if (normal > 0 && windows.length > 0) {
      // Spread over distinct windows first; several posts share a window only when there are more posts than windows.
      const perWindow = new Map<number, number>();
      const order = shuffle(
        windows.map((_, i) => i),
        random,
      );
      for (let k = 0; k < normal; k++) perWindow.set(order[k % order.length]!, (perWindow.get(order[k % order.length]!) ?? 0) + 1);
      let unplaced = 0;
      for (const [wi, count] of [...perWindow.entries()].sort((a, b) => a[0] - b[0])) {
        const w = windows[wi]!;
        for (let part = 0; part < count; part++) {
          let minute = pickMinute(w, part, count, day, clock, random, taken);
          // The part may be erased by a DST gap or too narrow; any free minute of the window will do.
          if (minute === null) minute = pickMinute(w, 0, 1, day, clock, random, taken);
          if (minute === null) {
            unplaced++;
            continue;
          }
          taken.add(minute);
          daySlots.push({ minute, series: null });
        }
      }
      // A window a DST change erases (01:05–01:55 on the night clocks spring forward) hands its posts to the
      // windows that still exist that day, rather than leaving the day short of postsPerDay.min.
      for (let k = 0; k < unplaced; k++) {
        let minute: number | null = null;
        for (const wi of order) {
          minute = pickMinute(windows[wi]!, 0, 1, day, clock, random, taken);
          if (minute !== null) break;
        }
        if (minute === null) break;
        taken.add(minute);
        daySlots.push({ minute, series: null });
      }
    }
    if (daySlots.length < min) shortDays.push(day);
    daySlots.sort((a, b) => a.minute - b.minute);
    for (const s of daySlots) {
      const instant = clock.instantOf(day, s.minute)!;
      slots.push({
        index: slots.length,
        day,
        iso,
        minute: s.minute,
        epochMs: instant.epochMs,
        offsetMinutes: instant.offsetMinutes,
        series: s.series,
        quiet,
        leadUp: null,
      });
    }
  }
  return { slots, shortDays, droppedSeries, wanted: wantedByDay };
}
