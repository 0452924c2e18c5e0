// Planning many personas over one or more weeks: reads the plans around the range, calls the pure planner
// per persona and week, verifies every plan, and keeps this run's plans as history for the next week.
// Used in-process and by plan workers (each with its own share of the teams).
import { dirname, join } from 'node:path';
import type { Problem } from '../model/errors.js';
import { fitsPersona } from '../model/fit.js';
import type { Persona } from '../model/persona.js';
import type { Text } from '../i18n/text.js';
import type { Plan } from '../model/plan.js';
import { effectiveRules } from '../model/rules.js';
import type { Template } from '../model/template.js';
import { byCodePoint } from '../model/order.js';
import { textKey } from '../model/text-key.js';
import type { Workspace } from '../load/workspace.js';
import { createRenderer, type Compiled } from '../render/engine.js';
import { scanStaticText } from '../lint/static-text.js';
import { checkTemplates } from '../render/check.js';
import { msg as planMsg } from '../plan/messages.js';
import { plan as makePlan } from '../plan/planner.js';
import type { DateRange } from '../plan/range.js';
import { createZoneClocks, dayNumber } from '../plan/time.js';
import type { FixedPost, PreparedTemplate } from '../plan/types.js';
import { verify, type VerifyContext, type Violation } from '../plan/verify.js';
import { planInputsFor, type PersonaInputs } from './plan-inputs.js';
import { fixedPosts, readPlans, type StoredPlan } from './plan-store.js';

/** A persona never repeats a text within 13 weeks on either side of a plan. */
const TEXT_MEMORY_DAYS = 91;

export interface PlanRunRequest {
  ws: Workspace;
  /** Sorted by team, then id: teammates plan one after another and see each other's choices. */
  personas: readonly Persona[];
  templates: readonly Template[];
  ranges: readonly DateRange[];
  seed?: string | undefined;
  outDir: string | null;
  show: (path: string) => string;
  /** Read history only for these personas (a worker's share of an --all run: its teams are whole). */
  historyFor?: ReadonlySet<string>;
  /** Called once per persona and week, for a progress bar. */
  onTick?: (personaId: string) => void;
  /** Called with each week's plans as soon as the week is planned (to write them and let them go). */
  onRange?: (range: DateRange, plans: readonly PlannedWeek[]) => Promise<void>;
  /** Keep every plan for the caller (default); large runs that write as they go keep none. */
  keepResults?: boolean;
}

/** A plan and its notes as messages (the plan holds them in the persona's language; a terminal may want another). */
export interface PlannedWeek {
  plan: Plan;
  notes: readonly Text[];
}

export interface PlanRunResult {
  results: (PlannedWeek & { range: DateRange })[];
  failures: Problem[];
  /** The personas that could not be planned (each has its problems in `failures`). */
  refused: string[];
  /** Plans read from the out dir (history and teammates). */
  stored: StoredPlan[];
  inputs: (persona: Persona, range: DateRange) => PersonaInputs;
  fitting: (persona: Persona) => PreparedTemplate[];
}

/** A plan as later weeks need it: every post's time, template, flags and the key of its text (textKey), without
 *  photos or chats. */
export function asHistory(plan: Plan): Plan {
  return { ...plan, posts: plan.posts.map((p) => ({ ...p, text: textKey(p.text), images: [], chats: [] })) };
}

export function seedFor(seed: string | undefined, persona: Persona, label: string): string {
  return seed !== undefined ? `${seed}/${persona.id}/${label}` : `${persona.id}/${label}`;
}

