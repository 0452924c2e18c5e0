// verify(): checks a finished plan against every density guarantee, from the plan JSON alone plus its
// neighbours. Written apart from the planner and sharing none of its search or bookkeeping, so a planner
// bug shows up here as a named violation instead of a written plan that breaks a rule.
import type { Text } from '../i18n/text.js';
import type { Plan, Post } from '../model/plan.js';
import { msg } from './messages.js';
import type { RuleId } from './types.js';
import { textKey } from '../model/text-key.js';
import { EMOJI_SEQUENCE, NOT_SYMBOL } from '../model/emoji.js';
import { fixedOffset } from '../model/fixed-zones.js';

export interface VerifyContext {
  /** This persona's other plans (earlier and later labels); never the plan itself. */
  history: readonly Plan[];
  /** Teammates' plans that may share days with this one. */
  team: readonly Plan[];
  /** Words no post may contain (the persona's voice.avoid and the policy's bannedWords), when known. */
  words?: readonly string[];
  /** The persona's voice has no emoji (voice.emoji none), when known: no post or chat script may carry one. */
  noEmoji?: boolean;
  /** Intl formatters by zone, kept by the caller across many verify() calls in one run. */
  formatters?: Map<string, Intl.DateTimeFormat>;
  /**
   * History plans' posts with their times, kept by the caller across a run: week 13 of a quarter checks against
   * the twelve weeks before it, and reading their times again for every week grew with the square of the weeks.
   */
  times?: WeakMap<Plan, readonly TimedPost[]>;
  /**
   * The persona's live streams (local "YYYY-MM-DDTHH:MM" and product), when known: each live post must lead up to
   * one of them, in the days before it starts.
   */
  events?: readonly { at: string; product: string }[];
}

/** An emoji: what a persona whose voice has none never posts. */
const EMOJI = new RegExp(`${NOT_SYMBOL}${EMOJI_SEQUENCE}`, 'u');

/** Local days before a stream's date its lead-ups may go out: the planner uses the day itself and the two before (a margin of one). */
const LEAD_UP_DAYS = 3;

export interface Violation {
  rule: RuleId;
  persona: string;
  date?: string;
  message: Text;
}

const AT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?([+-]\d{2}:\d{2}|Z)$/;
const WEEKDAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

