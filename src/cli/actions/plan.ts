// `persona plan`: read personas, library and the plans already written; call the pure planner per persona and
// week; verify every plan independently; then print the calendar or write every view, all or nothing.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Lang } from '../../i18n/text.js';
import { t } from '../../i18n/translate.js';
import { display, loadPersonas, loadTemplates, loadWorkspace } from '../../load/workspace.js';
import { PersonaError, type Problem } from '../../model/errors.js';
import type { Persona } from '../../model/persona.js';
import type { Plan } from '../../model/plan.js';
import { FORMAT_NAMES, FORMATS, type FormatName } from '../../formats/index.js';
import { productNames } from '../../formats/names.js';
import { density as summarize } from '../../formats/view.js';
import { consecutiveWeeks, dayRange, parseWeek, weekLabelParts, weeksInYear, type DateRange } from '../../plan/range.js';
import { dayNumber, isoOfDay, todayIn } from '../../plan/time.js';
import { verify } from '../../plan/verify.js';
import { msg as planMsg } from '../../plan/messages.js';
import type { PlanCliOptions } from '../commands/plan.js';
import type { PromptStreams } from '../ask.js';
import { commitStaged, discardStaged, stageFiles, writeAtomically, type OutputFile } from '../files.js';
import { EXIT, type Io } from '../io.js';
import { msg } from '../messages.js';
import { msg as onboardMsg } from '../onboard-messages.js';
import { progressBar } from '../progress.js';
import { listLabels, readPlans, type StoredPlan } from '../plan-store.js';
import { outShown, planPersonas, syntaxProblems, type PlannedWeek } from '../plan-run.js';
import { planInWorkers, WORKER_MIN_PERSONAS, type ShardedRun } from '../plan-workers.js';
import { fileOptions, filesIn, viewFile, indexFiles, viewsFor } from '../plan-views.js';
import type { TemplateFacts } from '../plan-restate.js';
import { byCodePoint } from '../../model/order.js';
import { readMatcherTables } from '../../load/matcher-snapshot.js';

export interface PlanOptions extends PlanCliOptions {
  ids: string[];
  config?: string;
}

/**
 * A run some personas of which could not be planned writes nothing at all (a week is written whole or not at
 * all). With several personas and an out dir, say so once, with the command that plans the others alone.
 */
function refusedRun(run: { failures: Problem[]; refused: string[] }, ids: readonly string[], ranges: readonly DateRange[], out: string | null): PersonaError {
  if (ids.length < 2 || out === null) return new PersonaError(run.failures);
  const refused = [...new Set(run.refused)].sort();
  const fine = ids.filter((id) => !refused.includes(id));
  const first = ranges[0]!;
  const last = ranges[ranges.length - 1]!;
  const weekly = /^\d{4}-W\d{2}$/.test(first.label);
  const which = weekly ? `--week ${first.label}${ranges.length > 1 ? ` --weeks ${ranges.length}` : ''}` : `--from ${first.from} --days ${dayNumber(last.to) - dayNumber(first.from) + 1}`;
  // The summary carries the refusals' own code when they share one (every persona overlapping a written plan is
  // no unsatisfiable rule), and offers to plan the others alone only when there are others.
  const codes = new Set(run.failures.map((f) => f.code));
  const summary: Problem = {
    code: codes.size === 1 ? [...codes][0]! : 'unsatisfiable',
    message: fine.length ? msg('plan-refused-run', { refused: refused.join(', '), n: refused.length, total: ids.length }) : msg('plan-refused-run-all', { total: ids.length }),
    hint:
      fine.length === 0
        ? msg('plan-refused-run-hint-all')
        : fine.length <= 12
          ? msg('plan-refused-run-hint', { command: `persona plan ${fine.join(' ')} ${which} --out ${out}` })
          : msg('plan-refused-run-hint-many'),
  };
  return new PersonaError([...run.failures, summary]);
}

function usage(message: ReturnType<typeof msg>, hint?: ReturnType<typeof msg>): never {
  throw new PersonaError({ code: 'usage', message, ...(hint ? { hint } : {}) });
}

