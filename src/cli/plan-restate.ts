// `persona plan --check` measures what a written plan records, rather than trusting it: a post's kind is its
// template's, and its salesiness at least what the template declares and its text measures (the planner's own
// rule: effective = max of declared and measured). A plan edited by hand to record less is restated before
// verify() runs, so a budget it breaks in truth is found, and each understatement is named.
import type { Locale } from '../model/constants.js';
import type { Plan } from '../model/plan.js';
import type { TemplateKind } from '../model/constants.js';

/** What the library says of a template now. */
export interface TemplateFacts {
  kind: TemplateKind;
  salesiness: number | null;
}

export interface Understatement {
  post: string;
  field: 'kind' | 'salesiness';
  recorded: string | number;
  actual: string | number;
  /** For salesiness: what the template declares and what the text measures. */
  declared?: number | null;
  measured?: number;
}

/** Salesiness as plans record it: three decimals. */
const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The plan with each post's kind and salesiness as they are (a post of a template the library no longer has
 * keeps its kind), and what was understated. Pure: the scorer comes in as `measure`.
 */
export function restatePlan(plan: Plan, library: ReadonlyMap<string, TemplateFacts>, measure: (text: string, locale: Locale) => number): { plan: Plan; understated: Understatement[] } {
  const understated: Understatement[] = [];
  const locale = plan.persona.locale as Locale;
  let changed = false;
  const posts = plan.posts.map((post) => {
    const facts = library.get(post.template);
    let { kind, salesiness } = post;
    if (facts && (facts.kind === 'product' || facts.kind === 'live') && facts.kind !== kind) {
      understated.push({ post: post.id, field: 'kind', recorded: kind, actual: facts.kind });
      kind = facts.kind;
    }
    const measured = measure(post.text, locale);
    const floor = round3(Math.min(1, Math.max(facts?.salesiness ?? 0, measured)));
    if (salesiness < floor) {
      understated.push({ post: post.id, field: 'salesiness', recorded: salesiness, actual: floor, declared: facts?.salesiness ?? null, measured });
      salesiness = floor;
    }
    if (kind === post.kind && salesiness === post.salesiness) return post;
    changed = true;
    return { ...post, kind, salesiness };
  });
  return { plan: changed ? { ...plan, posts } : plan, understated };
}