/** Minutes since midnight of "HH:MM". */
function minutesOfClock(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/** Milliseconds of a wall time "YYYY-MM-DD HH:MM" read as if it were UTC: wall times compared by arithmetic. */
function naiveOf(wall: string): number {
  return Date.parse(`${wall.slice(0, 10)}T${wall.slice(11, 16)}:00Z`);
}

/** A post's time as verify() reads it from `at` alone: local date, minute of the day, day number, instant. */
export interface PostTime {
  date: string;
  minute: number;
  day: number;
  epoch: number;
}

/** A post with its time read (posts whose `at` cannot be read are left out of history). */
export interface TimedPost {
  post: Post;
  at: PostTime;
}

function local(at: string): PostTime | null {
  const m = AT.exec(at);
  if (!m) return null;
  const date = m[1]!;
  return { date, minute: Number(m[2]) * 60 + Number(m[3]), day: Date.parse(`${date}T00:00:00Z`) / DAY_MS, epoch: Date.parse(at) };
}

function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function weekdayName(date: string): string {
  return WEEKDAY_NAMES[new Date(`${date}T00:00:00Z`).getUTCDay()]!;
}

function windowBounds(text: string): [number, number] | null {
  const m = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/.exec(text);
  return m ? [Number(m[1]) * 60 + Number(m[2]), Number(m[3]) * 60 + Number(m[4])] : null;
}

function inWindow(minute: number, text: string): boolean {
  const b = windowBounds(text);
  return !!b && minute >= b[0] && minute <= b[1];
}

const WALL_CLOCK = /^(\d{4}-\d{2}-\d{2}),? (\d{2}:\d{2})$/;

/**
 * Reads instants as wall-clock time in a zone ("2026-11-01 01:30"): by arithmetic in a zone of one offset
 * (src/model/fixed-zones.ts, checked against ICU by its test), else through Intl, one formatter per verify() call.
 */
function wallClockIn(timezone: string, formatters: Map<string, Intl.DateTimeFormat> | undefined): (epoch: number) => string {
  let viaIcu: ((epoch: number) => string) | null = null;
  return (epoch) => {
    const fixed = fixedOffset(timezone, epoch);
    if (fixed === null) return (viaIcu ??= icuWallClock(timezone, formatters))(epoch);
    const iso = new Date(epoch + fixed * 60_000).toISOString();
    return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
  };
}

function icuWallClock(timezone: string, formatters: Map<string, Intl.DateTimeFormat> | undefined): (epoch: number) => string {
  const format =
    formatters?.get(timezone) ??
    new Intl.DateTimeFormat('en-CA', {
      timeZone: timezone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
  formatters?.set(timezone, format);
  return (epoch) => {
    // format() is several times cheaper than formatToParts(); its en-CA shape is "2026-11-01, 01:30".
    const quick = WALL_CLOCK.exec(format.format(epoch));
    if (quick) return `${quick[1]} ${quick[2]}`;
    const parts = format.formatToParts(epoch);
    const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
  };
}

/** Whether a text uses a word: anywhere for Chinese, as a whole word for Latin script ("hun" is not in "hunting"). */
function mentionOf(word: string): ((text: string) => boolean) | null {
  const w = word.trim();
  if (!w) return null;
  if (!/[A-Za-z0-9]/.test(w)) return (text) => text.includes(w);
  const escaped = w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const latin = /[A-Za-z0-9]/;
  const before = latin.test(w[0]!) ? '(?<![A-Za-z0-9])' : '';
  const after = latin.test(w[w.length - 1]!) ? '(?![A-Za-z0-9])' : '';
  const pattern = new RegExp(`${before}${escaped}${after}`, 'i');
  return (text) => pattern.test(text);
}

/** Repeated texts are looked for this many days either side of a post (a quarter, as the planner does). */
const TEXT_MEMORY_DAYS = 91;

const fmt = (x: number) => String(Math.round(x * 1000) / 1000);

export function verify(plan: Plan, ctx: VerifyContext): Violation[] {
  const out: Violation[] = [];
  const persona = plan.persona.id;
  const rules = plan.rules;
  // Campaign allowances, read from the plan itself: a date inside one, and the loosest one a window touches.
  const campaigns = rules.campaigns ?? [];
  const campaignOf = (date: string) => campaigns.find((c) => c.from <= date && date <= c.to);
  const perDayCap = (date: string) => campaignOf(date)?.maxMarketingPerDay ?? rules.maxMarketingPerDay;
  const gapFor = (a: string, b: string) => {
    const c = campaignOf(a);
    return c && c === campaignOf(b) ? c.minHoursBetweenMarketing : rules.minHoursBetweenMarketing;
  };
  const windowCaps = (from: string, to: string) => {
    const touching = campaigns.filter((c) => !(c.to < from || c.from > to));
    return {
      share: Math.max(rules.maxMarketingShare, ...touching.map((c) => c.maxMarketingShare)),
      budget: Math.max(rules.weeklySalesinessBudget, ...touching.map((c) => c.weeklySalesinessBudget)),
    };
  };
  const add = (rule: RuleId, message: Text, date?: string) => out.push({ rule, persona, message, ...(date ? { date } : {}) });
  const fromDay = Date.parse(`${plan.range.from}T00:00:00Z`) / DAY_MS;
  const toDay = Date.parse(`${plan.range.to}T00:00:00Z`) / DAY_MS;

  const mine: TimedPost[] = [];
  for (const post of plan.posts) {
    const at = local(post.at);
    if (!at) {
      add('windows', msg('verify.offset', { post: post.id, at: post.at, timezone: plan.persona.timezone, offset: '?' }));
      continue;
    }
    mine.push({ post, at });
  }

  // 1. Windows, DST-real local times, range, rest days, posts per day, series.
  const wallClock = wallClockIn(plan.persona.timezone, ctx.formatters);
  /**
   * The instant of a local time on a date, or null when it does not exist: it shows on the clock under the offset
   * of the day before or the day after (the earlier instant first: a repeated time is its first occurrence).
   */
  const epochOf = (date: string, minute: number): number | null => {
    const naive = Date.parse(`${date}T00:00:00Z`) + minute * MINUTE_MS;
    const wall = `${date} ${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
    const candidates = [naive - DAY_MS, naive + DAY_MS].map((probe) => naive - (naiveOf(wallClock(probe)) - probe)).sort((a, b) => a - b);
    return candidates.find((e) => wallClock(e) === wall) ?? null;
  };
  const exists = (date: string, minute: number): boolean => epochOf(date, minute) !== null;
  /** A window a DST change skips entirely has no time for a ritual that day (a gap is one stretch: both ends in it). */
  const windowExists = (date: string, window: string): boolean => {
    const b = windowBounds(window);
    return !b || exists(date, b[0]) || exists(date, b[1] - 1);
  };
  for (const { post, at } of mine) {
    const wall = `${at.date} ${post.at.slice(11, 16)}`;
    const actual = wallClock(at.epoch);
    if (actual !== wall) add('windows', msg('verify.offset', { post: post.id, at: post.at, timezone: plan.persona.timezone, offset: actual }), at.date);
    else {
      // A time the clocks repeat means its first occurrence: the wall clock went back within the three hours
      // before this instant, and showed this time once already.
      const back = 180 - (naiveOf(wall) - naiveOf(wallClock(at.epoch - 3 * HOUR_MS))) / MINUTE_MS;
      if (back > 0 && wallClock(at.epoch - back * MINUTE_MS) === wall) {
        add('windows', msg('verify.second-occurrence', { post: post.id, at: post.at, time: post.at.slice(11, 16), date: at.date, timezone: plan.persona.timezone }), at.date);
      }
    }
    if (at.day < fromDay || at.day > toDay) add('windows', msg('verify.outside-range', { post: post.id, date: at.date, from: plan.range.from, to: plan.range.to }), at.date);
    const weekday = weekdayName(at.date);
    const windows = [...rules.windows, ...rules.series.filter((s) => s.day === weekday).map((s) => s.window)];
    if (!windows.some((w) => inWindow(at.minute, w))) {
      add('windows', msg('verify.outside-window', { post: post.id, time: post.at.slice(11, 16), windows: windows.join(', ') }), at.date);
    }
  }
  // Live lead-ups: before a stream of their product, never after it.
  if (ctx.events) {
    const streams = ctx.events.map((ev) => ({
      product: ev.product,
      day: Date.parse(`${ev.at.slice(0, 10)}T00:00:00Z`) / DAY_MS,
      epoch: epochOf(ev.at.slice(0, 10), minutesOfClock(ev.at.slice(11, 16))),
    }));
    for (const { post, at } of mine) {
      if (post.kind !== 'live') continue;
      // Counted in local dates, as the planner places them (the day or the days before): a DST change in between
      // makes those days 23 or 25 hours long.
      const led = streams.some((s) => s.epoch !== null && (post.product === null || s.product === post.product) && s.epoch > at.epoch && s.day - at.day <= LEAD_UP_DAYS);
      if (!led) add('lead-ups', msg('verify.lead-up-after', { post: post.id, at: post.at, product: post.product ?? '?', days: LEAD_UP_DAYS }), at.date);
    }
  }
  for (let day = fromDay; day <= toDay; day++) {
    const date = dateOfDay(day);
    const weekday = weekdayName(date);
    const posts = mine.filter((m) => m.at.date === date);
    if (rules.restDays.includes(weekday as never)) {
      if (posts.length > 0) add('rest-days', msg('verify.rest-day', { date, count: posts.length }), date);
      continue;
    }
    if (posts.length < rules.postsPerDay.min || posts.length > rules.postsPerDay.max) {
      add('posts-per-day', msg('verify.posts-per-day', { date, count: posts.length, min: rules.postsPerDay.min, max: rules.postsPerDay.max }), date);
    }
    for (const s of rules.series.filter((x) => x.day === weekday).slice(0, rules.postsPerDay.max)) {
      if (!posts.some((m) => m.post.series === s.name && inWindow(m.at.minute, s.window)) && windowExists(date, s.window)) {
        add('series', msg('verify.series-missing', { date, series: s.name, window: s.window }), date);
      }
    }
    const byTopic = new Map<string, string[]>();
    for (const m of posts) if (m.post.topic) byTopic.set(m.post.topic, [...(byTopic.get(m.post.topic) ?? []), m.post.id]);
    for (const [topic, ids] of byTopic) if (ids.length > 1) add('topic-per-day', msg('verify.topic-per-day', { date, topic, posts: ids.join(', ') }), date);
  }

  // 2. Marketing flag, per day, gaps, quiet days.
  for (const { post, at } of mine) {
    const must = post.kind === 'product' || post.kind === 'live' || post.salesiness >= rules.marketingThreshold;
    if (must && !post.marketing) {
      add('marketing-flag', msg('verify.marketing-flag', { post: post.id, kind: post.kind, salesiness: post.salesiness, threshold: rules.marketingThreshold }), at.date);
    }
    if (post.marketing && rules.quietDays.includes(at.date)) add('quiet-days', msg('verify.quiet-day', { post: post.id, date: at.date }), at.date);
  }
  const timed = (h: Plan): readonly TimedPost[] => {
    const known = ctx.times?.get(h);
    if (known) return known;
    const list: TimedPost[] = [];
    for (const post of h.posts) {
      const at = local(post.at);
      if (at) list.push({ post, at });
    }
    ctx.times?.set(h, list);
    return list;
  };
  const all: TimedPost[] = mine.concat(...ctx.history.map(timed));
  const marketingByDate = new Map<string, number>();
  for (const m of mine) if (m.post.marketing) marketingByDate.set(m.at.date, (marketingByDate.get(m.at.date) ?? 0) + 1);
  for (const [date, count] of marketingByDate) {
    if (count > perDayCap(date)) add('marketing-per-day', msg('verify.marketing-per-day', { date, count, max: perDayCap(date) }), date);
  }
  const marketing = all.filter((m) => m.post.marketing).sort((a, b) => a.at.epoch - b.at.epoch);
  const mineIds = new Set(mine.map((m) => m.post.id));
  for (let i = 1; i < marketing.length; i++) {
    const a = marketing[i - 1]!;
    const b = marketing[i]!;
    if (!mineIds.has(a.post.id) && !mineIds.has(b.post.id)) continue;
    const hours = (b.at.epoch - a.at.epoch) / 3_600_000;
    const min = gapFor(a.at.date, b.at.date);
    if (hours < min) add('marketing-gap', msg('verify.marketing-gap', { first: a.post.at, second: b.post.at, hours: fmt(hours), min }), b.at.date);
  }

  // 3. Every 7 consecutive days that touch this plan, counting whatever posts exist in them.
  const perDay = new Map<number, { posts: number; marketing: number; salesiness: number }>();
  for (const m of all) {
    let d = perDay.get(m.at.day);
    if (!d) perDay.set(m.at.day, (d = { posts: 0, marketing: 0, salesiness: 0 }));
    d.posts++;
    if (m.post.marketing) d.marketing++;
    d.salesiness += m.post.salesiness;
  }
  for (let start = fromDay - 6; start <= toDay; start++) {
    let count = 0;
    let marketingCount = 0;
    let sum = 0;
    for (let day = start; day <= start + 6; day++) {
      const d = perDay.get(day);
      if (!d) continue;
      count += d.posts;
      marketingCount += d.marketing;
      sum += d.salesiness;
    }
    const from = dateOfDay(start);
    const to = dateOfDay(start + 6);
    const caps = windowCaps(from, to);
    if (marketingCount > caps.share * count + 1e-9) {
      add('rolling-share', msg('verify.rolling-share', { from, to, marketing: marketingCount, posts: count, share: caps.share }), from);
    }
    if (sum > caps.budget + 1e-9) {
      add('salesiness-budget', msg('verify.salesiness-budget', { from, to, sum: fmt(sum), budget: caps.budget }), from);
    }
  }

  // 4. Cooldowns, repeated text, words to avoid, teammates' templates.
  const byTemplate = new Map<string, TimedPost[]>();
  const byText = new Map<string, TimedPost[]>();
  const push = <T,>(map: Map<string, T[]>, key: string, item: T) => {
    const list = map.get(key);
    if (list) list.push(item);
    else map.set(key, [item]);
  };
  // By key, as the texts of long runs' earlier weeks are remembered; this plan's keys are hashed once.
  const keyOf = new Map<Post, string>();
  for (const m of mine) keyOf.set(m.post, textKey(m.post.text));
  for (const m of all) {
    push(byTemplate, m.post.template, m);
    push(byText, keyOf.get(m.post) ?? textKey(m.post.text), m);
  }
  const words = (ctx.words ?? []).flatMap((word) => {
    const mentioned = mentionOf(word);
    return mentioned ? [{ word, mentioned }] : [];
  });
  for (const { post, at } of mine) {
    // A pair inside this plan is reported once, on its later post.
    const counts = (other: TimedPost) => other.post !== post && (mineIds.has(other.post.id) ? other.at.epoch > at.epoch : true);
    for (const other of byTemplate.get(post.template) ?? []) {
      if (!counts(other)) continue;
      const days = Math.max(post.cooldownDays, other.post.cooldownDays);
      if (Math.abs(other.at.day - at.day) <= days) {
        add('cooldown', msg('verify.cooldown', { post: post.id, template: post.template, other: other.post.at.slice(0, 10), days }), at.date);
      }
    }
    for (const other of byText.get(keyOf.get(post)!) ?? []) {
      if (counts(other) && Math.abs(other.at.day - at.day) <= TEXT_MEMORY_DAYS) add('unique-text', msg('verify.unique-text', { post: post.id, other: other.post.id }), at.date);
    }
    const word = words.find((w) => w.mentioned(post.text))?.word;
    if (word) add('voice', msg('verify.voice', { post: post.id, word }), at.date);
    const emoji = ctx.noEmoji ? [post.text, ...post.chats.map((c) => c.text)].join('\n').match(EMOJI)?.[0] : undefined;
    if (emoji) add('voice', msg('verify.emoji', { post: post.id, emoji }), at.date);
    // The companion chat scripts speak in the persona's voice too.
    for (const chat of post.chats) {
      const said = words.find((w) => w.mentioned(chat.text))?.word;
      if (said) add('voice', msg('verify.voice-chat', { post: post.id, stage: chat.stage, word: said }), at.date);
    }
  }
  if (plan.persona.team) {
    const users = new Map<string, Set<string>>();
    for (const p of [plan, ...ctx.team]) {
      if (p.persona.team !== plan.persona.team) continue;
      for (const post of p.posts) {
        const key = `${post.at.slice(0, 10)} ${post.template}`;
        const who = users.get(key);
        if (who) who.add(p.persona.id);
        else users.set(key, new Set([p.persona.id]));
      }
    }
    for (const { post, at } of mine) {
      const who = users.get(`${at.date} ${post.template}`)!;
      if (who.size > rules.maxPersonasPerTemplatePerDay) {
        add(
          'team-template',
          msg('verify.team-template', { date: at.date, template: post.template, count: who.size, team: plan.persona.team, personas: [...who].sort().join(', '), max: rules.maxPersonasPerTemplatePerDay }),
          at.date,
        );
      }
    }
  }
  return out;
}