function positiveInt(value: string | undefined, flag: string, maxValue: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > maxValue) usage(msg('bad-count', { flag, value, max: maxValue }), msg(flag === '--days' ? 'bad-count-hint-days' : 'bad-count-hint-weeks'));
  return n;
}

/** A --from date: the form, then the day itself (2027-02-29 has the form of a date and is none). */
function checkDate(value: string): void {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!parts) usage(msg('bad-date', { value }), msg('bad-date-hint'));
  if (isoOfDay(dayNumber(value)) === value) return;
  const [year, month] = [Number(parts[1]), Number(parts[2])];
  if (month < 1 || month > 12) usage(msg('bad-date', { value }), msg('bad-date-hint'));
  // Day 0 of the next month is the last of this one.
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  usage(msg('no-such-day', { value, month: msg(`month-${month}` as 'month-1', { year }), days }), msg('no-such-day-hint', { last: `${parts[1]}-${parts[2]}-${String(days).padStart(2, '0')}` }));
}

export function resolveRanges(options: Pick<PlanOptions, 'week' | 'weeks' | 'from' | 'days'>, today: string): DateRange[] {
  const weeks = positiveInt(options.weeks, '--weeks', 104);
  const days = positiveInt(options.days, '--days', 366);
  if (options.from !== undefined || days !== undefined) {
    if (options.week !== undefined || weeks !== undefined) usage(msg('range-conflict'), msg('range-conflict-hint'));
    if (options.from === undefined || days === undefined) usage(msg('from-needs-days'));
    checkDate(options.from);
    return [dayRange(options.from, days)];
  }
  const first = parseWeek(options.week ?? 'next', today);
  if (!first) {
    // A week number the year does not have (2027-W53, W00) says how many weeks the year has.
    const numbered = weekLabelParts(options.week ?? '');
    if (numbered) usage(msg('bad-week-number', { value: options.week!, year: numbered.year, weeks: weeksInYear(numbered.year) }), msg('bad-week-hint'));
    usage(msg('bad-week', { value: options.week ?? '' }), msg('bad-week-hint'));
  }
  return consecutiveWeeks(first, weeks ?? 1);
}

function formatsOf(options: PlanOptions): FormatName[] {
  // `--format ""` names no format: said, rather than read as the default.
  if (options.format && options.format.length === 0) usage(msg('bad-format', { value: '', known: FORMAT_NAMES.join(', ') }));
  const asked = options.format?.length ? options.format : ['md', 'json'];
  for (const f of asked) {
    if (!(FORMAT_NAMES as string[]).includes(f)) usage(msg('bad-format', { value: f, known: FORMAT_NAMES.join(', ') }));
  }
  // JSON is always written: it is the history later weeks are planned against.
  return [...new Set<FormatName>(['json', ...(asked as FormatName[])])];
}

