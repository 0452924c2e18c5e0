// Choosing and rendering 1:1 chat scripts: the persona's chat templates for a stage (and sub-case), rendered
// for a product, a live event and a contact's name, with distinct alternatives so the salesperson can choose.
import type { Problem } from '../model/errors.js';
import { containsWord } from '../model/words.js';
import type { Persona, PersonaEvent, Product } from '../model/persona.js';
import type { Template } from '../model/template.js';
import { makeContext, type RenderContact } from '../render/context.js';
import { createRenderer, tryRender } from '../render/engine.js';
import { makeRandom } from '../render/random.js';
import type { PreparedTemplate } from '../plan/types.js';
import { CHAT_CASES, type ChatStage } from './stages.js';
import { byCodePoint } from '../model/order.js';

export interface ScriptRequest {
  persona: Persona;
  stage: ChatStage;
  /** objection / after-sale: the sub-case; holiday-greeting: the festival (season id). Absent: any case. */
  case?: string;
  product?: Product;
  /** live-invite: the stream the invitation is for. */
  event?: PersonaEvent;
  contact?: RenderContact;
  /** Local date the script is for (weekday and date in the text). */
  isoDate: string;
  seed: string;
  /** How many distinct alternatives to return (fewer when the library cannot give that many). */
  count: number;
  /** Words the script may not say (the persona's voice.avoid and the team's bannedWords): such a render is skipped. */
  avoid?: readonly string[];
}

export interface Script {
  stage: ChatStage;
  /** The sub-case asked for, else the one the template was written for (null: any). */
  case: string | null;
  template: string;
  product: string | null;
  text: string;
}

/** `avoided`: renders skipped because they said a word to avoid (to explain an empty list). */
export type ScriptOutcome = { ok: true; scripts: Script[]; avoided: string[] } | { ok: false; problems: Problem[] };

/** How many extra seeds to try per template when the library has fewer templates than alternatives asked. */
const RESEEDS = 4;

/**
 * Compile the chat templates of a library; the planner's own list skips them. `lazy` compiles each on first
 * use (a week's plan renders a handful of a library's scripts): a broken one then fails where it is first
 * rendered, with the same file:line problem.
 */
export function prepareChat(templates: readonly Template[], options: { lazy?: boolean } = {}): { prepared: PreparedTemplate[]; problems: Problem[] } {
  const renderer = createRenderer();
  const prepared: PreparedTemplate[] = [];
  const problems: Problem[] = [];
  for (const template of templates) {
    if (template.kind !== 'chat') continue;
    if (options.lazy) {
      let compiled: ReturnType<typeof renderer.compile> | null = null;
      prepared.push({
        template,
        render: (ctx, seed) => {
          compiled ??= renderer.compile(template);
          if (!compiled.ok) throw Object.assign(new Error('compile failed'), { problem: compiled.problem });
          return compiled.render(ctx, seed);
        },
      });
      continue;
    }
    const compiled = renderer.compile(template);
    if (compiled.ok) prepared.push({ template, render: compiled.render });
    else problems.push(compiled.problem);
  }
  return { prepared, problems };
}

/** Does a chat template speak to this request? Exact sub-case beats a template written for every case. */
function fit(template: Template, request: Pick<ScriptRequest, 'persona' | 'stage' | 'case' | 'product'>): 'exact' | 'general' | null {
  if (template.kind !== 'chat' || template.stage !== request.stage || template.locale !== request.persona.locale) return null;
  if (template.products.length > 0) {
    const p = request.product;
    if (!p || !(template.products.includes(p.id) || template.products.includes(p.category))) return null;
  }
  if (request.stage === 'holiday-greeting') {
    // A greeting written for one festival names it; the general ones fit any festival.
    if (template.season.length === 0) return 'general';
    return request.case !== undefined && template.season.includes(request.case) ? 'exact' : null;
  }
  if (CHAT_CASES[request.stage] && request.case !== undefined) {
    if (template.case === undefined) return 'general';
    return template.case === request.case ? 'exact' : null;
  }
  return 'general';
}

/** The templates a request may use, best first: exact sub-case, then weight, ties broken by a seeded draw. */
export function candidates(library: readonly PreparedTemplate[], request: Pick<ScriptRequest, 'persona' | 'stage' | 'case' | 'product' | 'seed'>): PreparedTemplate[] {
  const random = makeRandom(`${request.seed}/order`);
  return library
    .map((prepared) => ({ prepared, fit: fit(prepared.template, request) }))
    .filter((x) => x.fit !== null)
    .map((x) => ({ ...x, key: x.prepared.template.weight * (0.5 + random()) + (x.fit === 'exact' ? 100 : 0) }))
    .sort((a, b) => b.key - a.key || byCodePoint(a.prepared.template.id, b.prepared.template.id))
    .map((x) => x.prepared);
}

/** Render up to `count` distinct scripts; a template that fails strict rendering is a problem, never skipped silently. */
export function renderScripts(library: readonly PreparedTemplate[], request: ScriptRequest): ScriptOutcome {
  const list = candidates(library, request);
  const ctx = makeContext({
    persona: request.persona,
    isoDate: request.isoDate,
    ...(request.product ? { product: request.product } : {}),
    ...(request.event ? { event: request.event } : {}),
    ...(request.contact ? { contact: request.contact } : {}),
  });
  const scripts: Script[] = [];
  const seen = new Set<string>();
  const linesOf = new Map<string, Set<string>>();
  const avoid = request.avoid ?? [];
  const avoided = new Set<string>();
  for (let round = 0; round <= RESEEDS && scripts.length < request.count; round++) {
    for (const prepared of list) {
      if (scripts.length >= request.count) break;
      const r = tryRender(prepared.render, ctx, round === 0 ? request.seed : `${request.seed}#${round}`);
      if (!r.ok) return { ok: false, problems: [r.problem] };
      if (seen.has(r.text)) continue;
      // Another render of a template already offered must say something else, not the same lines under a new
      // greeting: half its lines new at least.
      const lines = r.text.split('\n');
      const shown = linesOf.get(prepared.template.id);
      if (shown && lines.filter((l) => shown.has(l)).length * 2 > lines.length) continue;
      seen.add(r.text);
      const word = avoid.length ? containsWord(r.text, avoid) : null;
      if (word !== null) {
        avoided.add(word);
        continue;
      }
      linesOf.set(prepared.template.id, new Set([...(shown ?? []), ...lines]));
      scripts.push({
        stage: request.stage,
        case: request.case ?? (prepared.template.stage === 'holiday-greeting' ? prepared.template.season[0] : prepared.template.case) ?? null,
        template: prepared.template.id,
        product: request.product?.id ?? null,
        text: r.text,
      });
    }
  }
  return { ok: true, scripts, avoided: [...avoided] };
}

/** The persona's next live stream for a product (or any product) on or after a local date. */
export function nextEvent(persona: Persona, isoDate: string, productId?: string): PersonaEvent | null {
  const ahead = persona.events
    .filter((e) => e.at.slice(0, 10) >= isoDate && (productId === undefined || e.product === productId))
    .sort((a, b) => byCodePoint(a.at, b.at));
  return ahead[0] ?? null;
}
