// Which files a plan is written as, in a label folder that may hold earlier views: a re-plan or a swap rewrites
// every view of the persona already there (the calendar a salesperson imported, the sheet a lead shared), so no
// old .ics or .csv is left beside a new plan; and a label's index pages always sum every plan in the folder.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { nextSequences } from '../formats/ics-sequence.js';
import { join } from 'node:path';
import type { Lang } from '../i18n/text.js';
import type { Persona } from '../model/persona.js';
import type { Plan } from '../model/plan.js';
import { productNames } from '../formats/names.js';
import type { FormatOptions, PlanFormatter } from '../formats/types.js';
import { FORMAT_NAMES, FORMATS, INDEX_FORMATS, type FormatName } from '../formats/index.js';
import type { OutputFile } from './files.js';
import { readPlanFile } from './plan-store.js';
import { byCodePoint } from '../model/order.js';

/** File names in a label folder (none when it does not exist yet): read once per label, not once per persona. */
export function filesIn(labelDir: string): ReadonlySet<string> {
  return existsSync(labelDir) ? new Set(readdirSync(labelDir)) : new Set();
}

/** The views to write for a persona: JSON, the ones asked for, and every one of its views already in the folder. */
export function viewsFor(present: ReadonlySet<string>, personaId: string, asked: readonly FormatName[]): FormatName[] {
  return FORMAT_NAMES.filter((name) => name === 'json' || asked.includes(name) || present.has(`${personaId}.${FORMATS[name].extension}`));
}

/**
 * The language of a persona's plan files: the one asked for by name (--lang, PERSONA_LANG), else the persona's
 * own, since the files are for that salesperson (the index pages and the terminal follow the UI language).
 */
export function fileLang(asked: Lang | null, plan: Pick<Plan, 'persona'>): Lang {
  return asked ?? (plan.persona.locale === 'zh-CN' ? 'zh-CN' : 'en');
}

/**
 * A persona's file of one view in a label folder. A calendar file already there hands its events' SEQUENCE on,
 * one up for each event whose time or text changed (a swap, a re-plan), so a phone that imported the week
 * updates them instead of keeping the old text.
 */
export function viewFile(labelDir: string, name: FormatName, view: PlanFormatter, plan: Plan, options: FormatOptions): OutputFile {
  const path = join(labelDir, `${plan.persona.id}.${FORMATS[name].extension}`);
  const content = view(plan, options);
  if (name !== 'ics' || !existsSync(path)) return { path, content };
  let before: string;
  try {
    before = readFileSync(path, 'utf8');
  } catch {
    return { path, content };
  }
  const sequences = nextSequences(before, content);
  return { path, content: Object.keys(sequences).length ? view(plan, { ...options, sequences }) : content };
}

/** How a persona's plan files are written: in fileLang, naming its products by name. */
export function fileOptions(asked: Lang | null, plan: Pick<Plan, 'persona'>, persona: Pick<Persona, 'products'> | undefined): FormatOptions {
  return { lang: fileLang(asked, plan), ...(persona ? { products: productNames(persona) } : {}) };
}

/**
 * The label's index pages: index.md when a whole team or run was planned or one is already there, index.html
 * when asked for or already there. `plans` are this run's; the folder's other plans are read, so planning
 * some personas again never leaves an index that lists only them.
 */

export async function indexFiles(
  labelDir: string,
  label: string,
  plans: readonly Plan[],
  opts: { present: ReadonlySet<string>; md: boolean; html: boolean; lang: Lang; show: (path: string) => string },
): Promise<OutputFile[]> {
  const mine = new Set(plans.map((p) => `${p.persona.id}.json`));
  const otherFiles = [...opts.present].filter((name) => name.endsWith('.json') && !name.startsWith('.') && !mine.has(name));
  // A folder that holds several personas' plans has an index, however its plans got there (one persona at a time).
  const md = opts.md || opts.present.has('index.md') || plans.length + otherFiles.length > 1;
  const html = opts.html || opts.present.has(INDEX_FORMATS.html.file);
  if (!md && !html) return [];
  const others = otherFiles.map((name) => readPlanFile(join(labelDir, name), opts.show(join(labelDir, name))));
  const all = [...plans, ...others].sort((a, b) => byCodePoint(a.persona.id, b.persona.id));
  const out: OutputFile[] = [];
  if (md) out.push({ path: join(labelDir, 'index.md'), content: (await import('../formats/markdown.js')).markdownIndex(all, label, { lang: opts.lang }) });
  if (html) out.push({ path: join(labelDir, INDEX_FORMATS.html.file), content: (await INDEX_FORMATS.html.load())(all, label, { lang: opts.lang }) });
  return out;
}