/** `streams` stand in for the terminal when tests drive `--interactive`. */
export async function runPlan(options: PlanOptions, io: Io, streams?: PromptStreams): Promise<number> {
  if (options.check) return runCheck(options.check, options, io);
  const ws = loadWorkspace({ cwd: io.cwd, ...(options.config ? { config: options.config } : {}) });
  if (!options.all && options.ids.length === 0) usage(msg('plan-who'), msg('plan-who-hint'));
  if (options.all && options.ids.length > 0) usage(msg('plan-ids-and-all', { ids: options.ids.join(' ') }), msg('plan-who-hint'));
  // Checked before any work: a review needs someone at a keyboard.
  if (options.interactive && !streams && !(io.stdinIsTTY && io.stdoutIsTTY)) usage(onboardMsg('review-needs-tty'), onboardMsg('review-needs-tty-hint'));
  // An empty seed would quietly give another plan than the default (seeds are part of the file's identity).
  if (options.seed !== undefined && options.seed.trim() === '') usage(msg('empty-seed'), msg('empty-seed-hint'));
  const ranges = resolveRanges(options, todayIn(undefined, io.now));
  const formats = formatsOf(options);
  const loaded = loadPersonas(ws, options.all ? undefined : options.ids);
  if (loaded.problems.length) throw new PersonaError(loaded.problems);
  const library = loadTemplates(ws);
  if (library.problems.length) throw new PersonaError(library.problems);
  const broken = syntaxProblems(library.items, library.built);
  if (broken.length) throw new PersonaError(broken);
  const outDir = options.out ? resolve(io.cwd, options.out) : ws.policy.out ? resolve(ws.root, ws.policy.out) : null;
  const show = (p: string) => display(p, io.cwd);

  const personas = [...loaded.items].sort((a, b) => byCodePoint(a.team ?? '', b.team ?? '') || byCodePoint(a.id, b.id));
  const progress = progressBar(io, {
    total: ranges.length * personas.length,
    title: t(io.lang, onboardMsg('progress-planning')),
    quiet: options.quiet === true || options.interactive === true,
    columns: (process.stderr as { columns?: number }).columns ?? 80,
  });
  const request = { ws, personas, templates: library.items, ranges, seed: options.seed, outDir, show, io, onTick: (id: string) => progress.tick(id) };
  // Thousands of personas without a review or JSON on stdout: plan them in worker threads, team by team.
  // Many personas, written and not reviewed: plan in worker threads, team by team, each writing its weeks
  // as it goes; one thread does the same when threads are not wanted or not available.
  const jobs = positiveInt(options.jobs, '--jobs', 64);
  if (outDir && !options.interactive && !options.json && personas.length >= WORKER_MIN_PERSONAS) {
    const shard = { cwd: io.cwd, ws, templates: [...library.items], ranges, seed: options.seed, outDir, formats, lang: io.langAsked ? io.lang : null, all: options.all === true };
    let sharded = jobs !== 1 ? await planInWorkers({ ...shard, personas }, progress, jobs) : null;
    if (!sharded) {
      // Imported here: it brings node:worker_threads along, which a plan of a few personas has no use for.
      const { planAndStage } = await import('../plan-shard.js');
      sharded = await planAndStage({ ...shard, personas }, (id) => progress.tick(id));
    }
    progress.done();
    return finishSharded(sharded, { ranges, outDir, formats, io, options, show, ids: personas.map((p) => p.id) });
  }
  const run = await planPersonas(request);
  progress.done();
  if (run.failures.length) throw refusedRun(run, personas.map((p) => p.id), ranges, outDir && outShown(outDir, show));
  const { stored, inputs, fitting } = run;
  let results = run.results;
  const ids = new Set(personas.map((p) => p.id));
  const personaById = new Map(personas.map((p) => [p.id, p]));
  const plannedLabels = new Set(ranges.map((r) => r.label));

  if (options.interactive) {
    const { reviewPlans } = await import('./review.js');
    // Stored plans the review checks against: this run's personas' other labels, and teammates'.
    const around = stored.filter((s) => !(ids.has(s.plan.persona.id) && plannedLabels.has(s.label))).map((s) => s.plan);
    const reviewed = await reviewPlans({
      plans: results.map((r) => r.plan),
      products: (id) => productNames(personaById.get(id)!),
      io,
      ...(streams ? { streams } : {}),
      reviseInput: (plan, current) => {
        const persona = personaById.get(plan.persona.id)!;
        const range = results.find((r) => r.plan.persona.id === persona.id && r.plan.range.from === plan.range.from)!.range;
        const personaInputs = inputs(persona, range);
        const others = [...around, ...current.filter((p) => p !== plan && !(p.persona.id === plan.persona.id && p.range.from === plan.range.from))];
        return {
          persona,
          templates: fitting(persona),
          measure: personaInputs.measure,
          history: others.filter((p) => p.persona.id === persona.id),
          team: persona.team ? others.filter((p) => p.persona.team === persona.team && p.persona.id !== persona.id) : [],
          bannedWords: ws.policy.bannedWords,
          ...(personaInputs.companions ? { companions: personaInputs.companions } : {}),
        };
      },
    });
    if (reviewed.status !== 'saved') {
      io.stderr(`${t(io.lang, onboardMsg(reviewed.status === 'quit' ? 'nothing-written' : 'cancelled'))}\n`);
      return reviewed.status === 'quit' ? EXIT.ok : 130;
    }
    results = results.map((r, i) => ({ ...r, plan: reviewed.plans[i]! }));
  }

  const lang = io.lang;
  const quiet = options.quiet === true;
  if (!quiet && !options.json) printWarnings(results, io);
  if (outDir) {
    const files: OutputFile[] = [];
    for (const range of ranges) {
      const labelDir = join(outDir, range.label);
      const present = filesIn(labelDir);
      const plans = results.filter((r) => r.range.label === range.label).map((r) => r.plan);
      for (const plan of plans) {
        for (const name of viewsFor(present, plan.persona.id, formats)) {
          files.push(viewFile(labelDir, name, await FORMATS[name].load(), plan, fileOptions(io.langAsked ? io.lang : null, plan, personaById.get(plan.persona.id))));
        }
      }
      files.push(...(await indexFiles(labelDir, range.label, plans, { present, md: options.all === true || personas.length > 1, html: formats.includes('html'), lang, show })));
    }
    // Plans already written for these labels are replaced: said when one changes, since a salesperson may have
    // imported it (or swapped a post in it) already.
    const replaced = files.filter((f) => f.path.endsWith('.json') && differs(f));
    writeAtomically(files, show);
    if (replaced.length && !quiet && !options.json) io.stderr(`${t(io.lang, msg('plan-replaced', { files: replaced.map((f) => show(f.path)).join(', ') }))}\n`);
    if (options.json) io.stdout(`${JSON.stringify(results.length === 1 ? results[0]!.plan : results.map((r) => r.plan), null, 2)}\n`);
    else if (!quiet) {
      // After --interactive the user has just read every post; the summary is enough.
      if (!options.all && results.length <= 3 && !options.interactive) await printCalendars(results.map((r) => r.plan), io, personaById);
      printSummary(results, lang, io);
      for (const range of ranges) io.stdout(`${t(lang, msg('wrote', { count: files.filter((f) => f.path.startsWith(join(outDir, range.label))).length, dir: show(join(outDir, range.label)) }))}\n`);
    }
  } else if (options.json) {
    io.stdout(`${JSON.stringify(results.length === 1 ? results[0]!.plan : results.map((r) => r.plan), null, 2)}\n`);
  } else if (!quiet) {
    await printCalendars(results.map((r) => r.plan), io, personaById);
    if (results.length > 1) printSummary(results, lang, io);
  }
  return EXIT.ok;
}

