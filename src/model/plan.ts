// The plan: one persona's posts over a date range. Version 1 of this shape is a public contract
// (schemas/plan.v1.schema.json); every output format is a view of it.
import type { Locale, Weekday } from './common.js';
import type { Series } from './persona.js';
import type { TemplateKind } from './template.js';

export const PLAN_SCHEMA_VERSION = 1;

/** Effective rules after merging the policy with the persona's stricter overrides. */
export interface PlanRules {
  windows: string[];
  postsPerDay: { min: number; max: number };
  restDays: Weekday[];
  maxMarketingShare: number;
  maxMarketingPerDay: number;
  minHoursBetweenMarketing: number;
  weeklySalesinessBudget: number;
  marketingThreshold: number;
  defaultCooldownDays: number;
  quietDays: string[];
  maxPersonasPerTemplatePerDay: number;
  series: Series[];
  /** Campaign allowances touching this plan's rolling windows; present only when there are any. */
  campaigns?: CampaignRules[];
}

/** A campaign's effective ceilings (the policy allowance, tightened by the persona's own density). */
export interface CampaignRules {
  name: string;
  from: string;
  to: string;
  maxMarketingShare: number;
  maxMarketingPerDay: number;
  minHoursBetweenMarketing: number;
  weeklySalesinessBudget: number;
}

export interface ChatScript {
  stage: string;
  text: string;
}

export interface Post {
  /** Stable within a plan: `<persona-id>-<YYYYMMDD>-<n>`. */
  id: string;
  /** ISO 8601 with the persona's UTC offset at that instant, e.g. 2026-12-01T07:45:00+08:00. */
  at: string;
  kind: Exclude<TemplateKind, 'chat'>;
  marketing: boolean;
  /** Effective salesiness: max of declared and measured, 0..1. */
  salesiness: number;
  template: string;
  cooldownDays: number;
  topic: string | null;
  product: string | null;
  text: string;
  images: string[];
  series: string | null;
  chats: ChatScript[];
}

export interface Plan {
  schemaVersion: typeof PLAN_SCHEMA_VERSION;
  persona: { id: string; name: string; timezone: string; locale: Locale; team: string | null };
  /** Inclusive, persona's local dates. */
  range: { from: string; to: string };
  seed: string;
  rules: PlanRules;
  posts: Post[];
  warnings: string[];
}
