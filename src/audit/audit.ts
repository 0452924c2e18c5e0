// `persona audit`: what was actually posted, against the persona's density rules (per day, gaps, every rolling
// 7 days, quiet and rest days) and the lint engine. Written apart from the planner: history has no declared
// salesiness or template, only times, texts and, at best, a kind.
import type { Text } from '../i18n/text.js';
import type { Locale } from '../model/common.js';
import type { PlanRules } from '../model/plan.js';
import type { RuleId } from '../plan/types.js';
import { createZoneClocks, dayNumber, formatInstant, isoOfDay, weekdayOfDay } from '../plan/time.js';
import type { HistoryKind, HistoryPost } from './history.js';
import { msg } from './messages.js';
import { byCodePoint } from '../model/order.js';

const HOUR_MS = 3_600_000;
const EPSILON = 1e-9;

/** The lint engine's contract as audit uses it (src/lint/score.ts `Scorer`). */
export interface AuditScorer {
  score(text: string, locale: Locale, context?: { avoid?: readonly string[] }): { salesiness: number; hits: readonly { ruleId: string; match: string; severity: string; mention?: boolean }[] };
}

export type AuditRule = Extract<RuleId, 'marketing-per-day' | 'marketing-gap' | 'rolling-share' | 'salesiness-budget' | 'quiet-days' | 'posts-per-day' | 'rest-days'> | 'lint';
export const AUDIT_RULES: readonly AuditRule[] = ['marketing-per-day', 'marketing-gap', 'rolling-share', 'salesiness-budget', 'quiet-days', 'posts-per-day', 'rest-days', 'lint'];

export interface AuditInput {
  persona: { id: string; name: string; timezone: string; locale: Locale; avoid: readonly string[] };
  rules: PlanRules;
  posts: readonly HistoryPost[];
  scorer: AuditScorer;
  /** Quiet days beyond rules.quietDays (the calendar's built-in ones), by local date. */
  isQuiet?: (isoDate: string) => boolean;
}

export interface AuditedPost {
  line: number;
  /** The instant in the persona's zone, ISO 8601 with offset. */
  at: string;
  date: string;
  kind: HistoryKind | null;
  salesiness: number;
  marketing: boolean;
}

export interface Violation {
  rule: AuditRule;
  /** First and last local date the violation covers (the same for a one-day rule). */
  from: string;
  to: string;
  /** Export lines of the posts involved. */
  lines: number[];
  message: Text;
  /** The numbers, for JSON readers. */
  data: Readonly<Record<string, number | string>>;
}

export interface AuditReport {
  persona: string;
  from: string;
  to: string;
  posts: AuditedPost[];
  violations: Violation[];
}

const r2 = (x: number) => Math.round(x * 100) / 100;
const pct = (x: number) => `${Math.round(x * 100)}%`;