/** The end of a run planned in worker threads: index pages, then every file renamed into place at once. */
async function finishSharded(
  run: ShardedRun,
  ctx: { ranges: readonly DateRange[]; outDir: string; formats: readonly FormatName[]; io: Io; options: PlanOptions; show: (p: string) => string; ids: readonly string[] },
): Promise<number> {
  const { ranges, outDir, formats, io, options, show } = ctx;
  if (run.failures.length) throw refusedRun(run, ctx.ids, ranges, outShown(outDir, show));
  const lang = io.lang;
  const order = (r: { label: string; plan: Plan }) => `${r.label} ${r.plan.persona.team ?? ''} ${r.plan.persona.id}`;
  const sorted = [...run.plans].sort((a, b) => (order(a) < order(b) ? -1 : 1));
  const results = sorted.map((r) => ({ range: ranges.find((x) => x.label === r.label)!, plan: r.plan, notes: r.notes }));
  const files: OutputFile[] = [];
  let index: Awaited<ReturnType<typeof stageFiles>>;
  try {
    for (const range of ranges) {
      const labelDir = join(outDir, range.label);
      const plans = results.filter((r) => r.range.label === range.label).map((r) => r.plan);
      files.push(...(await indexFiles(labelDir, range.label, plans, { present: filesIn(labelDir), md: true, html: formats.includes('html'), lang, show })));
    }
    index = stageFiles(files, show);
  } catch (err) {
    discardStaged(run.staged);
    throw err;
  }
  const all = [...run.staged, ...index];
  commitStaged(all, show);
  if (!options.quiet) {
    printWarnings(results, io);
    printSummary(results, lang, io);
    for (const range of ranges) io.stdout(`${t(lang, msg('wrote', { count: all.filter((f) => f.path.startsWith(join(outDir, range.label))).length, dir: show(join(outDir, range.label)) }))}\n`);
  }
  return EXIT.ok;
}

/**
 * The holiday-data note once for a whole run: each week's plan names its own uncovered dates, and a four-week run
 * printed the same advice four times. The dates become the run's first to last uncovered day.
 */
