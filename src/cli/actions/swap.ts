// `persona swap <id> <post-id>`: swap one post of a written plan for another template that keeps every
// guarantee (revise.ts re-verifies), then rewrite that label's files for the persona — every view present.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { t } from '../../i18n/translate.js';
import { display, loadPersonas, loadTemplates, loadWorkspace } from '../../load/workspace.js';
import { FORMATS } from '../../formats/index.js';
import { productNames } from '../../formats/names.js';
import { PersonaError, type Problem } from '../../model/errors.js';
import { swapPost } from '../../plan/revise.js';
import { parseWeek, rangeOfLabel, type DateRange } from '../../plan/range.js';
import { dayNumber, todayIn } from '../../plan/time.js';
import type { PreparedTemplate } from '../../plan/types.js';
import { createRenderer } from '../../render/engine.js';
import { hashString } from '../../render/random.js';
import { writeAtomically, type OutputFile } from '../files.js';
import { EXIT, type Io } from '../io.js';
import { msg as loadMsg } from '../../load/messages.js';
import { msg } from '../onboard-messages.js';
import { planInputsFor } from '../plan-inputs.js';
import { fileOptions, filesIn, viewFile, indexFiles, viewsFor } from '../plan-views.js';
import { listLabels, readPlanFile, readPlans } from '../plan-store.js';
import { postView } from '../post-view.js';
import { style } from '../style.js';

export interface SwapOptions {
  id: string;
  postId: string;
  week?: string;
  out?: string;
  seed?: string;
  quiet?: boolean;
  json?: boolean;
  config?: string;
}

/** Cooldowns and rolling windows look this far either side of the plan (as `persona plan` does). */
const MIN_HORIZON_DAYS = 91;

function fail(problem: Problem): never {
  throw new PersonaError(problem);
}

/** Labels under the out dir holding a plan of this persona. */
function labelsOf(outDir: string, id: string): DateRange[] {
  return listLabels(outDir).filter((r) => existsSync(join(outDir, r.label, `${id}.json`)));
}

/** --week as a week (2026-W49, this, next) or a label folder name; else the label whose days hold the post. */
function labelFor(options: SwapOptions, outDir: string, io: Io): DateRange {
  if (options.week !== undefined) {
    const range = rangeOfLabel(options.week) ?? parseWeek(options.week, todayIn(undefined, io.now));
    if (!range) fail({ code: 'usage', message: msg('swap-bad-week', { value: options.week }), hint: msg('swap-bad-week-hint') });
    return range;
  }
  // Post ids carry their local date (<persona>-<YYYYMMDD>-<n>), so the week can be found without asking.
  const m = /-(\d{4})(\d{2})(\d{2})-\d+$/.exec(options.postId);
  const labels = labelsOf(outDir, options.id);
  if (m) {
    const day = dayNumber(`${m[1]}-${m[2]}-${m[3]}`);
    const found = labels.filter((r) => dayNumber(r.from) <= day && day <= dayNumber(r.to));
    if (found.length) return found[found.length - 1]!;
  }
  fail({
    code: 'not-found',
    message: msg('swap-no-label', { post: options.postId, id: options.id }),
    hint: labels.length ? msg('swap-labels', { labels: labels.map((l) => l.label).join(', ') }) : msg('swap-no-plans-hint', { id: options.id, dir: display(outDir, io.cwd) }),
  });
}