export async function planPersonas(req: PlanRunRequest): Promise<PlanRunResult> {
  const { ws, ranges, outDir, show, personas, templates } = req;
  const prepared = prepareLazily(templates);
  const inputs = await planInputsFor({ ws, templates });
  // Cooldowns and rolling windows look this far; repeated texts are looked for over a whole quarter.
  const horizon = Math.max(TEXT_MEMORY_DAYS, Math.max(ws.policy.density.defaultCooldownDays, ...templates.map((t) => t.cooldownDays ?? 0)) + 7);
  const plannedLabels = new Set(ranges.map((r) => r.label));
  const first = dayNumber(ranges[0]!.from);
  const last = dayNumber(ranges[ranges.length - 1]!.to);
  const teams = new Set(personas.map((p) => p.team).filter((x): x is string => !!x));
  const ids = new Set(personas.map((p) => p.id));
  const order = new Map(personas.map((p, i) => [p.id, i]));

  // Plans already on disk around the range: this run's personas (history) and, for teams, everyone's (a
  // teammate not planned now still has a written week that counts). Labels being re-planned are replaced,
  // so this run's personas' files there are not history.
  const stored = outDir ? readPlans(outDir, { from: first - horizon, to: last + horizon }, req.historyFor ?? (teams.size ? null : ids), new Set(), show) : [];
  const historyOf = new Map<string, Plan[]>();
  const teamPlans = new Map<string, Plan[]>();
  for (const s of stored) {
    const id = s.plan.persona.id;
    if (ids.has(id) && plannedLabels.has(s.label)) continue;
    if (ids.has(id)) historyOf.set(id, [...(historyOf.get(id) ?? []), s.plan]);
    const team = s.plan.persona.team;
    if (team && teams.has(team)) teamPlans.set(team, [...(teamPlans.get(team) ?? []), s.plan]);
  }

  // What fits a persona does not change from week to week; work it out once per run.
  const fittingOf = new Map<string, PreparedTemplate[]>();
  const fitting = (persona: Persona) => {
    let list = fittingOf.get(persona.id);
    if (!list) {
      const fits = fitsPersona(persona);
      list = prepared.filter((p) => fits(p.template));
      fittingOf.set(persona.id, list);
    }
    return list;
  };
  const zones = createZoneClocks();
  const formatters = new Map<string, Intl.DateTimeFormat>();
  // History plans stay the same objects from week to week: what is read from them is read once per run.
  const times: NonNullable<VerifyContext['times']> = new WeakMap();
  const fixedOf = new WeakMap<Plan, FixedPost[]>();
  const fixed = (plan: Plan) => fixedOf.get(plan) ?? fixedOf.set(plan, fixedPosts(plan)).get(plan)!;
  // concat rather than flatMap: a quarter's history for every persona-week, and flatMap's generic path was slow.
  const fixedOfAll = (plans: readonly Plan[]): FixedPost[] => ([] as FixedPost[]).concat(...plans.map(fixed));
  // The day numbers of a plan's range: the filters below run for every persona over a team's quarter of plans.
  const rangeDays = new WeakMap<Plan, { from: number; to: number }>();
  const daysOf = (plan: Plan) => rangeDays.get(plan) ?? rangeDays.set(plan, { from: dayNumber(plan.range.from), to: dayNumber(plan.range.to) }).get(plan)!;
  const storedOf = new Map(stored.map((s) => [s.plan, s]));
  const results: PlanRunResult['results'] = [];
  const failures: Problem[] = [];
  const failed = new Set<string>();
  const clashes = new Map<Problem, Clash>();
  for (const range of ranges) {
    const from = dayNumber(range.from);
    const to = dayNumber(range.to);
    const near = (p: Plan) => {
      const r = daysOf(p);
      return r.to >= from - horizon && r.from <= to + horizon;
    };
    const week: PlannedWeek[] = [];
    const resultsStart = results.length;
    type Attempted = { kind: 'ok'; plan: Plan; notes: readonly Text[]; history: Plan[] } | { kind: 'fail'; problems: Problem[] } | { kind: 'clash'; problem: Problem; clash: Clash };
    /** One persona's plan for this range, seen against what is planned so far; `round` > 0 rerolls its seed. */
    const planOne = (persona: Persona, round: number): Attempted => {
      const rules = effectiveRules(persona, ws.policy);
      const history = (historyOf.get(persona.id) ?? []).filter(near);
      const teamAround = persona.team ? (teamPlans.get(persona.team) ?? []).filter((p) => p.persona.id !== persona.id && near(p)) : [];
      const teammates = teamAround.filter((p) => {
        const r = daysOf(p);
        return r.to >= from && r.from <= to;
      });
      // Another label already plans some of these days (`--week 2026-W50` after `--from 2026-12-07`): both files
      // would be posted, and the planner would see those days as taken. Said plainly instead of planned around.
      const clash = history.find((p) => storedOf.has(p) && daysOf(p).from <= to && daysOf(p).to >= from);
      if (clash) {
        const problem = overlapping(persona.id, range, storedOf.get(clash)!, show, outDir!);
        return { kind: 'clash', problem, clash: { persona: persona.id, range, stored: storedOf.get(clash)! } };
      }
      const personaInputs = inputs(persona, range);
      const seed = seedFor(req.seed, persona, range.label);
      const outcome = makePlan({
        persona,
        rules: personaInputs.rules(rules),
        range: { from: range.from, to: range.to },
        seed: round === 0 ? seed : `${seed}~team${round}`,
        templates: fitting(persona),
        history: fixedOfAll(history),
        team: fixedOfAll(teammates).filter((p: FixedPost) => p.day >= from && p.day <= to),
        teamNearby: fixedOfAll(teamAround),
        measure: personaInputs.measure,
        bannedWords: ws.policy.bannedWords,
        ...(personaInputs.companions ? { companions: personaInputs.companions } : {}),
        calendar: personaInputs.calendar,
        zones,
      });
      if (!outcome.ok) {
        // A template that cannot render for this persona is seldom the only one: the planner stops at the first
        // it tries, so the others of the library that fit are rendered once too, and every one is named.
        const rendering = outcome.problems.some((p) => p.code === 'template-render') ? renderProblemsFor(persona, templates, outcome.problems) : [];
        return { kind: 'fail', problems: [...outcome.problems, ...rendering] };
      }
      const violations = verify(outcome.plan, { history, team: teammates, words: [...persona.voice.avoid, ...ws.policy.bannedWords], noEmoji: persona.voice.emoji === 'none', formatters, times, events: persona.events });
      if (violations.length) return { kind: 'fail', problems: [refusal(persona.id, violations, { plan: outcome.plan, history, labelOf: (p) => storedOf.get(p)?.label ?? null, outDir, show })] };
      return { kind: 'ok', plan: outcome.plan, notes: outcome.notes, history };
    };
    /** This range's accepted plans, in order, with what undoes each. */
    const accepted: { persona: Persona; entry: PlannedWeek; result: PlanRunResult['results'][number] | null; history: Plan[]; remembered: Plan }[] = [];
    const accept = (persona: Persona, ok: Extract<Attempted, { kind: 'ok' }>) => {
      const entry: PlannedWeek = { plan: ok.plan, notes: ok.notes };
      const result = req.keepResults !== false ? { range, plan: ok.plan, notes: ok.notes } : null;
      if (result) results.push(result);
      week.push(entry);
      // History needs times, templates, flags and texts; photos and chat scripts can go.
      const remembered = asHistory(ok.plan);
      historyOf.set(persona.id, [...ok.history, remembered]);
      if (persona.team) teamPlans.set(persona.team, [...(teamPlans.get(persona.team) ?? []).filter(near), remembered]);
      accepted.push({ persona, entry, result, history: ok.history, remembered });
    };
    const undo = (team: string) => {
      const undone = accepted.filter((a) => a.persona.team === team);
      for (const a of undone) {
        if (a.result) results.splice(results.indexOf(a.result), 1);
        week.splice(week.indexOf(a.entry), 1);
        historyOf.set(a.persona.id, a.history);
        teamPlans.set(team, (teamPlans.get(team) ?? []).filter((p) => p !== a.remembered));
        accepted.splice(accepted.indexOf(a), 1);
      }
      return undone.map((a) => a.persona);
    };
    /**
     * A teammate refused where the team's earlier picks took the templates it needed: the team's week is planned
     * again with it first, under rerolled seeds, before it is given up (a team of 12 sharing 25 templates was
     * refused one week that another seed planned cleanly). Teammates written in earlier runs stay as they are.
     */
    const replanTeam = (persona: Persona): boolean => {
      const team = persona.team!;
      if (!accepted.some((a) => a.persona.team === team)) return false;
      const mates = undo(team);
      for (let round = 1; round <= TEAM_ROUNDS; round++) {
        let all = true;
        for (const q of [persona, ...mates]) {
          const r = planOne(q, round);
          if (r.kind !== 'ok') {
            all = false;
            break;
          }
          accept(q, r);
        }
        if (all) return true;
        undo(team);
      }
      // None worked: the teammates get the plans they had (the same seeds give the same plans).
      for (const q of mates) {
        const r = planOne(q, 0);
        if (r.kind === 'ok') accept(q, r);
        else {
          // Not expected (the state is the one they were planned in), but never dropped in silence.
          failures.push(...(r.kind === 'fail' ? r.problems : [r.problem]));
          failed.add(q.id);
        }
      }
      return false;
    };
    for (const persona of personas) {
      req.onTick?.(persona.id);
      // One refusal per persona is enough: later weeks would only repeat it.
      if (failed.has(persona.id)) continue;
      const r = planOne(persona, 0);
      if (r.kind === 'clash') {
        clashes.set(r.problem, r.clash);
        failures.push(r.problem);
        failed.add(persona.id);
        continue;
      }
      if (r.kind === 'fail') {
        if (persona.team && replanTeam(persona)) continue;
        failures.push(...r.problems);
        failed.add(persona.id);
        continue;
      }
      accept(persona, r);
    }
    // A team planned again put its refused member first: the files and the summary keep the personas' order.
    const place = (plan: Plan) => order.get(plan.persona.id) ?? 0;
    week.sort((a, b) => place(a.plan) - place(b.plan));
    results.push(...results.splice(resultsStart).sort((a, b) => place(a.plan) - place(b.plan)));
    if (failures.length === 0) await req.onRange?.(range, week);
  }
  return { results, failures: groupClashes(failures, clashes, show, outDir), refused: [...failed], stored, inputs, fitting };
}