function spanUncovered(results: readonly PlannedWeek[]): PlannedWeek[] {
  const UNCOVERED = 'calendar.uncovered';
  const notes = results.flatMap((r) => r.notes.filter((n) => n.key === UNCOVERED));
  // One note when the data's reach is the same throughout; the years may differ (a run crossing New Year).
  if (notes.length < 2 || new Set(notes.map((n) => String(n.data?.known ?? ''))).size !== 1) return [...results];
  const sorted = notes.flatMap((n) => String(n.data?.dates ?? '').split(' – ')).filter((d) => /^\d{4}-\d\d-\d\d$/.test(d)).sort();
  if (!sorted.length) return [...results];
  const dates = sorted[0] === sorted.at(-1) ? sorted[0]! : `${sorted[0]} – ${sorted.at(-1)}`;
  const years = [...new Set(notes.flatMap((n) => String(n.data?.years ?? '').split(', ')).filter(Boolean))].sort();
  const data = { ...notes[0]!.data, dates, years: years.join(', '), example: `${years[0]}-01-01` };
  return results.map((r) => ({ ...r, notes: r.notes.map((n) => (n.key === UNCOVERED ? { ...n, data } : n)) }));
}

/** Whether an output would change a file already there (a new file changes nothing). */
function differs(file: OutputFile): boolean {
  if (!existsSync(file.path)) return false;
  return readFileSync(file.path, 'utf8') !== (typeof file.content === 'string' ? file.content : Buffer.from(file.content).toString('utf8'));
}

/**
 * Planner notes in the terminal's language (the plan files hold them in the persona's), each once with the
 * personas it concerns (a holiday-data note would otherwise repeat per persona).
 */
function printWarnings(results: readonly PlannedWeek[], io: Io): void {
  const who = new Map<string, Set<string>>();
  for (const { plan, notes } of spanUncovered(results)) {
    for (const note of notes) {
      const w = t(io.lang, note);
      who.set(w, new Set([...(who.get(w) ?? []), plan.persona.id]));
    }
  }
  for (const [warning, ids] of who) {
    const list = [...ids].sort();
    const names = list.length > 3 ? `${list.slice(0, 3).join(', ')} +${list.length - 3}` : list.join(', ');
    io.stderr(`${t(io.lang, msg('plan-note', { personas: names, note: warning }))}\n`);
  }
}

async function printCalendars(plans: readonly Plan[], io: Io, personaById: ReadonlyMap<string, Persona>): Promise<void> {
  const { markdown } = await import('../../formats/markdown.js');
  for (const plan of plans) {
    const persona = personaById.get(plan.persona.id);
    io.stdout(`${markdown(plan, { lang: io.lang, color: io.color, ...(persona ? { products: productNames(persona) } : {}) })}\n`);
  }
}

function printSummary(results: readonly { range: DateRange; plan: Plan }[], lang: Lang, io: Io): void {
  const teams = new Map<string, { posts: number; marketing: number; personas: Set<string> }>();
  for (const { range, plan } of results) {
    const s = summarize(plan);
    io.stdout(`${t(lang, msg('plan-summary', { persona: plan.persona.id, label: range.label, posts: s.posts, marketing: s.marketing, share: `${Math.round(s.share * 100)}%`, maxShare: `${Math.round(plan.rules.maxMarketingShare * 100)}%`, salesiness: (Math.round(s.salesiness * 100) / 100).toFixed(2), budget: plan.rules.weeklySalesinessBudget }))}\n`);
    const key = plan.persona.team ?? '';
    const tot = teams.get(key) ?? { posts: 0, marketing: 0, personas: new Set<string>() };
    teams.set(key, { posts: tot.posts + s.posts, marketing: tot.marketing + s.marketing, personas: new Set([...tot.personas, plan.persona.id]) });
  }
  if (results.length > 1) {
    for (const [team, tot] of [...teams.entries()].sort()) {
      if (!team) continue;
      io.stdout(`${t(lang, msg('team-summary', { team, personas: tot.personas.size, posts: tot.posts, marketing: tot.marketing }))}\n`);
    }
    const posts = [...teams.values()].reduce((a, b) => a + b.posts, 0);
    const marketing = [...teams.values()].reduce((a, b) => a + b.marketing, 0);
    io.stdout(`${t(lang, msg('total-summary', { personas: results.length, posts, marketing }))}\n`);
  }
}

