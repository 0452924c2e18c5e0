// Changing one post of a finished plan — swap it for another template, edit its text, or drop it — and
// keeping every guarantee: each revision is checked by verify() against the same neighbours before it is
// offered, and refused with the rule it would break otherwise.
import type { Problem } from '../model/errors.js';
import { goesOutOn, productsFor, templateFits } from '../model/fit.js';
import type { Persona } from '../model/persona.js';
import type { Plan, Post } from '../model/plan.js';
import { MARKETING_KINDS } from '../model/template.js';
import { makeContext } from '../render/context.js';
import { makeRandom } from '../render/random.js';
import { msg } from './messages.js';
import { dayNumber, weekdayOfDay } from './time.js';
import type { CompanionRequest, PreparedTemplate } from './types.js';
import { verify, type Violation } from './verify.js';

export interface ReviseInput {
  persona: Persona;
  templates: readonly PreparedTemplate[];
  measure: (text: string, locale: Persona['locale']) => number;
  /** This persona's other plans, and teammates' plans, exactly as for planning. */
  history: readonly Plan[];
  team: readonly Plan[];
  bannedWords: readonly string[];
  companions?: (request: CompanionRequest) => Post['chats'];
}

export type ReviseOutcome = { ok: true; plan: Plan; post: Post | null } | { ok: false; problems: Problem[] };

const CALM = new Set(['lifestyle', 'expertise', 'interaction', 'story']);
const round3 = (x: number) => Math.round(x * 1000) / 1000;

function findPost(plan: Plan, postId: string): Post | Problem {
  const post = plan.posts.find((p) => p.id === postId);
  if (post) return post;
  return {
    code: 'not-found',
    message: msg('revise.no-post', { post: postId, persona: plan.persona.id }),
    hint: msg('revise.no-post-hint', { ids: plan.posts.map((p) => p.id).join(', ') }),
  };
}

function violations(plan: Plan, input: ReviseInput): Violation[] {
  return verify(plan, { history: input.history, team: input.team, words: [...input.persona.voice.avoid, ...input.bannedWords] });
}

function refusal(post: string, found: readonly Violation[]): Problem {
  const first = found[0]!;
  return {
    code: 'unsatisfiable',
    message: msg('revise.refused', { post, rule: msg(`rule.${first.rule}` as 'rule.cooldown') }),
    expected: first.message,
    hint: msg('revise.refused-hint'),
  };
}

function withPost(plan: Plan, post: Post): Plan {
  return { ...plan, posts: plan.posts.map((p) => (p.id === post.id ? post : p)) };
}

function effective(input: ReviseInput, declared: number | undefined, text: string): number {
  return round3(Math.min(1, Math.max(declared ?? 0, input.measure(text, input.persona.locale))));
}