interface Clash {
  persona: string;
  range: DateRange;
  stored: StoredPlan;
}

/** How many times a team's week is planned again, its refused member first, before the refusal stands. */
const TEAM_ROUNDS = 3;

/** Personas at least this many, clashing with one written label, are named in one problem rather than one each. */
const CLASH_GROUP = 3;

/**
 * A team planned again over days another label already plans clashes persona by persona: ten near-identical
 * problems say one thing. Those of one range clashing with one label are said once, naming every persona.
 */
function groupClashes(failures: readonly Problem[], clashes: ReadonlyMap<Problem, Clash>, show: (p: string) => string, outDir: string | null): Problem[] {
  if (clashes.size < CLASH_GROUP || outDir === null) return [...failures];
  const groups = new Map<string, Clash[]>();
  for (const c of clashes.values()) {
    const key = `${c.range.label}\u0000${c.stored.label}`;
    const list = groups.get(key) ?? groups.set(key, []).get(key)!;
    list.push(c);
  }
  const out: Problem[] = [];
  const said = new Set<string>();
  for (const problem of failures) {
    const c = clashes.get(problem);
    const key = c ? `${c.range.label}\u0000${c.stored.label}` : null;
    const group = key ? groups.get(key)! : null;
    if (!c || !group || group.length < CLASH_GROUP) {
      out.push(problem);
      continue;
    }
    if (said.has(key!)) continue;
    said.add(key!);
    const { plan, label } = c.stored;
    const which = labelFlags(c.stored);
    const ids = group.map((g) => g.persona).sort(byCodePoint);
    const again = `persona plan ${ids.length <= 8 ? ids.join(' ') : '--all'} ${which} --out ${outShown(outDir, show)}`;
    out.push({
      code: 'overlapping-plan',
      file: show(dirname(c.stored.file)),
      message: planMsg('overlapping-plans', { n: ids.length, personas: ids.join(', '), from: c.range.from, to: c.range.to, label, planFrom: plan.range.from, planTo: plan.range.to }),
      hint: planMsg('overlapping-plans-hint', { label, again, dir: show(dirname(c.stored.file)) }),
    });
  }
  return out;
}


