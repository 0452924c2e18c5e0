// One worker's share of a large `persona plan` run: whole teams, planned, verified, formatted and written under
// temp names. The main thread renames every worker's files into place only when all of them succeeded.
import { join } from 'node:path';
import type { Lang } from '../i18n/text.js';
import { display, loadPersonas, loadTemplates, loadWorkspace } from '../load/workspace.js';
import type { Problem } from '../model/errors.js';
import type { Plan } from '../model/plan.js';
import { FORMATS, type FormatName } from '../formats/index.js';
import type { DateRange } from '../plan/range.js';
import { stageFiles, type OutputFile, type StagedFile } from './files.js';
import { planPersonas } from './plan-run.js';

export interface ShardRequest {
  cwd: string;
  config?: string | undefined;
  ids: string[];
  ranges: DateRange[];
  seed?: string | undefined;
  outDir: string;
  formats: FormatName[];
  lang: Lang;
  /** Every persona of the workspace is in this run, so history is read for this shard's personas only. */
  all: boolean;
}

export interface ShardResult {
  failures: Problem[];
  staged: StagedFile[];
  /** Plans without their texts: what summaries and index pages need, cheap to send between threads. */
  plans: { label: string; plan: Plan }[];
}

export function lighten(plan: Plan): Plan {
  return { ...plan, posts: plan.posts.map((p) => ({ ...p, text: '', images: [], chats: [] })) };
}

export async function runShard(req: ShardRequest, onTick: (id: string) => void): Promise<ShardResult> {
  const show = (p: string) => display(p, req.cwd);
  const ws = loadWorkspace({ cwd: req.cwd, ...(req.config ? { config: req.config } : {}) });
  const loaded = loadPersonas(ws, req.ids);
  const library = loadTemplates(ws);
  if (loaded.problems.length || library.problems.length) return { failures: [...loaded.problems, ...library.problems], staged: [], plans: [] };
  const personas = [...loaded.items].sort((a, b) => (a.team ?? '').localeCompare(b.team ?? '') || a.id.localeCompare(b.id));
  const run = await planPersonas({
    ws,
    personas,
    templates: library.items,
    ranges: req.ranges,
    seed: req.seed,
    outDir: req.outDir,
    show,
    ...(req.all ? { historyFor: new Set(req.ids) } : {}),
    onTick,
  });
  if (run.failures.length) return { failures: run.failures, staged: [], plans: [] };
  const views = await Promise.all(req.formats.map(async (f) => [f, await FORMATS[f].load()] as const));
  const files: OutputFile[] = [];
  for (const { range, plan } of run.results) {
    for (const [name, view] of views) files.push({ path: join(req.outDir, range.label, `${plan.persona.id}.${FORMATS[name].extension}`), content: view(plan, { lang: req.lang }) });
  }
  const staged = await stageFiles(files, show);
  return { failures: [], staged, plans: run.results.map((r) => ({ label: r.range.label, plan: lighten(r.plan) })) };
}
