// Plans on disk: `<out>/<label>/<persona-id>.json`. Earlier and later labels are the history the
// guarantees look back (and forward) on; this module reads them and nothing else.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PersonaError } from '../model/errors.js';
import type { Plan } from '../model/plan.js';
import { rangeOfLabel, type DateRange } from '../plan/range.js';
import { dayNumber } from '../plan/time.js';
import type { FixedPost } from '../plan/types.js';
import { msg } from './messages.js';

export interface StoredPlan {
  label: string;
  file: string;
  plan: Plan;
}

export function listLabels(outDir: string): DateRange[] {
  if (!existsSync(outDir) || !statSync(outDir).isDirectory()) return [];
  return readdirSync(outDir)
    .map((name) => rangeOfLabel(name))
    .filter((r): r is DateRange => r !== null && statSync(join(outDir, r.label)).isDirectory())
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/** A plan file, checked just enough to be used as history; `persona plan --check` validates fully. */
export function readPlanFile(file: string, shown: string): Plan {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new PersonaError({ code: 'io', file: shown, message: msg('bad-plan-file', { file: shown, reason: (err as Error).message }), hint: msg('bad-plan-file-hint') });
  }
  const plan = data as Partial<Plan>;
  if (plan?.schemaVersion !== 1 || !Array.isArray(plan.posts) || !plan.persona || !plan.rules || !plan.range) {
    throw new PersonaError({ code: 'io', file: shown, message: msg('bad-plan-file', { file: shown, reason: 'not a persona plan, schemaVersion 1' }), hint: msg('bad-plan-file-hint') });
  }
  return plan as Plan;
}

/** Plans of the given personas (null: all) in labels whose range touches [from, to]. */
export function readPlans(outDir: string, window: { from: number; to: number }, personaIds: ReadonlySet<string> | null, skipLabels: ReadonlySet<string>, display: (p: string) => string): StoredPlan[] {
  const out: StoredPlan[] = [];
  for (const range of listLabels(outDir)) {
    if (skipLabels.has(range.label)) continue;
    if (dayNumber(range.to) < window.from || dayNumber(range.from) > window.to) continue;
    const dir = join(outDir, range.label);
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.json') || name.startsWith('.') || name === 'index.json') continue;
      const id = name.slice(0, -'.json'.length);
      if (personaIds && !personaIds.has(id)) continue;
      const file = join(dir, name);
      out.push({ label: range.label, file, plan: readPlanFile(file, display(file)) });
    }
  }
  return out;
}

export function fixedPosts(plan: Plan): FixedPost[] {
  return plan.posts.map((p) => ({
    personaId: plan.persona.id,
    day: dayNumber(p.at.slice(0, 10)),
    epochMs: Date.parse(p.at),
    template: p.template,
    kind: p.kind,
    cooldownDays: p.cooldownDays,
    marketing: p.marketing,
    salesiness: p.salesiness,
    topic: p.topic,
    text: p.text,
  }));
}
