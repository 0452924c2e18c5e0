// The planner's working state: per-day counts and indexes over fixed neighbours and the posts placed so far.
// Created fresh for each planning attempt; nothing outside the attempt sees it change.
import type { PlanRules } from '../model/plan.js';
import type { Series } from '../model/persona.js';
import type { Template } from '../model/template.js';
import type { FixedPost } from './types.js';
import { textKey } from '../model/text-key.js';

export interface Slot {
  readonly index: number;
  readonly day: number;
  readonly iso: string;
  readonly minute: number;
  readonly epochMs: number;
  readonly offsetMinutes: number;
  readonly series: Series | null;
  /** No marketing on this day (policy quietDays or a built-in quiet day such as 清明节). */
  readonly quiet: boolean;
  /** A live event this slot leads up to (forced marketing when the rules allow). */
  readonly leadUp: { eventIndex: number } | null;
}

export interface Placement {
  template: Template;
  topic: string | null;
  productId: string | null;
  marketing: boolean;
  salesiness: number;
  text: string;
}

interface DayTotals {
  posts: number;
  marketing: number;
  salesiness: number;
  unassigned: number;
  /** Marketing slots not filled yet. */
  pendingMarketing: number;
  topics: Set<string>;
}

export interface Ledger {
  readonly rules: PlanRules;
  /** Effective salesiness set aside for each non-marketing slot not filled yet, so early posts leave room for later ones. */
  readonly reservation: number;
  /** Expected effective salesiness of a marketing post, when choosing marketing slots. */
  readonly marketingEstimate: number;
  totals(day: number): Readonly<DayTotals>;
  /** Marketing posts known so far (fixed neighbours and marketing slots), by instant. */
  marketingPosts(): readonly { epochMs: number; day: number }[];
  templateUses(templateId: string): readonly { day: number; cooldownDays: number }[];
  teamUses(day: number, templateId: string): number;
  hasText(text: string): boolean;
  isMarketingSlot(slot: Slot): boolean;
  setMarketing(slot: Slot, marketing: boolean): void;
  assign(slot: Slot, placement: Placement): void;
  drop(slot: Slot): void;
  /** Calm posts still to come on a day: until the day is thinned to its wanted count, only that many. */
  expectedCalm(day: number): number;
  /** The days have been thinned to their wanted counts: every unfilled slot now stands for a post. */
  settle(): void;
}

export function createLedger(args: {
  rules: PlanRules;
  slots: readonly Slot[];
  reservation: number;
  marketingEstimate: number;
  history: readonly FixedPost[];
  team: readonly FixedPost[];
  /** Posts wanted per day of the range (slots start at postsPerDay.max and are thinned later). */
  wanted?: ReadonlyMap<number, number>;
  /** Calm posts the days after the range will carry when they are planned (days no plan covers yet). */
  future?: ReadonlyMap<number, number>;
}): Ledger {
  let settled = false;
  const days = new Map<number, DayTotals>();
  const day = (d: number): DayTotals => {
    let t = days.get(d);
    if (!t) {
      t = { posts: 0, marketing: 0, salesiness: 0, unassigned: 0, pendingMarketing: 0, topics: new Set() };
      days.set(d, t);
    }
    return t;
  };
  const uses = new Map<string, { day: number; cooldownDays: number }[]>();
  const teamUses = new Map<string, number>();
  const texts = new Set<string>();
  let marketing: { epochMs: number; day: number }[] = [];

  for (const p of args.history) {
    const t = day(p.day);
    t.posts += 1;
    t.salesiness += p.salesiness;
    if (p.marketing) {
      t.marketing += 1;
      marketing.push({ epochMs: p.epochMs, day: p.day });
    }
    if (p.topic) t.topics.add(p.topic);
    const list = uses.get(p.template) ?? [];
    list.push({ day: p.day, cooldownDays: p.cooldownDays });
    uses.set(p.template, list);
    texts.add(textKey(p.text));
  }
  for (const p of args.team) teamUses.set(`${p.day}\u0000${p.template}`, (teamUses.get(`${p.day}\u0000${p.template}`) ?? 0) + 1);
  for (const s of args.slots) {
    const t = day(s.day);
    t.posts += 1;
    t.unassigned += 1;
  }
  marketing.sort((a, b) => a.epochMs - b.epochMs);

  const marketingSlots = new Set<number>();

  return {
    rules: args.rules,
    reservation: args.reservation,
    marketingEstimate: args.marketingEstimate,
    totals: (d) => days.get(d) ?? { posts: 0, marketing: 0, salesiness: 0, unassigned: 0, pendingMarketing: 0, topics: new Set() },
    marketingPosts: () => marketing,
    templateUses: (id) => uses.get(id) ?? [],
    teamUses: (d, id) => teamUses.get(`${d}\u0000${id}`) ?? 0,
    hasText: (text) => texts.has(textKey(text)),
    isMarketingSlot: (slot) => marketingSlots.has(slot.index),
    setMarketing(slot, on) {
      if (on === marketingSlots.has(slot.index)) return;
      const t = day(slot.day);
      if (on) {
        marketingSlots.add(slot.index);
        t.marketing += 1;
        t.pendingMarketing += 1;
        marketing = [...marketing, { epochMs: slot.epochMs, day: slot.day }].sort((a, b) => a.epochMs - b.epochMs);
      } else {
        marketingSlots.delete(slot.index);
        t.marketing -= 1;
        t.pendingMarketing -= 1;
        marketing = marketing.filter((m) => m.epochMs !== slot.epochMs);
      }
    },
    assign(slot, p) {
      const t = day(slot.day);
      t.unassigned -= 1;
      if (marketingSlots.has(slot.index)) t.pendingMarketing -= 1;
      t.salesiness += p.salesiness;
      if (p.topic) t.topics.add(p.topic);
      const list = uses.get(p.template.id) ?? [];
      list.push({ day: slot.day, cooldownDays: p.template.cooldownDays ?? args.rules.defaultCooldownDays });
      uses.set(p.template.id, list);
      texts.add(textKey(p.text));
    },
    drop(slot) {
      const t = day(slot.day);
      t.unassigned -= 1;
      t.posts -= 1;
    },
    expectedCalm(d) {
      const t = days.get(d);
      if (!t) return args.future?.get(d) ?? 0;
      const open = t.unassigned - t.pendingMarketing;
      const wanted = args.wanted?.get(d);
      if (settled || wanted === undefined) return open;
      const filled = t.posts - t.unassigned;
      return Math.max(0, Math.min(open, wanted - filled - t.pendingMarketing));
    },
    settle() {
      settled = true;
    },
  };
}
