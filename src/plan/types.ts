// What the planner takes and gives: plain data in, a plan or the reasons it cannot be made out.
import type { Locale } from '../model/common.js';
import type { Problem } from '../model/errors.js';
import type { Persona, Product } from '../model/persona.js';
import type { ChatScript, Plan, PlanRules } from '../model/plan.js';
import type { Template } from '../model/template.js';
import type { Text } from '../i18n/text.js';
import type { Compiled } from '../render/engine.js';
import type { ZoneClock } from './time.js';

/** A post already decided elsewhere: this persona's other plans, or a teammate's plans. */
export interface FixedPost {
  personaId: string;
  /** Local day number (see time.ts) in the owner's timezone. */
  day: number;
  epochMs: number;
  template: string;
  kind: string;
  cooldownDays: number;
  marketing: boolean;
  salesiness: number;
  topic: string | null;
  text: string;
}

export interface PreparedTemplate {
  template: Template;
  render: Compiled;
}

/** What a calendar day means for planning (holidays, solar terms, quiet days); absent fields mean nothing special. */
export interface DayMeaning {
  /** `season:` ids on this day, e.g. 立冬, 中秋节, christmas. */
  seasons?: readonly string[];
  /** A built-in quiet day (e.g. 清明节): no marketing at all. */
  quiet?: boolean;
  /** Warnings to carry into the plan (e.g. holiday data does not cover this date). */
  warnings?: readonly Text[];
}

export interface CompanionRequest {
  persona: Persona;
  product: Product;
  kind: 'product' | 'live';
  /** The post's own seed, so companion scripts are as reproducible as the post. */
  seed: string;
  isoDate: string;
}

export interface PlanInput {
  persona: Persona;
  rules: PlanRules;
  range: { from: string; to: string };
  seed: string;
  /** The whole library; the planner keeps what fits the persona. */
  templates: readonly PreparedTemplate[];
  /** This persona's posts in other plans (earlier and later labels), fixed neighbours. */
  history: readonly FixedPost[];
  /** Teammates' posts (other labels and earlier in this run), for the per-day template cap. */
  team: readonly FixedPost[];
  /**
   * Teammates' posts in the weeks around the range. A team shares customers, who would read one anecdote from two
   * people: a template a teammate used within its cooldown is taken only when nothing else fits. A preference,
   * not a guarantee (verify does not check it); without this list, `team` stands in.
   */
  teamNearby?: readonly FixedPost[];
  /** Measured salesiness of a rendered text, from the lint engine. */
  measure: (text: string, locale: Locale) => number;
  bannedWords: readonly string[];
  /** Companion chat scripts for product and live posts. */
  companions?: (request: CompanionRequest) => ChatScript[];
  /** Zone clocks shared by a run (one Intl formatter per zone); a fresh set when absent. */
  zones?: (timezone: string) => ZoneClock;
  /** Meaning of each local date (ISO) of the range; from the calendar module. */
  calendar?: (isoDate: string) => DayMeaning;
}

/** `notes` are the plan's warnings as messages, for a terminal whose language is not the persona's. */
export type PlanOutcome = { ok: true; plan: Plan; notes: readonly Text[] } | { ok: false; problems: Problem[] };

/** Rule ids, shared by the planner's diagnostics, verify() and `persona audit`. */
export const RULE_IDS = [
  'windows',
  'posts-per-day',
  'rest-days',
  'series',
  'marketing-per-day',
  'marketing-gap',
  'rolling-share',
  'salesiness-budget',
  'cooldown',
  'quiet-days',
  'team-template',
  'topic-per-day',
  'voice',
  'unique-text',
  'marketing-flag',
  'lead-ups',
] as const;
export type RuleId = (typeof RULE_IDS)[number];