export function audit(input: AuditInput): AuditReport {
  const { rules, persona } = input;
  const clock = createZoneClocks()(persona.timezone);
  const quiet = (iso: string) => rules.quietDays.includes(iso) || (input.isQuiet?.(iso) ?? false);
  const violations: Violation[] = [];

  const posts = [...input.posts]
    .sort((a, b) => a.epochMs - b.epochMs || a.line - b.line)
    .map((p) => {
      const offset = clock.offsetAt(p.epochMs);
      const at = formatInstant(p.epochMs, offset);
      const measured = input.scorer.score(p.text, persona.locale, { avoid: persona.avoid });
      // A post its author calls product or live is marketing whatever it measures, and weighs at least the
      // threshold in the weekly budget (the planner's product templates declare about that much).
      const marketingKind = p.kind === 'product' || p.kind === 'live';
      const salesiness = marketingKind ? Math.max(measured.salesiness, rules.marketingThreshold) : measured.salesiness;
      const errors = measured.hits.filter((h) => h.severity === 'error' && !h.mention);
      return {
        post: { line: p.line, at, date: at.slice(0, 10), kind: p.kind, salesiness: r2(salesiness), marketing: marketingKind || measured.salesiness >= rules.marketingThreshold } satisfies AuditedPost,
        epochMs: p.epochMs,
        errors,
      };
    });
  if (posts.length === 0) return { persona: persona.id, from: '', to: '', posts: [], violations: [] };

  // Lint: hard calls to action, urgency, prices, advertising-law claims … in what actually went out.
  for (const { post, errors } of posts) {
    if (errors.length === 0) continue;
    const found = errors.map((h) => `${h.ruleId} "${h.match}"`).join(', ');
    violations.push({ rule: 'lint', from: post.date, to: post.date, lines: [post.line], message: msg('v.lint', { at: post.at.slice(0, 16).replace('T', ' '), line: post.line, found }), data: { errors: errors.length } });
  }

  const byDate = new Map<string, typeof posts>();
  for (const p of posts) byDate.set(p.post.date, [...(byDate.get(p.post.date) ?? []), p]);
  for (const [date, list] of byDate) {
    const marketing = list.filter((p) => p.post.marketing);
    const lines = list.map((p) => p.post.line);
    const weekday = weekdayOfDay(dayNumber(date));
    if (rules.restDays.includes(weekday)) {
      violations.push({ rule: 'rest-days', from: date, to: date, lines, message: msg('v.rest-day', { date, weekday: msg(`wd.${weekday}`), count: list.length }), data: { posts: list.length } });
    } else if (list.length > rules.postsPerDay.max) {
      violations.push({ rule: 'posts-per-day', from: date, to: date, lines, message: msg('v.posts-per-day', { date, count: list.length, max: rules.postsPerDay.max }), data: { posts: list.length, max: rules.postsPerDay.max } });
    }
    if (marketing.length > rules.maxMarketingPerDay) {
      violations.push({
        rule: 'marketing-per-day',
        from: date,
        to: date,
        lines: marketing.map((p) => p.post.line),
        message: msg('v.marketing-per-day', { date, count: marketing.length, max: rules.maxMarketingPerDay }),
        data: { marketing: marketing.length, max: rules.maxMarketingPerDay },
      });
    }
    if (marketing.length > 0 && quiet(date)) {
      violations.push({
        rule: 'quiet-days',
        from: date,
        to: date,
        lines: marketing.map((p) => p.post.line),
        message: msg('v.quiet-day', { date, count: marketing.length, times: marketing.map((p) => p.post.at.slice(11, 16)).join(', ') }),
        data: { marketing: marketing.length },
      });
    }
  }

  const marketing = posts.filter((p) => p.post.marketing);
  for (let i = 1; i < marketing.length; i++) {
    const a = marketing[i - 1]!;
    const b = marketing[i]!;
    const hours = (b.epochMs - a.epochMs) / HOUR_MS;
    if (hours + EPSILON < rules.minHoursBetweenMarketing) {
      violations.push({
        rule: 'marketing-gap',
        from: a.post.date,
        to: b.post.date,
        lines: [a.post.line, b.post.line],
        message: msg('v.marketing-gap', { first: a.post.at.slice(0, 16).replace('T', ' '), second: b.post.at.slice(0, 16).replace('T', ' '), hours: r2(hours), min: rules.minHoursBetweenMarketing }),
        data: { hours: r2(hours), min: rules.minHoursBetweenMarketing },
      });
    }
  }

  // Every 7 consecutive local days inside the history (a window hanging over its edges would judge days
  // nobody exported). Overlapping windows that break the same rule are one violation, shown by its worst window.
  const firstDay = dayNumber(posts[0]!.post.date);
  const lastDay = dayNumber(posts[posts.length - 1]!.post.date);
  const windows: { start: number; posts: number; marketing: number; sum: number; lines: number[] }[] = [];
  for (let start = firstDay; start <= Math.max(firstDay, lastDay - 6); start++) {
    const inside = posts.filter((p) => {
      const d = dayNumber(p.post.date);
      return d >= start && d <= start + 6;
    });
    windows.push({
      start,
      posts: inside.length,
      marketing: inside.filter((p) => p.post.marketing).length,
      sum: inside.reduce((s, p) => s + p.post.salesiness, 0),
      lines: inside.filter((p) => p.post.marketing || p.post.salesiness > 0).map((p) => p.post.line),
    });
  }
  type Window = (typeof windows)[number];
  type Run = { first: Window; last: Window; worst: Window; count: number };
  const runs = (failing: (w: Window) => boolean, worse: (a: Window, b: Window) => number): Run[] => {
    const out: Run[] = [];
    let current: Run | null = null;
    for (const w of windows) {
      if (!failing(w)) {
        current = null;
        continue;
      }
      if (current && w.start === current.last.start + 1) {
        current.last = w;
        current.count += 1;
        if (worse(w, current.worst) > 0) current.worst = w;
      } else {
        current = { first: w, last: w, worst: w, count: 1 };
        out.push(current);
      }
    }
    return out;
  };
  const span = (run: Run) =>
    run.count > 1 ? msg('v.windows', { count: run.count, from: isoOfDay(run.first.start), to: isoOfDay(run.last.start + 6) }) : '';

  const share = rules.maxMarketingShare;
  for (const run of runs((w) => w.marketing > share * w.posts + EPSILON, (a, b) => a.marketing / a.posts - b.marketing / b.posts)) {
    const w = run.worst;
    violations.push({
      rule: 'rolling-share',
      from: isoOfDay(run.first.start),
      to: isoOfDay(run.last.start + 6),
      lines: w.lines,
      message: msg('v.rolling-share', {
        from: isoOfDay(w.start),
        to: isoOfDay(w.start + 6),
        marketing: w.marketing,
        posts: w.posts,
        share: pct(w.marketing / w.posts),
        max: pct(share),
        allowed: Math.floor(share * w.posts + EPSILON),
        span: span(run),
      }),
      data: { marketing: w.marketing, posts: w.posts, maxShare: share, windows: run.count },
    });
  }
  const budget = rules.weeklySalesinessBudget;
  for (const run of runs((w) => w.sum > budget + EPSILON, (a, b) => a.sum - b.sum)) {
    const w = run.worst;
    violations.push({
      rule: 'salesiness-budget',
      from: isoOfDay(run.first.start),
      to: isoOfDay(run.last.start + 6),
      lines: w.lines,
      message: msg('v.salesiness-budget', { from: isoOfDay(w.start), to: isoOfDay(w.start + 6), sum: r2(w.sum), budget, span: span(run) }),
      data: { salesiness: r2(w.sum), budget, windows: run.count },
    });
  }

  const order = (v: Violation) => AUDIT_RULES.indexOf(v.rule);
  violations.sort((a, b) => byCodePoint(a.from, b.from) || order(a) - order(b) || (a.lines[0] ?? 0) - (b.lines[0] ?? 0));
  return {
    persona: persona.id,
    from: posts[0]!.post.date,
    to: posts[posts.length - 1]!.post.date,
    posts: posts.map((p) => p.post),
    violations,
  };
}

