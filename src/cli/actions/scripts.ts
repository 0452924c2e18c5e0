// `persona scripts`: render a persona's 1:1 chat scripts for a stage (and sub-case), with alternatives to choose from.
import { Chalk } from 'chalk';
import type { Text } from '../../i18n/text.js';
import { t } from '../../i18n/translate.js';
import { loadPersonas, loadTemplates, loadWorkspace } from '../../load/workspace.js';
import { PersonaError } from '../../model/errors.js';
import type { Persona, PersonaEvent, Product } from '../../model/persona.js';
import { productsNamedBy } from '../../model/products.js';
import { msg } from '../../chat/messages.js';
import { nextEvent, prepareChat, renderScripts, type Script } from '../../chat/scripts.js';
import { CHAT_CASES, caseLabel, caseList, caseNamed, casesOf, stageList, stageNamed, stageText, needsProduct, type ChatStage } from '../../chat/stages.js';
import { todayIn } from '../../plan/time.js';
import { EXIT, type Io } from '../io.js';
import type { ScriptsCliOptions } from '../commands/scripts.js';

export interface ScriptsOptions extends ScriptsCliOptions {
  id: string;
  config?: string;
}

const FORMATS = ['text', 'json'] as const;
const DEFAULT_COUNT = 3;

function usage(message: Text, extra: { expected?: Text; hint?: Text } = {}): never {
  throw new PersonaError({ code: 'usage', message, ...extra });
}

/** A product by its id, its name or a part of either (decaf, 肉桂), as a contacts tag names one; two are asked about. */
function productNamed(persona: Persona, wanted: string): Product | undefined {
  const named = productsNamedBy(persona.products, wanted);
  if (named.length > 1) usage(msg('product-ambiguous', { value: wanted.trim(), names: named.map((p) => `${p.id} (${p.name})`).join(', ') }), { hint: msg('product-ambiguous-hint') });
  return named[0];
}

function productOf(persona: Persona, stage: ChatStage, wanted: string | undefined): Product | undefined {
  if (wanted !== undefined) {
    const product = productNamed(persona, wanted);
    if (!product) usage(msg('unknown-product', { persona: persona.id, value: wanted }), { expected: msg('products-expected', { ids: persona.products.map((p) => `${p.id} (${p.name})`).join(', ') || '—' }) });
    return product;
  }
  if (needsProduct(stage)) {
    if (persona.products.length === 0) usage(msg('needs-product', { stage: stageText(stage), persona: persona.id }), { hint: msg('needs-product-hint') });
    return persona.products[0];
  }
  return undefined;
}

