// One worker's share of a large `persona plan` run: whole teams, planned, verified, formatted and written under
// temp names. The main thread renames every worker's files into place only when all of them succeeded.
import { threadId } from 'node:worker_threads';
import { join } from 'node:path';
import type { Lang, Text } from '../i18n/text.js';
import { display, type Workspace } from '../load/workspace.js';
import type { Persona } from '../model/persona.js';
import type { Template } from '../model/template.js';
import type { Problem } from '../model/errors.js';
import type { Plan } from '../model/plan.js';
import { FORMATS, type FormatName } from '../formats/index.js';
import type { DateRange } from '../plan/range.js';
import { discardStaged, stageFiles, stagingDir, type OutputFile, type StagedFile } from './files.js';
import { planPersonas } from './plan-run.js';
import { fileOptions, filesIn, viewFile, viewsFor } from './plan-views.js';
import { byCodePoint } from '../model/order.js';

export interface ShardRequest {
  cwd: string;
  /** The workspace, personas and library as the main thread loaded and checked them (cloned into the worker):
   *  reading and validating 2,500 personas again in each worker cost 0.6-0.8 s before it planned anything. */
  ws: Workspace;
  /** This shard's personas: whole teams. */
  personas: Persona[];
  templates: Template[];
  ranges: DateRange[];
  seed?: string | undefined;
  outDir: string;
  formats: FormatName[];
  /** The language asked for by name, for every file; null: each persona's files in its own (see fileLang). */
  lang: Lang | null;
  /** Every persona of the workspace is in this run, so history is read for this shard's personas only. */
  all: boolean;
}

export interface ShardResult {
  failures: Problem[];
  /** The personas that could not be planned. */
  refused: string[];
  staged: StagedFile[];
  /** Plans cut down to what summaries and index pages read, cheap to keep for a quarter and to send between threads. */
  plans: { label: string; plan: Plan; notes: readonly Text[] }[];
}

/**
 * A plan as the summary lines, warnings and index pages read it: persona, rules, warnings, and of each post
 * only what the density figures count (`density()` in formats/view.ts). A large run keeps one per persona and
 * week, so the rest of each post stays behind.
 */
export function lighten(plan: Plan): Plan {
  return { ...plan, posts: plan.posts.map((p) => ({ at: p.at, marketing: p.marketing, salesiness: p.salesiness }) as Plan['posts'][number]) };
}

export async function runShard(req: ShardRequest, onTick: (id: string) => void): Promise<ShardResult> {
  const personas = [...req.personas].sort((a, b) => byCodePoint(a.team ?? '', b.team ?? '') || byCodePoint(a.id, b.id));
  return planAndStage({ ...req, personas }, onTick);
}

/** Plan a set of personas week by week, writing each week under temp names as it is done. */
export async function planAndStage(
  req: Omit<ShardRequest, 'personas' | 'templates'> & { personas: readonly Persona[]; templates: readonly Template[] },
  onTick: (id: string) => void,
): Promise<ShardResult> {
  const show = (p: string) => display(p, req.cwd);
  const { ws, personas } = req;
  const personaById = new Map(personas.map((p) => [p.id, p]));
  const views = new Map<FormatName, Awaited<ReturnType<(typeof FORMATS)[FormatName]['load']>>>();
  const viewOf = async (name: FormatName) => views.get(name) ?? views.set(name, await FORMATS[name].load()).get(name)!;
  const staged: StagedFile[] = [];
  const plans: ShardResult['plans'] = [];
  // The same note (a holiday-data note, a topic without templates) for thousands of persona-weeks: one object,
  // kept once and sent to the main thread once (structured cloning keeps shared references shared).
  const notesSeen = new Map<string, Text>();
  const intern = (note: Text) => {
    const key = JSON.stringify(note);
    const known = notesSeen.get(key);
    if (known) return known;
    notesSeen.set(key, note);
    return note;
  };
  // Each week is written (under temp names) as soon as it is planned, so a quarter of a thousand
  // personas never sits in memory as text. Anything thrown on the way takes this shard's files with it.
  let run: Awaited<ReturnType<typeof planPersonas>>;
  try {
    run = await planPersonas({
    ws,
    personas,
    templates: req.templates,
    ranges: req.ranges,
    seed: req.seed,
    outDir: req.outDir,
    show,
    ...(req.all ? { historyFor: new Set(personas.map((p) => p.id)) } : {}),
    onTick,
    keepResults: false,
    onRange: async (range, week) => {
      const files: OutputFile[] = [];
      const labelDir = join(req.outDir, range.label);
      // Views of a persona already in the folder are rewritten too (see plan-views.ts).
      const present = filesIn(labelDir);
      for (const { plan, notes } of week) {
        for (const name of viewsFor(present, plan.persona.id, req.formats)) {
          files.push(viewFile(labelDir, name, await viewOf(name), plan, fileOptions(req.lang, plan, personaById.get(plan.persona.id))));
        }
        plans.push({ label: range.label, plan: lighten(plan), notes: notes.map(intern) });
      }
      for (const item of stageFiles(files, show, { apart: stagingDir(req.outDir, threadId) })) staged.push(item);
    },
    });
  } catch (err) {
    discardStaged(staged);
    throw err;
  }
  if (run.failures.length) {
    discardStaged(staged);
    return { failures: run.failures, refused: run.refused, staged: [], plans: [] };
  }
  return { failures: [], refused: [], staged, plans };
}