/** What the workspace says now about one persona's plans: its rules, the campaigns a range may use, template cooldowns. */
interface RulesNow {
  rules: Plan['rules'];
  /** The calendar's quiet days (清明节 for zh-CN) in a range: plans record them with the policy's. */
  calendarQuietDays: (range: Plan['range']) => readonly string[];
  campaignsFor: (range: Plan['range']) => NonNullable<Plan['rules']['campaigns']>;
  /** Each template's own cooldownDays, or null for the policy's default. */
  cooldowns: ReadonlyMap<string, number | null>;
}

/**
 * Every way a plan's recorded rules, or its posts' recorded cooldowns, are looser than the workspace's now: a
 * hand edit (a window added, a series, rest or quiet day dropped, a campaign made up, a cooldown set to 0) or a
 * policy tightened since. verify() holds a plan to what it records, so these are found here.
 */
function looserFields(plan: Plan, now: RulesNow): { name: string; recorded: string | number; now: string | number }[] {
  const recorded = plan.rules;
  const higherIsLooser = ['maxMarketingShare', 'maxMarketingPerDay', 'weeklySalesinessBudget', 'marketingThreshold', 'maxPersonasPerTemplatePerDay'] as const;
  const lowerIsLooser = ['minHoursBetweenMarketing', 'defaultCooldownDays'] as const;
  const out: { name: string; recorded: string | number; now: string | number }[] = [
    ...higherIsLooser.filter((k) => recorded[k] > now.rules[k] + 1e-9).map((k) => ({ name: k, recorded: recorded[k], now: now.rules[k] })),
    ...lowerIsLooser.filter((k) => recorded[k] < now.rules[k] - 1e-9).map((k) => ({ name: k, recorded: recorded[k], now: now.rules[k] })),
  ];
  const list = (xs: readonly string[]) => xs.join(', ') || '—';
  if (recorded.windows.some((w) => !now.rules.windows.includes(w))) out.push({ name: 'windows', recorded: list(recorded.windows), now: list(now.rules.windows) });
  const pd = recorded.postsPerDay;
  if (pd.max > now.rules.postsPerDay.max || pd.min < now.rules.postsPerDay.min) out.push({ name: 'postsPerDay', recorded: `${pd.min}–${pd.max}`, now: `${now.rules.postsPerDay.min}–${now.rules.postsPerDay.max}` });
  if (now.rules.restDays.some((d) => !recorded.restDays.includes(d))) out.push({ name: 'restDays', recorded: list(recorded.restDays), now: list(now.rules.restDays) });
  const quiet = [...new Set([...now.rules.quietDays, ...now.calendarQuietDays(plan.range)])].filter((d) => d >= plan.range.from && d <= plan.range.to).sort();
  if (quiet.some((d) => !recorded.quietDays.includes(d))) out.push({ name: 'quietDays', recorded: list(recorded.quietDays.filter((d) => d >= plan.range.from && d <= plan.range.to)), now: list(quiet) });
  const ritual = (x: { name: string; day: string; window: string }) => `${x.name} (${x.day} ${x.window})`;
  if (now.rules.series.some((x) => !recorded.series.some((r) => ritual(r) === ritual(x)))) out.push({ name: 'series', recorded: list(recorded.series.map(ritual)), now: list(now.rules.series.map(ritual)) });
  // A recorded campaign holds while one of the config's covers its days with limits at least as loose (a campaign
  // lengthened or loosened since is no hand edit).
  const allowed = now.campaignsFor(plan.range);
  type Campaign = NonNullable<Plan['rules']['campaigns']>[number];
  const covers = (a: Campaign, c: Campaign) =>
    a.from <= c.from &&
    c.to <= a.to &&
    c.maxMarketingShare <= a.maxMarketingShare + 1e-9 &&
    c.maxMarketingPerDay <= a.maxMarketingPerDay &&
    c.weeklySalesinessBudget <= a.weeklySalesinessBudget + 1e-9 &&
    c.minHoursBetweenMarketing >= a.minHoursBetweenMarketing - 1e-9;
  for (const c of recorded.campaigns ?? []) {
    if (allowed.some((a) => covers(a, c))) continue;
    // Its limits, and those of the campaign of that name now (or of every campaign the range may use).
    const limits = (a: Campaign) => `${a.from} – ${a.to}: share ${a.maxMarketingShare}, ${a.maxMarketingPerDay} a day, ${a.minHoursBetweenMarketing} h apart, budget ${a.weeklySalesinessBudget}`;
    const same = allowed.filter((a) => a.name === c.name);
    out.push({ name: `campaign "${c.name}"`, recorded: limits(c), now: list((same.length ? same : allowed).map((a) => (same.length ? limits(a) : `${a.name} (${limits(a)})`))) });
  }
  for (const post of plan.posts) {
    // A template of the library now: its own cooldown, or the policy's default.
    if (!now.cooldowns.has(post.template)) continue;
    const days = now.cooldowns.get(post.template) ?? now.rules.defaultCooldownDays;
    if (post.cooldownDays < days) out.push({ name: `cooldownDays of ${post.id}`, recorded: post.cooldownDays, now: days });
  }
  return out;
}