/** Replace a post with one from another template that keeps every guarantee; the time and id stay. */
export function swapPost(plan: Plan, postId: string, input: ReviseInput, attempt = 0): ReviseOutcome {
  const found = findPost(plan, postId);
  if ('code' in found) return { ok: false, problems: [found] };
  const post = found;
  const persona = input.persona;
  const date = post.at.slice(0, 10);
  const weekday = weekdayOfDay(dayNumber(date));
  const random = makeRandom(`${plan.seed}/${postId}/swap/${attempt}`);
  const marketingKind = MARKETING_KINDS.includes(post.kind);
  const product = post.product ? persona.products.find((p) => p.id === post.product) : undefined;
  const event = product ? persona.events.find((e) => e.product === product.id && e.at.slice(0, 10) >= date) : undefined;
  const series = post.series ? persona.series.find((x) => x.name === post.series) : undefined;
  const candidates = input.templates
    .filter((p) => p.template.id !== post.template && templateFits(p.template, persona))
    .filter((p) => (marketingKind ? MARKETING_KINDS.includes(p.template.kind) : CALM.has(p.template.kind)))
    .filter((p) => (p.template.kind === 'live' ? !!event && !!product : true))
    .filter((p) => (product && marketingKind ? productsFor(p.template, persona).some((x) => x.id === product.id) : true))
    .filter((p) => (p.template.season ?? []).length === 0)
    // A template kept to some weekdays replaces a post only on one of them.
    .filter((p) => goesOutOn(p.template, weekday))
    // A series post is replaced by one on the ritual's topic first.
    .map((p) => ({ p, key: (p.template.kind === post.kind ? 0 : 1) + (series && !p.template.topics.includes(series.topic) ? 2 : 0) + random() }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.p);

  let last: Violation[] = [];
  for (const prepared of candidates) {
    const tpl = prepared.template;
    const topic =
      series && tpl.topics.includes(series.topic)
        ? series.topic
        : post.topic && tpl.topics.includes(post.topic)
          ? post.topic
          : (tpl.topics.find((x) => persona.interests.some((i) => i.topic === x)) ?? null);
    const ctx = makeContext({
      persona,
      isoDate: date,
      ...(product && marketingKind ? { product } : {}),
      ...(tpl.kind === 'live' && event ? { event } : {}),
      ...(series ? { series } : {}),
    });
    let text: string;
    try {
      text = prepared.render(ctx, `${plan.seed}/${postId}/swap/${attempt}`);
    } catch {
      continue;
    }
    const salesiness = effective(input, tpl.salesiness, text);
    const kind = tpl.kind as Post['kind'];
    const seed = `${plan.seed}/${postId}/swap/${attempt}`;
    const revised: Post = {
      ...post,
      kind,
      marketing: MARKETING_KINDS.includes(tpl.kind) || salesiness >= plan.rules.marketingThreshold,
      salesiness,
      template: tpl.id,
      cooldownDays: tpl.cooldownDays ?? plan.rules.defaultCooldownDays,
      topic: marketingKind ? null : topic,
      product: marketingKind ? post.product : null,
      text,
      images: [...tpl.images],
      chats: marketingKind && product && input.companions ? input.companions({ persona, product, kind: kind as 'product' | 'live', seed, isoDate: date }) : [],
    };
    const next = withPost(plan, revised);
    const broken = violations(next, input);
    if (broken.length === 0) return { ok: true, plan: next, post: revised };
    last = broken;
  }
  if (last.length) return { ok: false, problems: [refusal(postId, last)] };
  return { ok: false, problems: [{ code: 'unsatisfiable', message: msg('revise.no-alternative', { post: postId }), hint: msg('revise.no-alternative-hint') }] };
}

/** Replace a post's text with the salesperson's own words, re-scored; refused if the rules would break. */
export function editPost(plan: Plan, postId: string, text: string, input: ReviseInput): ReviseOutcome {
  const found = findPost(plan, postId);
  if ('code' in found) return { ok: false, problems: [found] };
  const declared = input.templates.find((p) => p.template.id === found.template)?.template.salesiness;
  const salesiness = effective(input, declared, text.trim());
  const revised: Post = {
    ...found,
    text: text.trim(),
    salesiness,
    marketing: MARKETING_KINDS.includes(found.kind) || salesiness >= plan.rules.marketingThreshold,
  };
  const next = withPost(plan, revised);
  const broken = violations(next, input);
  return broken.length ? { ok: false, problems: [refusal(postId, broken)] } : { ok: true, plan: next, post: revised };
}

/** Leave a post out; refused when the day would fall under postsPerDay.min or a window's share would break. */
export function dropPost(plan: Plan, postId: string, input: ReviseInput): ReviseOutcome {
  const found = findPost(plan, postId);
  if ('code' in found) return { ok: false, problems: [found] };
  const next = { ...plan, posts: plan.posts.filter((p) => p.id !== postId) };
  const broken = violations(next, input);
  return broken.length ? { ok: false, problems: [refusal(postId, broken)] } : { ok: true, plan: next, post: null };
}