/** Templates compile on first use: a week for one persona renders a few dozen of several hundred.
 *  A template that does not compile reports the same file:line problem when the planner first tries it. */
/** Render problems of every other template fitting a persona (strict renders, as validate runs them). */
function renderProblemsFor(persona: Persona, templates: readonly Template[], known: readonly Problem[]): Problem[] {
  const named = new Set(known.map((p) => p.file));
  const fits = fitsPersona(persona);
  const others = templates.filter((t) => !named.has(t.file) && (t.kind === 'chat' || fits(t)));
  return checkTemplates(others, [persona]).problems.filter((p) => p.code === 'template-render');
}

/**
 * Handlebars syntax errors in any template a plan might pick, found before planning: otherwise a broken
 * template passes every week it happens not to be picked and fails the week it is. Templates read from the
 * bundled library's snapshot (`built`) were parsed at build time.
 */
export function syntaxProblems(templates: readonly Template[], built: ReadonlySet<Template>): Problem[] {
  let renderer: ReturnType<typeof createRenderer> | null = null;
  const problems: Problem[] = [];
  for (const template of templates) {
    // The lint scanner takes the usual subset of Handlebars in a fraction of a parse (900 compiles cost 0.18 s):
    // what it reads is well-formed; the rest goes through Handlebars, which names any syntax error.
    if (built.has(template) || scanStaticText(template.body, template.bodyLine)) continue;
    const result = (renderer ??= createRenderer()).compile(template);
    if (!result.ok) problems.push(result.problem);
  }
  return problems;
}