export async function runScripts(options: ScriptsOptions, io: Io): Promise<number> {
  const format = options.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) usage(msg('bad-format', { value: format }));
  // An empty --stage '' is no stage at all: asked for, not looked up.
  if (options.stage === undefined || options.stage.trim() === '') usage(msg('stage-required'), { expected: msg('stages-expected', { stages: stageList() }) });
  const stage = stageNamed(options.stage);
  if (!stage) usage(msg('unknown-stage', { value: options.stage.trim() }), { expected: msg('stages-expected', { stages: stageList() }) });
  const count = options.count === undefined ? DEFAULT_COUNT : Number(options.count);
  if (!Number.isInteger(count) || count < 1 || count > 10) usage(msg('bad-count', { value: options.count ?? '' }));

  const ws = loadWorkspace({ cwd: io.cwd, ...(options.config ? { config: options.config } : {}) });
  const loaded = loadPersonas(ws, [options.id]);
  if (loaded.problems.length) throw new PersonaError(loaded.problems);
  const persona = loaded.items[0]!;

  const cases = casesOf(stage, persona.locale);
  const wantedCase = options.case === undefined ? undefined : caseNamed(stage, persona.locale, options.case);
  if (wantedCase !== undefined) {
    if (cases.length === 0) usage(msg('no-cases', { stage: stageText(stage), stages: [...Object.keys(CHAT_CASES), 'holiday-greeting'].join(', ') }));
    if (!cases.includes(wantedCase)) usage(msg('unknown-case', { stage: stageText(stage), value: wantedCase }), { expected: msg('cases-expected', { cases: caseList(stage, persona.locale) }) });
  }
  const today = todayIn(persona.timezone, io.now);
  let product = productOf(persona, stage, options.product);
  let event: PersonaEvent | undefined;
  if (stage === 'live-invite') {
    event = nextEvent(persona, today, product && options.product !== undefined ? product.id : undefined) ?? undefined;
    if (!event) usage(msg('no-event', { persona: persona.id, date: today }), { hint: msg('no-event-hint') });
    product = persona.products.find((p) => p.id === event!.product) ?? product;
  }

  const library = loadTemplates(ws);
  if (library.problems.length) throw new PersonaError(library.problems);
  const chat = prepareChat(library.items);
  if (chat.problems.length) throw new PersonaError(chat.problems);

  // A stage with sub-cases and no --case: every case, so the salesperson sees the whole set.
  const groups: (string | undefined)[] = wantedCase !== undefined ? [wantedCase] : CHAT_CASES[stage] ? [...CHAT_CASES[stage]!] : [undefined];
  const seed = options.seed ?? `${persona.id}/${today}`;
  const results: { case: string | undefined; scripts: Script[] }[] = [];
  for (const group of groups) {
    const outcome = renderScripts(chat.prepared, {
      persona,
      stage,
      ...(group !== undefined ? { case: group } : {}),
      ...(product ? { product } : {}),
      ...(event ? { event } : {}),
      ...(options.contact?.trim() ? { contact: { name: options.contact.trim() } } : {}),
      isoDate: today,
      seed: `${seed}/${stage}/${group ?? ''}`,
      count,
      avoid: [...persona.voice.avoid, ...ws.policy.bannedWords],
    });
    if (!outcome.ok) throw new PersonaError(outcome.problems);
    if (outcome.scripts.length === 0) {
      const what = group ? `${stage}:${group}` : stage;
      if (outcome.avoided.length) {
        throw new PersonaError({ code: 'no-templates', message: msg('scripts-all-avoided', { persona: persona.id, stage: what, words: outcome.avoided.join(', ') }), hint: msg('scripts-all-avoided-hint', { locale: persona.locale, stage }) });
      }
      throw new PersonaError({ code: 'no-templates', message: msg('no-scripts', { locale: persona.locale, stage: what }), hint: msg('no-scripts-hint', { locale: persona.locale, stage }) });
    }
    results.push({ case: group, scripts: outcome.scripts });
  }

  if (format === 'json') {
    io.stdout(`${JSON.stringify(results.flatMap((r) => r.scripts), null, 2)}\n`);
    return EXIT.ok;
  }
  const chalk = new Chalk({ level: io.color ? 1 : 0 });
  const heading = msg('heading', {
    name: persona.name,
    stage: msg(`stage.${stage}`),
    product: product ? msg('heading-product', { product: product.name }) : '',
    contact: options.contact?.trim() ? msg('heading-contact', { contact: options.contact.trim() }) : '',
    date: today,
  });
  const out: string[] = [chalk.bold(t(io.lang, heading)), ''];
  for (const r of results) {
    if (groups.length > 1 || r.case !== undefined) out.push(chalk.bold(`== ${t(io.lang, msg('case-heading', { stage: msg(`stage.${stage}`), case: r.case !== undefined ? caseLabel(r.case) : '' }))} ==`), '');
    r.scripts.forEach((s, i) => {
      const [first, ...rest] = s.text.split('\n');
      out.push(`${i + 1}) ${first}`, ...rest.map((line) => `   ${line}`), chalk.dim(`   (${t(io.lang, msg('from-template', { template: s.template }))})`), '');
    });
    if (r.scripts.length < count) out.push(chalk.dim(t(io.lang, msg('fewer-scripts', { count: r.scripts.length }))), '');
  }
  io.stdout(`${out.join('\n').trimEnd()}\n`);
  return EXIT.ok;
}