/** `persona plan --check DIR`: the same verify() over plans already on disk; exit 1 on any violation. */
async function runCheck(dir: string, options: PlanOptions, io: Io): Promise<number> {
  const outDir = resolve(io.cwd, dir);
  const show = (p: string) => display(p, io.cwd);
  const labels = listLabels(outDir);
  if (labels.length === 0) usage(msg('check-empty', { dir }), msg('check-empty-hint'));
  const { planSchema } = await import('../../model/plan-schema.js');
  // Every label at once: each file is read and parsed once, then checked against the versioned schema.
  const all = readPlans(outDir, { from: dayNumber(labels[0]!.from), to: Math.max(...labels.map((l) => dayNumber(l.to))) }, null, new Set(), show);
  for (const s of all) {
    const parsed = planSchema.safeParse(s.plan);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new PersonaError({ code: 'schema', file: show(s.file), path: issue.path.join('.'), message: msg('bad-plan-file', { file: show(s.file), reason: `${issue.path.join('.')}: ${issue.message}` }), hint: msg('bad-plan-file-hint') });
    }
  }
  // Words to avoid, and the ceilings the config sets now, are known only when the personas are at hand; the rest
  // of verify reads the rules each plan records.
  const words = new Map<string, string[]>();
  const current = new Map<string, RulesNow>();
  const streams = new Map<string, Persona['events']>();
  const noEmoji = new Set<string>();
  const library = new Map<string, TemplateFacts>();
  let bannedWords: readonly string[] = [];
  try {
    const ws = loadWorkspace({ cwd: io.cwd, ...(options.config ? { config: options.config } : {}) });
    bannedWords = ws.policy.bannedWords;
    const { effectiveRules } = await import('../../model/rules.js');
    const { campaignsFor } = await import('../plan-inputs.js');
    const { createCalendar } = await import('../../calendar/index.js');
    const calendar = createCalendar({ holidays: ws.policy.holidays, builtinQuietDays: ws.policy.calendar.builtinQuietDays, quietSeasons: ws.policy.calendar.quietSeasons });
    const cooldowns = new Map<string, number | null>();
    for (const tpl of loadTemplates(ws).items) {
      cooldowns.set(tpl.id, tpl.cooldownDays ?? null);
      library.set(tpl.id, { kind: tpl.kind, salesiness: tpl.salesiness ?? null });
    }
    for (const p of loadPersonas(ws).items) {
      words.set(p.id, [...p.voice.avoid, ...ws.policy.bannedWords]);
      streams.set(p.id, p.events);
      if (p.voice.emoji === 'none') noEmoji.add(p.id);
      current.set(p.id, {
        rules: effectiveRules(p, ws.policy) as Plan['rules'],
        calendarQuietDays: (range) => calendar.days(range.from, range.to, p.locale).filter((d) => d.quiet).map((d) => d.date),
        campaignsFor: (range) => campaignsFor(ws.policy, p, { ...range, label: '' }),
        cooldowns,
      });
    }
  } catch {
    // No config or personas here: check density rules only.
  }
  // What each plan records, measured rather than trusted (see plan-restate.ts); verify() then reads the plans
  // as they are. The same engine as the planner's, with the policy's banned words when there is a config.
  const { createScorer } = await import('../../lint/score.js');
  const { restatePlan } = await import('../plan-restate.js');
  const scorer = createScorer({ bannedWords: [...bannedWords], tables: readMatcherTables });
  let violations = 0;
  for (const s of all) {
    const restated = restatePlan(s.plan, library, (text, locale) => scorer.score(text, locale).salesiness);
    s.plan = restated.plan;
    for (const u of restated.understated) {
      violations++;
      io.stdout(`${show(s.file)}: ${t(io.lang, u.field === 'kind' ? msg('check-kind', { post: u.post, recorded: u.recorded, actual: u.actual }) : msg('check-salesiness', { post: u.post, recorded: u.recorded, actual: u.actual, declared: u.declared ?? '—', measured: u.measured ?? 0 }))}\n`);
    }
  }
  // Each plan against the persona's other plans and its teammates' plans of overlapping dates, found by key
  // rather than by scanning every plan for every plan.
  const byPersona = new Map<string, StoredPlan[]>();
  const byTeam = new Map<string, StoredPlan[]>();
  for (const s of all) {
    byPersona.set(s.plan.persona.id, [...(byPersona.get(s.plan.persona.id) ?? []), s]);
    if (s.plan.persona.team) byTeam.set(s.plan.persona.team, [...(byTeam.get(s.plan.persona.team) ?? []), s]);
  }
  const overlaps = (a: Plan, b: Plan) => a.range.from <= b.range.to && b.range.from <= a.range.to;
  const formatters = new Map<string, Intl.DateTimeFormat>();
  // Two labels planning the same days for one persona would both be posted; said once, on the later file.
  for (const mine of byPersona.values()) {
    for (let i = 0; i < mine.length; i++) {
      for (let j = 0; j < i; j++) {
        const [a, b] = [mine[j]!, mine[i]!];
        if (!overlaps(a.plan, b.plan)) continue;
        violations++;
        io.stdout(`${show(b.file)}: ${t(io.lang, msg('check-overlap', { from: b.plan.range.from, to: b.plan.range.to, other: show(a.file), otherFrom: a.plan.range.from, otherTo: a.plan.range.to }))}\n`);
      }
    }
  }
  // A team-template breach is one fact about several teammates' files: said once, on the first of them (its
  // message names every persona involved), rather than once per file.
  const teamSaid = new Set<string>();
  for (const s of all) {
    const history = byPersona.get(s.plan.persona.id)!.filter((o) => o !== s).map((o) => o.plan);
    const team = s.plan.persona.team ? byTeam.get(s.plan.persona.team)!.filter((o) => o.plan.persona.id !== s.plan.persona.id && overlaps(o.plan, s.plan)).map((o) => o.plan) : [];
    const w = words.get(s.plan.persona.id);
    const events = streams.get(s.plan.persona.id);
    for (const v of verify(s.plan, { history, team, formatters, ...(w ? { words: w } : {}), ...(events ? { events } : {}), noEmoji: noEmoji.has(s.plan.persona.id) })) {
      const line = `${t(io.lang, planMsg(`rule.${v.rule}` as 'rule.cooldown'))}: ${t(io.lang, v.message)}`;
      if (v.rule === 'team-template') {
        const key = `${s.plan.persona.team}\u0000${line}`;
        if (teamSaid.has(key)) continue;
        teamSaid.add(key);
      }
      violations++;
      io.stdout(`${show(s.file)}: ${line}\n`);
    }
    // verify() holds a plan to the rules it records; a plan whose recorded ceilings are looser than the config's
    // (edited by hand, or written before the policy was tightened) is said so, with each field.
    const now = current.get(s.plan.persona.id);
    for (const field of now ? looserFields(s.plan, now) : []) {
      violations++;
      io.stdout(`${show(s.file)}: ${t(io.lang, msg('check-looser', { field: field.name, recorded: field.recorded, now: field.now }))}\n`);
    }
  }
  if (!options.quiet) io.stdout(`${t(io.lang, msg('check-summary', { plans: all.length, labels: labels.length, violations }))}\n`);
  return violations ? EXIT.findings : EXIT.ok;
}