export function prepareLazily(templates: readonly Template[]): PreparedTemplate[] {
  const renderer = createRenderer();
  return templates
    .filter((t) => t.kind !== 'chat')
    .map((template) => {
      let compiled: Compiled | null = null;
      return {
        template,
        render: (ctx, seed) => {
          if (!compiled) {
            const result = renderer.compile(template);
            if (!result.ok) throw Object.assign(new Error('compile failed'), { problem: result.problem });
            compiled = result.render;
          }
          return compiled(ctx, seed);
        },
      };
    });
}

/** The out dir as the user would type it: the working folder itself shows as an absolute path, `--out .` is typed. */
export function outShown(outDir: string, show: (p: string) => string): string {
  return show(join(outDir, 'x')) === 'x' ? '.' : show(outDir);
}

/** The flags that plan a written label again: `--week 2026-W50`, or `--from 2026-12-10 --days 3`. */
function labelFlags({ label, plan }: StoredPlan): string {
  const days = dayNumber(plan.range.to) - dayNumber(plan.range.from) + 1;
  return /^\d{4}-W\d{2}$/.test(label) ? `--week ${label}` : `--from ${plan.range.from} --days ${days}`;
}

function overlapping(persona: string, range: DateRange, stored: StoredPlan, show: (p: string) => string, outDir: string): Problem {
  const { label, plan } = stored;
  const file = show(stored.file);
  const which = labelFlags(stored);
  const out = outShown(outDir, show);
  const again = `persona plan ${persona} ${which} --out ${out}`;
  return {
    code: 'overlapping-plan',
    file,
    message: planMsg('overlapping-plan', { persona, from: range.from, to: range.to, label, planFrom: plan.range.from, planTo: plan.range.to }),
    hint: planMsg('overlapping-plan-hint', { label, again, file }),
  };
}

/** What a rolling rule's ceiling is in a plan's recorded rules, for telling whether an earlier plan had a looser one. */
const CEILING: Partial<Record<Violation['rule'], (rules: Plan['rules']) => number>> = {
  'rolling-share': (r) => r.maxMarketingShare,
  'salesiness-budget': (r) => r.weeklySalesinessBudget,
};

function refusal(
  persona: string,
  violations: readonly Violation[],
  ctx: { plan: Plan; history: readonly Plan[]; labelOf: (plan: Plan) => string | null; outDir: string | null; show: (p: string) => string },
): Problem {
  const first = violations[0]!;
  // The 7 days reach back into weeks written under a looser ceiling (the policy was tightened since): no plan of
  // this week can repair them, and that is no planner bug. Say which weeks and how to bring them under it.
  const ceiling = CEILING[first.rule];
  if (ceiling && first.date) {
    const from = dayNumber(first.date);
    const looser = ctx.history
      .filter((h) => dayNumber(h.range.to) >= from && dayNumber(h.range.from) <= from + 6 && ceiling(h.rules) > ceiling(ctx.plan.rules) + 1e-9)
      .map((h) => ({ label: ctx.labelOf(h), was: ceiling(h.rules) }))
      .filter((x): x is { label: string; was: number } => x.label !== null);
    if (looser.length) {
      const out = ctx.outDir ? outShown(ctx.outDir, ctx.show) : 'DIR';
      const labels = [...new Set(looser.map((x) => x.label))].sort();
      return {
        code: 'unsatisfiable',
        message: planMsg('verify.history-looser', { persona, rule: planMsg(`rule.${first.rule}` as 'rule.cooldown'), labels: labels.join(', '), was: looser[0]!.was, now: ceiling(ctx.plan.rules) }),
        expected: first.message,
        hint: planMsg('verify.history-looser-hint', { again: labels.map((l) => `persona plan ${persona} ${/^\d{4}-W\d{2}$/.test(l) ? `--week ${l}` : `--from ${l.slice(0, 10)} --days ${dayNumber(l.slice(11)) - dayNumber(l.slice(0, 10)) + 1}`} --out ${out}`).join('; ') }),
      };
    }
  }
  return {
    code: 'unsatisfiable',
    message: planMsg('verify.refused', { persona, rule: planMsg(`rule.${first.rule}` as 'rule.cooldown') }),
    expected: first.message,
    hint: planMsg('verify.refused-hint'),
  };
}