export async function runSwap(options: SwapOptions, io: Io): Promise<number> {
  const lang = io.lang;
  const show = (p: string) => display(p, io.cwd);
  const ws = loadWorkspace({ cwd: io.cwd, ...(options.config ? { config: options.config } : {}) });
  const outDir = options.out ? resolve(io.cwd, options.out) : ws.policy.out ? resolve(ws.root, ws.policy.out) : null;
  // Outside any content repo, the plan is not missing: the folder is the wrong one. Said as plan says it.
  if (!outDir) fail({ code: 'usage', message: msg('swap-no-out'), hint: ws.configFile === null && !existsSync(ws.personasDir) ? loadMsg('no-repo-hint', { cwd: ws.cwd }) : msg('swap-no-out-hint', { id: options.id }) });
  const loaded = loadPersonas(ws, [options.id]);
  if (loaded.problems.length) throw new PersonaError(loaded.problems);
  const persona = loaded.items[0]!;

  const range = labelFor(options, outDir, io);
  const planFile = join(outDir, range.label, `${persona.id}.json`);
  if (!existsSync(planFile)) {
    const labels = labelsOf(outDir, persona.id);
    fail({
      code: 'not-found',
      file: show(planFile),
      message: msg('swap-no-plan', { id: persona.id, label: range.label, file: show(planFile) }),
      hint: labels.length ? msg('swap-labels', { labels: labels.map((l) => l.label).join(', ') }) : msg('swap-no-plans-hint', { id: persona.id, dir: show(outDir) }),
    });
  }
  const plan = readPlanFile(planFile, show(planFile));
  const old = plan.posts.find((p) => p.id === options.postId);

  const library = loadTemplates(ws);
  if (library.problems.length) throw new PersonaError(library.problems);
  const renderer = createRenderer();
  const prepared: PreparedTemplate[] = [];
  for (const template of library.items) {
    if (template.kind === 'chat') continue;
    const compiled = renderer.compile(template);
    if (compiled.ok) prepared.push({ template, render: compiled.render });
  }

  // The same neighbours `persona plan` checks against: this persona's other labels and teammates' plans.
  const horizon = Math.max(MIN_HORIZON_DAYS, ws.policy.density.defaultCooldownDays + 7, ...library.items.map((x) => (x.cooldownDays ?? 0) + 7));
  const from = dayNumber(range.from);
  const to = dayNumber(range.to);
  const stored = readPlans(outDir, { from: from - horizon, to: to + horizon }, persona.team ? null : new Set([persona.id]), new Set(), show);
  const history = stored.filter((x) => x.plan.persona.id === persona.id && x.label !== range.label).map((x) => x.plan);
  const team = persona.team
    ? stored.filter((x) => x.plan.persona.team === persona.team && x.plan.persona.id !== persona.id && dayNumber(x.plan.range.to) >= from && dayNumber(x.plan.range.from) <= to).map((x) => x.plan)
    : [];
  const inputs = (await planInputsFor({ ws, templates: library.items }))(persona, range);

  // Each state of the post reorders the candidates, so swapping again moves on instead of swapping back.
  const attempt = hashString(`${options.seed ?? ''}/${old?.template ?? ''}`);
  const outcome = swapPost(plan, options.postId, { persona, templates: prepared, measure: inputs.measure, history, team, bannedWords: ws.policy.bannedWords, ...(inputs.companions ? { companions: inputs.companions } : {}) }, attempt);
  if (!outcome.ok) throw new PersonaError(outcome.problems);
  const revised = outcome.plan;

  const files: OutputFile[] = [];
  const labelDir = join(outDir, range.label);
  const present = filesIn(labelDir);
  for (const name of viewsFor(present, persona.id, [])) {
    files.push(viewFile(labelDir, name, await FORMATS[name].load(), revised, fileOptions(io.langAsked ? io.lang : null, revised, persona)));
  }
  // The label's index pages sum every persona's figures; a swap can change this persona's.
  files.push(...(await indexFiles(labelDir, range.label, [revised], { present, md: false, html: false, lang, show })));
  writeAtomically(files, show);

  if (options.json) {
    io.stdout(`${JSON.stringify({ label: range.label, persona: persona.id, before: old, after: outcome.post, files: files.map((f) => show(f.path)) }, null, 2)}\n`);
  } else if (!options.quiet) {
    const s = style(io);
    io.stdout(`${s.heading(t(lang, msg('swap-before')))}\n${postView(old!, lang, s, productNames(persona))}\n${s.heading(t(lang, msg('swap-after')))}\n${postView(outcome.post!, lang, s, productNames(persona))}\n`);
    io.stdout(`${s.ok(t(lang, msg('swap-wrote', { n: files.length, dir: show(labelDir) })))}\n`);
  }
  return EXIT.ok;
}
