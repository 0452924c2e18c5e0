// What several views derive from a plan without recomputing it: local dates, day groups, density sums.
import type { Weekday } from '../model/common.js';
import type { Plan, Post } from '../model/plan.js';
import type { Lang } from '../i18n/text.js';
import { t } from '../i18n/translate.js';
import { msg } from './messages.js';
import { productName, topicName } from './names.js';
import type { FormatOptions } from './types.js';
import { byCodePoint } from '../model/order.js';

const WEEKDAY_BY_UTC_DAY: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** `at` carries the persona's own offset (plan contract), so its date and clock time are local. */
export function localDate(post: Post): string {
  return post.at.slice(0, 10);
}

export function localTime(post: Post): string {
  return post.at.slice(11, 16);
}

export function weekdayOf(date: string): Weekday {
  const d = new Date(`${date}T00:00:00Z`);
  return WEEKDAY_BY_UTC_DAY[d.getUTCDay()]!;
}

export function datesOf(plan: Plan): string[] {
  const out: string[] = [];
  const end = new Date(`${plan.range.to}T00:00:00Z`).getTime();
  for (let ms = new Date(`${plan.range.from}T00:00:00Z`).getTime(); ms <= end; ms += 86_400_000) {
    out.push(new Date(ms).toISOString().slice(0, 10));
  }
  return out;
}

export interface PlanDay {
  date: string;
  weekday: Weekday;
  posts: Post[];
  marketing: number;
  salesiness: number;
  rest: boolean;
  quiet: boolean;
}

/** Posts sorted by instant and grouped by local date, one entry per date of the range. */
export function planDays(plan: Plan): PlanDay[] {
  const sorted = sortedPosts(plan);
  return datesOf(plan).map((date) => {
    const posts = sorted.filter((p) => localDate(p) === date);
    const weekday = weekdayOf(date);
    return {
      date,
      weekday,
      posts,
      marketing: posts.filter((p) => p.marketing).length,
      salesiness: sum(posts.map((p) => p.salesiness)),
      rest: plan.rules.restDays.includes(weekday),
      quiet: plan.rules.quietDays.includes(date),
    };
  });
}

export function sortedPosts(plan: Plan): Post[] {
  return [...plan.posts].sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || byCodePoint(a.id, b.id));
}

export interface Density {
  posts: number;
  marketing: number;
  share: number;
  /** Summed salesiness of the plan's busiest 7 days (all of it for a week): what weeklySalesinessBudget caps. */
  salesiness: number;
}

export function density(plan: Plan): Density {
  const posts = plan.posts.length;
  const marketing = plan.posts.filter((p) => p.marketing).length;
  return { posts, marketing, share: posts === 0 ? 0 : marketing / posts, salesiness: busiestWeek(plan) };
}

const DAY_MS = 86_400_000;

/** The largest salesiness summed over 7 consecutive local days of the plan (a 13-week total is no budget figure). */
function busiestWeek(plan: Plan): number {
  const byDay = new Map<number, number[]>();
  for (const p of plan.posts) {
    const day = Date.parse(p.at.slice(0, 10)) / DAY_MS;
    (byDay.get(day) ?? byDay.set(day, []).get(day)!).push(p.salesiness);
  }
  const from = Date.parse(plan.range.from) / DAY_MS;
  const to = Date.parse(plan.range.to) / DAY_MS;
  let best = 0;
  for (let start = from; start <= Math.max(from, to - 6); start++) {
    const values: number[] = [];
    for (let d = start; d < start + 7; d++) values.push(...(byDay.get(d) ?? []));
    best = Math.max(best, sum(values));
  }
  return best;
}

function sum(values: number[]): number {
  // Rounded so 0.1 + 0.2 shows as 0.3 in every view.
  return Math.round(values.reduce((a, b) => a + b, 0) * 1000) / 1000;
}

/** Two decimals at most, no trailing zeros: 0.55, 0.5, 2. */
export function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

export function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

export function kindLabel(lang: Lang, kind: Post['kind']): string {
  return t(lang, msg(`kind-${kind}`));
}

export function weekdayLabel(lang: Lang, weekday: Weekday): string {
  return t(lang, msg(`day-${weekday}`));
}

/** "topic / product", whichever the post has, by the names a reader knows ("茶 / 福鼎寿眉", not "tea / fuding-shoumei"). */
export function subject(post: Post, lang: Lang, options: Pick<FormatOptions, 'products'> = {}): string {
  const parts: string[] = [];
  if (post.topic) parts.push(topicName(lang, post.topic));
  if (post.product) parts.push(productName(options, post.product));
  return parts.join(' / ');
}

/** SUMMARY-style one-liner: "Lifestyle · tea". */
export function headline(lang: Lang, post: Post, options: Pick<FormatOptions, 'products'> = {}): string {
  const about = subject(post, lang, options);
  return about ? `${kindLabel(lang, post.kind)} · ${about}` : kindLabel(lang, post.kind);
}

/** The campaign a post's local date falls in, if the plan records any (persona.config.yaml campaigns). */
export function campaignOf(plan: Plan, post: Post): string | null {
  const date = localDate(post);
  return plan.rules.campaigns?.find((c) => c.from <= date && date <= c.to)?.name ?? null;
}
