// The contract every view of a plan follows: (plan, options) → text. Views never recompute the plan.
import type { Lang } from '../i18n/text.js';
import type { Plan } from '../model/plan.js';

export interface FormatOptions {
  /** UI language for labels; the posts themselves stay in the persona's locale. */
  lang: Lang;
  /** Colour for terminal views (markdown printed to a TTY); files never get colour. */
  color?: boolean;
  /** Product names by id (the persona's): views show a product by its name, the JSON keeps the id. */
  products?: Readonly<Record<string, string>>;
  /** ICS: the SEQUENCE of events already in a calendar file being replaced (by UID); 0 for the others. */
  sequences?: Readonly<Record<string, number>>;
}

export type PlanFormatter = (plan: Plan, options: FormatOptions) => string;

/** A page over all personas of one label (`--all`), e.g. the HTML index. */
export type IndexFormatter = (plans: readonly Plan[], label: string, options: FormatOptions) => string;
