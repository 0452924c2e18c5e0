// The planner: a pure search from (persona, rules, library, neighbours) to a plan that keeps every density
// guarantee, or the rule that cannot be kept and what would fix it. Slots first (times inside windows), then
// which slots may carry marketing, then content slot by slot, each candidate asked of every constraint.
import type { Text } from '../i18n/text.js';
import { t } from '../i18n/translate.js';
import type { Problem } from '../model/errors.js';
import { fitsPersona, goesOutOn, personaTopics, productsFor } from '../model/fit.js';
import type { Persona, PersonaEvent, Product } from '../model/persona.js';
import { productNameOf } from '../model/products.js';
import { PLAN_SCHEMA_VERSION, type Plan, type Post } from '../model/plan.js';
import { WEEKDAYS } from '../model/constants.js';
import { MARKETING_KINDS, type Template, type TemplateKind } from '../model/template.js';
import { barePersona, makeContext } from '../render/context.js';
import { makeRandom } from '../render/random.js';
import { constraintsFor } from './constraints/index.js';
import { calmAllowance } from './constraints/salesiness-budget.js';
import { EPSILON, windowsContaining } from './constraints/types.js';
import { windowCeilings } from './campaigns.js';
import { createLedger, type Ledger, type Placement, type Slot } from './ledger.js';
import { msg } from './messages.js';
import { daySlots } from './slots.js';
import { createZoneClocks, dayNumber, formatInstant, isoOfDay, weekdayOfDay } from './time.js';
import { TEXT_MEMORY_DAYS, variantsOf } from './variety.js';
import type { PlanInput, PlanOutcome, PreparedTemplate, RuleId } from './types.js';

const CALM_KINDS: readonly TemplateKind[] = ['lifestyle', 'expertise', 'interaction', 'story'];
/** The mix that reads as a person rather than an account: mostly everyday life. */
const KIND_MIX: Readonly<Record<string, number>> = { lifestyle: 0.55, expertise: 0.15, interaction: 0.15, story: 0.15 };
const MAX_ATTEMPTS = 8;
/** A lead-up post goes out at least this long before the stream starts. */
const LEAD_UP_MARGIN_MINUTES = 30;
/** How many recent days of history count toward the content mix. */
const MIX_MEMORY_DAYS = 28;

const round3 = (x: number) => Math.round(x * 1000) / 1000;

interface Option {
  prepared: PreparedTemplate;
  topic: string | null;
  product: Product | null;
  event: PersonaEvent | null;
}

interface Failure {
  problems: Problem[];
  /** What to loosen on the next attempt. */
  retry: 'fewer-marketing' | 'fewer-posts' | 'none';
}

interface Attempt {
  averagePosts: number;
  marketingCap: number;
  seed: string;
  /**
   * The lightest salesiness a calm template declares above zero, when the budget pays for such posts at this
   * pace; the mix then ranks them beside zero-salesiness ones instead of using those up first. 0 otherwise.
   */
  lightFloor: number;
}

export function plan(input: PlanInput): PlanOutcome {
  const { persona, rules } = input;
  const fits = fitsPersona(persona);
  const fitting = input.templates.filter((p) => fits(p.template));
  const calm = fitting.filter((p) => CALM_KINDS.includes(p.template.kind));
  const topics = [...personaTopics(persona)];
  const warnings: Text[] = [];
  // Every weekday a rest day plans an empty week: most likely a slip (or someone on leave), so say it.
  if (WEEKDAYS.every((d) => rules.restDays.includes(d))) warnings.push(msg('warn.every-day-rest'));

  for (const topic of persona.interests.map((i) => i.topic)) {
    if (!calm.some((p) => p.template.topics.includes(topic))) warnings.push(msg('warn.interest-without-templates', { topic, locale: persona.locale }));
  }
  for (const c of rules.campaigns ?? []) {
    if (c.to < input.range.from || c.from > input.range.to) continue;
    warnings.push(
      msg('warn.campaign', {
        name: c.name,
        from: c.from,
        to: c.to,
        perDay: c.maxMarketingPerDay,
        hours: c.minHoursBetweenMarketing,
        share: `${Math.round(c.maxMarketingShare * 100)}%`,
        budget: c.weeklySalesinessBudget,
      }),
    );
  }
  const { min, max } = rules.postsPerDay;
  warnings.push(...marketingOutOfReach(input, fitting));
  if (calm.length === 0 && max > 0) {
    return {
      ok: false,
      problems: [
        {
          code: 'unsatisfiable',
          message: msg('no-fitting-templates', { persona: persona.id, locale: persona.locale, kinds: CALM_KINDS.join(', '), needed: min || 1 }),
          hint: msg('no-fitting-templates-hint', { locale: persona.locale, topics: topics.join(', ') }),
        },
      ],
    };
  }

  // How many posts a day the library can sustain under cooldowns; aim at the middle of [min, max] within that,
  // so week after week of plans does not run dry. A range the library cannot fill even at postsPerDay.min is
  // refused up front with the numbers.
  const activeShare = Math.max(1, 7 - rules.restDays.length) / 7;
  const supply = calm.reduce((sum, p) => sum + usesPerDay(p, rules), 0) / activeShare;
  const rangeDays = dayNumber(input.range.to) - dayNumber(input.range.from) + 1;
  const short = libraryShortfall(calm, rules, rangeDays, min * activeShare, persona);
  if (short) return { ok: false, problems: [{ code: 'unsatisfiable', message: short, hint: msg('library-too-small-hint', { topics: topics.join(', ') }) }] };
  // Over a cooldown span each calm template can go out once; fewer than postsPerDay.min needs means a
  // later week will be refused: say so now, while there is time to add templates.
  const span = rules.defaultCooldownDays + 1;
  // A template kept to some weekdays (days) can go out only on those.
  const year = calm.filter((p) => (p.template.season ?? []).length === 0);
  const usesPerSpan = year.reduce((sum, p) => sum + ((p.template.days?.length ?? 7) / 7) * span * usesPerDay(p, rules), 0);
  const neededPerSpan = min * span * activeShare;
  // For the note, a template of few variants also goes out no more often than its texts allow: none repeats
  // within 91 days, so two variants under a 7-day cooldown last three weeks, not a season.
  const textsPerSpan = year.reduce((sum, p) => sum + Math.min(((p.template.days?.length ?? 7) / 7) * span * usesPerDay(p, rules), (variantsOf(p.template) * span) / TEXT_MEMORY_DAYS), 0);
  if (textsPerSpan < neededPerSpan * 1.15) {
    warnings.push(msg('warn.library-thin', { posts: Math.floor(textsPerSpan), days: span, needed: Math.ceil(neededPerSpan), min, topics: topics.join(', ') }));
  }
  // Within what the templates any day can use allow over a cooldown span, with a fifth in hand: topics, times
  // of day and the budget each turn some away on the day, and a pace at the edge ran dry a month later.
  const light = budgetPace(calm, rules);
  const averagePosts = Math.max(min, Math.min((min + max) / 2, supply * 0.9, (usesPerSpan * 0.8) / (span * activeShare), light.postsPerWeek / (7 * activeShare)));
  const lightFloor = (averagePosts: number) => (light.lightest < Infinity && (averagePosts * 7 * activeShare - light.zeroPerWeek) * light.lightest <= light.budget ? light.lightest : 0);
  const weeks = Math.max(1, Math.ceil(rangeDays / 7));
  let attempt: Attempt = {
    averagePosts,
    lightFloor: lightFloor(averagePosts),
    // A campaign week is a deliberate, capped burst: its own ceilings decide, not the long-run pace.
    marketingCap: (rules.campaigns ?? []).some((c) => !(c.to < input.range.from || c.from > input.range.to))
      ? Infinity
      : Math.ceil(sustainableMarketing(fitting, rules, averagePosts) * weeks),
    seed: input.seed,
  };
  let last: Failure | null = null;
  // A plan that leaves later weeks short is kept only in case every other attempt fails: one whose marketing posts
  // held more calm posts in place than the pace allows (the rolling share needs calm posts around each marketing
  // post, and in a first week nothing before them counts), or one after which the calm templates out of cooldown
  // cannot fill the next days' minimum. Either way the week spent templates the next one needs.
  let overdrawn: { plan: Plan; notes: readonly Text[] } | null = null;
  // The next attempt: a quarter post a day fewer (never below postsPerDay.min), or a marketing cap one lower.
  const gentler = () => Math.max(min, attempt.averagePosts - 0.25);
  const retry = (i: number, averagePosts: number, marketingCap: number): Attempt => ({ averagePosts, lightFloor: lightFloor(averagePosts), marketingCap, seed: `${input.seed}#${i + 1}` });
  for (let i = 0; i < MAX_ATTEMPTS; i++) {
    const result = attemptPlan(input, attempt, fitting, warnings);
    if ('plan' in result) {
      // Lead-ups stay: a stream is announced even at that cost; product posts are what gives way.
      const tooMuchMarketing = result.calmOver > 1 && result.marketing > result.leadUps;
      if (!tooMuchMarketing && !result.starves) return { ok: true, plan: result.plan, notes: result.notes };
      if (i === MAX_ATTEMPTS - 1) return { ok: true, ...(overdrawn ?? result) };
      overdrawn ??= { plan: result.plan, notes: result.notes };
      attempt = retry(i, tooMuchMarketing ? attempt.averagePosts : gentler(), tooMuchMarketing ? result.marketing - 1 : attempt.marketingCap);
      continue;
    }
    if (overdrawn) return { ok: true, ...overdrawn };
    last = result;
    if (result.retry === 'none') break;
    attempt = retry(
      i,
      result.retry === 'fewer-posts' ? gentler() : attempt.averagePosts,
      result.retry === 'fewer-marketing' || attempt.averagePosts <= min ? Math.max(0, result.marketing - 1) : attempt.marketingCap,
    );
  }
  return { ok: false, problems: last!.problems };
}

/**
 * Products the rules never let out, whatever the week: a budget below the lightest product template's declared
 * salesiness, or a share that allows no marketing post among the most posts any 7 days hold. Said in every plan,
 * since a salesperson expecting product posts would otherwise see none and not know why. Campaigns in the range
 * count with their looser ceilings.
 */
function marketingOutOfReach(input: PlanInput, fitting: readonly PreparedTemplate[]): Text[] {
  const { persona, rules } = input;
  const products = fitting.filter((p) => p.template.kind === 'product');
  if (persona.products.length === 0 || products.length === 0) return [];
  const campaigns = (rules.campaigns ?? []).filter((c) => c.from <= input.range.to && c.to >= input.range.from);
  const budget = Math.max(rules.weeklySalesinessBudget, ...campaigns.map((c) => c.weeklySalesinessBudget));
  const share = Math.max(rules.maxMarketingShare, ...campaigns.map((c) => c.maxMarketingShare));
  const lightest = Math.min(...products.map((p) => p.template.salesiness ?? 0));
  const activeDays = 7 - rules.restDays.length;
  const mostPosts = rules.postsPerDay.max * activeDays;
  const out: Text[] = [];
  if (lightest > budget) out.push(msg('warn.products-over-budget', { lightest, budget }));
  if (activeDays > 0 && share <= 0) out.push(msg('warn.share-zero'));
  else if (activeDays > 0 && Math.floor(share * mostPosts + 1e-9) < 1) out.push(msg('warn.share-allows-none', { posts: mostPosts, max: rules.postsPerDay.max, days: activeDays, share }));
  return out;
}

function attemptPlan(
  input: PlanInput,
  attempt: Attempt,
  fitting: readonly PreparedTemplate[],
  baseWarnings: readonly Text[],
): { plan: Plan; notes: readonly Text[]; marketing: number; leadUps: number; calmOver: number; starves: boolean } | (Failure & { marketing: number }) {
  const { persona, rules } = input;
  const random = makeRandom(`${attempt.seed}/slots`);
  const clock = (input.zones ?? createZoneClocks())(persona.timezone);
  const first = dayNumber(input.range.from);
  const lastDay = dayNumber(input.range.to);
  const days = Array.from({ length: lastDay - first + 1 }, (_, i) => first + i);
  const meaning = new Map(days.map((d) => [d, input.calendar?.(isoOfDay(d)) ?? {}]));
  const quietDays = new Set(rules.quietDays);
  const warnings: Text[] = [...baseWarnings];
  for (const m of meaning.values()) warnings.push(...(m.warnings ?? []));

  const layout = daySlots({
    rules,
    days,
    clock,
    random,
    averagePosts: attempt.averagePosts,
    isQuiet: (d) => quietDays.has(isoOfDay(d)) || meaning.get(d)?.quiet === true,
  });
  for (const { day, series, reason } of layout.droppedSeries) {
    warnings.push(msg(reason === 'clock' ? 'warn.series-no-time' : 'warn.series-dropped', { series: series.name, date: isoOfDay(day), window: series.window }));
  }
  if (layout.shortDays.length > 0) {
    const day = layout.shortDays[0]!;
    return {
      marketing: 0,
      retry: 'none',
      problems: [
        {
          code: 'unsatisfiable',
          message: msg('no-window-left', {
            persona: persona.id,
            date: isoOfDay(day),
            windows: rules.windows.join(', '),
            available: layout.slots.filter((s) => s.day === day).length,
            min: rules.postsPerDay.min,
          }),
          // A DST change that day erased part of a window; otherwise the windows are simply too narrow.
          hint: clock.changesOn(day) ? msg('no-window-left-hint') : msg('no-window-left-narrow-hint'),
        },
      ],
    };
  }

  const calm = fitting.filter((p) => CALM_KINDS.includes(p.template.kind));
  const productTemplates = fitting.filter((p) => p.template.kind === 'product');
  const liveTemplates = fitting.filter((p) => p.template.kind === 'live');
  const declared = (p: PreparedTemplate) => p.template.salesiness ?? 0;
  // Each calm post still to come keeps what a calm post weighs on average in the usual mix of kinds, so
  // marketing goes in only where a normal week of everyday posts still fits the budget (a week that
  // spends the budget on marketing would leave only lifestyle posts and drain them over the weeks).
  const reservation = mixedDeclared(calm);
  const productDeclared = [...productTemplates, ...liveTemplates].map(declared).sort((a, b) => a - b);
  // A marketing post is reckoned at the upper quartile of what product and live templates declare: what
  // they measure can only raise it, and underestimating fills the budget with marketing.
  const marketingEstimate = Math.max(productDeclared[Math.floor((productDeclared.length * 3) / 4)] ?? 0.5, reservation);

  // Lead-up slots are decided before the ledger exists, so they are part of the slot objects.
  const events = persona.events.map((e, index) => ({ event: e, index, day: dayNumber(e.at.slice(0, 10)), minute: minutesOf(e.at.slice(11, 16)) }));
  const slots = layout.slots;
  // The week after this one is not planned yet, but it will post: its first days share 7-day windows with
  // this week's last ones, so their calm posts keep a reservation too, or this week could spend the whole
  // budget and leave next Monday no room for anything but zero-salesiness posts.
  // Reckoned at the upper quartile of what calm templates declare, not the mean: next week cannot choose its
  // lightest templates at will (they may be in cooldown by then), and a marketing post at the end of this
  // week that left next Monday room for zero-salesiness posts only got strict personas refused a week later.
  const planned = new Set(input.history.map((h) => h.day));
  const calmDeclared = calm.map(declaredOf).sort((a, b) => a - b);
  const upper = calmDeclared[Math.floor((calmDeclared.length * 3) / 4)] ?? reservation;
  // At four or five posts a day the upper quartile over a whole week would exceed the budget on its own (the
  // 7 days from Saturday were full before anything was planned, and such personas were refused in week one):
  // the lift stops where a week of reserved days uses the budget (less the 5% margin the marketing count keeps
  // too), never below the mean.
  const ceiling = (rules.weeklySalesinessBudget * 0.95) / 7 / Math.max(attempt.averagePosts * reservation, Number.EPSILON);
  const futureWeight = reservation > 0 ? Math.max(1, Math.min(upper / reservation, ceiling)) : 1;
  const future = new Map<number, number>();
  for (let d = lastDay + 1; d <= lastDay + 6; d++) {
    if (!planned.has(d) && !rules.restDays.includes(weekdayOfDay(d))) future.set(d, attempt.averagePosts * futureWeight);
  }
  const ledger = createLedger({ rules, slots, history: input.history, team: input.team, reservation, marketingEstimate, wanted: layout.wanted, future });
  const constraints = constraintsFor([...persona.voice.avoid, ...input.bannedWords]);
  const allows = (hook: 'marketingSlot' | 'drop', slot: Slot): RuleId | null => {
    for (const c of constraints) {
      const check = c[hook];
      if (check && !check(ledger, slot)) return c.id;
    }
    return null;
  };

  // 1. Marketing slots: live lead-ups first, then product posts spread as far apart as the rules allow.
  const leadUps = new Map<number, (typeof events)[number]>();
  const hasProducts = persona.products.length > 0 && productTemplates.length + liveTemplates.length > 0;
  let marketingCount = 0;
  for (const ev of events) {
    // Only events whose lead-up days (the day itself and the two before) touch this range.
    if (ev.day < first || ev.day - 2 > lastDay) continue;
    const sameDay = slots.filter((s) => s.day === ev.day && s.minute <= ev.minute - LEAD_UP_MARGIN_MINUTES && !s.series).reverse();
    const dayBefore = slots.filter((s) => s.day === ev.day - 1 && !s.series).reverse();
    const twoBefore = slots.filter((s) => s.day === ev.day - 2 && !s.series).reverse();
    const fits = liveTemplates.some((p) => productsFor(p.template, persona).some((x) => x.id === ev.event.product)) || productTemplates.some((p) => productsFor(p.template, persona).some((x) => x.id === ev.event.product));
    if (!fits) {
      warnings.push(msg('warn.lead-up-no-template', { title: ev.event.title, date: ev.event.at.slice(0, 10), product: productNameOf(persona, ev.event.product) }));
      continue;
    }
    // A lead-up already posted in an earlier plan (a Monday stream announced on Saturday) counts: this week adds
    // at most what is missing, and says nothing is missing when nothing is.
    const startsAt = clock.instantOf(ev.day, ev.minute)?.epochMs ?? Infinity;
    let placed = input.history.filter((h) => h.marketing && (h.kind === 'live' || h.kind === 'product') && h.day >= ev.day - 2 && h.epochMs < startsAt).length;
    if (placed >= 2) continue;
    // Why no slot took a lead-up, to say which rule stood in the way: the one that refused the slot nearest the
    // stream (the decisive day; a quiet day before it refuses more slots but decides nothing).
    let refusedBy: RuleId | null = null;
    let capped = false;
    for (const group of [sameDay, dayBefore, twoBefore]) {
      if (placed >= 2) break;
      if (marketingCount >= attempt.marketingCap) {
        capped = true;
        break;
      }
      const slot = group.find((s) => {
        if (ledger.isMarketingSlot(s)) return false;
        const rule = allows('marketingSlot', s);
        if (rule !== null) refusedBy ??= rule;
        return rule === null;
      });
      if (!slot) continue;
      ledger.setMarketing(slot, true);
      leadUps.set(slot.index, ev);
      marketingCount += 1;
      placed += 1;
    }
    // A stream in a later week: that week's plan places its lead-ups on its own days, and says so if none fits.
    if (placed === 0 && ev.day <= lastDay) {
      const base = { title: ev.event.title, date: ev.event.at.slice(0, 10) };
      const rule = refusedBy as RuleId | null;
      if (rule) warnings.push(msg('warn.lead-up-missing', { ...base, rule: msg(`rule.${rule}` as 'rule.cooldown') }));
      else if (capped) warnings.push(msg('warn.lead-up-cap', { ...base, share: rules.maxMarketingShare, budget: rules.weeklySalesinessBudget }));
      // Some of its days were an earlier plan's, which had no room for a lead-up either (or left it to this one).
      else if (ev.day - 2 < first) warnings.push(msg('warn.lead-up-earlier-plan', { ...base, from: isoOfDay(ev.day - 2), to: isoOfDay(first - 1) }));
      else warnings.push(msg('warn.lead-up-no-slot', base));
    }
  }
  // A product post where the rolling share holds at the wanted number of posts a day comes first: elsewhere (next
  // to the edges of the known posts, where a 7-day window holds only this plan's first or last days) it keeps
  // extra everyday posts in place, and spending calm templates faster than the pace leaves a later week short.
  const withinPace = (slot: Slot): boolean =>
    windowsContaining(slot.day).every((start) => {
      let posts = 0;
      let marketing = 1;
      for (let d = start; d < start + 7; d++) {
        const t = ledger.totals(d);
        const more = d === slot.day ? 1 : 0;
        posts += d >= first && d <= lastDay ? Math.max(layout.wanted.get(d) ?? 0, t.marketing + more) : t.posts;
        marketing += t.marketing;
      }
      return marketing <= windowCeilings(rules, start).share * posts + EPSILON;
    });
  if (hasProducts && productTemplates.length > 0) {
    for (;;) {
      if (marketingCount >= attempt.marketingCap) break;
      const open = slots.filter((s) => !s.series && !ledger.isMarketingSlot(s) && allows('marketingSlot', s) === null);
      if (open.length === 0) break;
      // Farthest from every other marketing post, so the week never feels pushy in one stretch.
      const epochs = ledger.marketingPosts().map((m) => m.epochMs);
      const distance = (s: Slot) => (epochs.length ? Math.min(...epochs.map((e) => Math.abs(e - s.epochMs))) : Infinity);
      const scored = open.map((s) => ({ s, cheap: withinPace(s), d: distance(s) === Infinity ? random() : distance(s) + random() * 3_600_000 }));
      scored.sort((a, b) => Number(b.cheap) - Number(a.cheap) || b.d - a.d);
      ledger.setMarketing(scored[0]!.s, true);
      marketingCount += 1;
    }
  } else if (!hasProducts && persona.products.length > 0) {
    warnings.push(msg('warn.no-products'));
  }

  // 2. Back down to the wanted number of posts a day, wherever the rolling share still holds without the post.
  const dropped = new Set<number>();
  for (const day of days) {
    let excess = ledger.totals(day).posts - (layout.wanted.get(day) ?? 0);
    if (excess <= 0) continue;
    const spare = slots.filter((s) => s.day === day && !s.series && !ledger.isMarketingSlot(s));
    for (const slot of shuffled(spare, random)) {
      if (excess <= 0) break;
      if (allows('drop', slot) !== null) continue;
      ledger.drop(slot);
      dropped.add(slot.index);
      excess -= 1;
    }
  }

  ledger.settle();

  // 3. Content, slot by slot: series rituals, then marketing posts, then everyday posts in time order.
  const assigned: { slot: Slot; placement: Placement; option: Option }[] = [];
  // Which templates each rule turned away for the slot being filled: what the refusal message reports.
  const tally = new Map<RuleId, Set<string>>();
  const turnedAway = (rule: RuleId, template: string) => {
    const seen = tally.get(rule);
    if (seen) seen.add(template);
    else tally.set(rule, new Set([template]));
  };
  const teamUsed = teamRecency(input);
  const mix = createMix(input, slots, calm, attempt.lightFloor, teamUsed);
  const renderProblems: Problem[] = [];

  const templatePersona = barePersona(persona);
  const tryOptions = (slot: Slot, options: Iterable<Option>): { placement: Placement; option: Option } | null => {
    for (const option of options) {
      const probe = { template: option.prepared.template, topic: option.topic, productId: option.product?.id ?? null };
      const blocked = constraints.find((c) => c.template && !c.template(ledger, slot, probe));
      if (blocked) {
        turnedAway(blocked.id, option.prepared.template.id);
        continue;
      }
      for (let variant = 0; variant < 4; variant++) {
        const seed = `${attempt.seed}/${slot.iso}/${slot.minute}${variant ? `#${variant}` : ''}`;
        const text = renderOption(option, slot, seed, templatePersona, renderProblems);
        if (text === null) break;
        const measured = input.measure(text, persona.locale);
        const salesiness = round3(Math.min(1, Math.max(declaredOf(option.prepared), measured)));
        const marketing = MARKETING_KINDS.includes(option.prepared.template.kind) || salesiness >= rules.marketingThreshold;
        const placement: Placement = { template: option.prepared.template, topic: option.topic, productId: option.product?.id ?? null, marketing, salesiness, text };
        const failed = constraints.find((c) => c.post && !c.post(ledger, slot, placement));
        if (!failed) return { placement, option };
        turnedAway(failed.id, option.prepared.template.id);
        if (failed.id !== 'unique-text') break;
      }
    }
    return null;
  };

  // One seasonal post a day is a nod to the day; two read like a greeting-card account.
  const seasonalDays = new Set<number>();
  const fillCalm = (slot: Slot, topic: string | null): boolean => {
    const seasons = seasonalDays.has(slot.day) ? [] : (meaning.get(slot.day)?.seasons ?? []);
    const options = mix.rank(slot, topic, ledger, seasons, random);
    const found = tryOptions(slot, options);
    if (found) {
      ledger.assign(slot, found.placement);
      assigned.push({ slot, ...found });
      mix.record(found.placement);
      if ((found.placement.template.season ?? []).length > 0) seasonalDays.add(slot.day);
      return true;
    }
    return false;
  };

  const kept = slots.filter((s) => !dropped.has(s.index));
  const order = [
    ...kept.filter((s) => s.series),
    ...kept.filter((s) => !s.series && ledger.isMarketingSlot(s)),
    ...kept.filter((s) => !s.series && !ledger.isMarketingSlot(s)),
  ];
  const liveRuledOut = new Map<(typeof events)[number], RuleId>();
  for (const slot of order) {
    if (renderProblems.length) break;
    tally.clear();
    if (slot.series) {
      if (fillCalm(slot, slot.series.topic)) continue;
      const { name, topic, day } = slot.series;
      // Every template of the topic limited by `days:` to other weekdays is a library matter, not a busy week.
      const onTopic = calm.filter((p) => p.template.topics.includes(topic));
      const days = [...new Set(onTopic.flatMap((p) => p.template.days ?? []))].join(', ');
      warnings.push(
        onTopic.length && !onTopic.some((p) => goesOutOn(p.template, day))
          ? msg('warn.series-wrong-days', { series: name, date: slot.iso, topic, day, days })
          : msg('warn.series-fallback', { series: name, date: slot.iso, topic }),
      );
      if (fillCalm(slot, null)) continue;
    } else if (ledger.isMarketingSlot(slot)) {
      const ev = leadUps.get(slot.index);
      const options = ev
        ? marketingOptions(persona, onDay(liveTemplates, slot.day), onDay(productTemplates, slot.day), ev.event, random)
        : productOptions(persona, onDay(productTemplates, slot.day), assigned.map((a) => a.placement.productId), random, slot, teamUsed);
      const found = tryOptions(slot, options);
      // A lead-up filled by a product post: the rule that turned the live templates away, for the note below.
      if (ev && found && found.option.prepared.template.kind !== 'live' && !liveRuledOut.has(ev)) {
        const live = new Set(liveTemplates.map((p) => p.template.id));
        const rule = [...tally.entries()].map(([r, ids]) => [r, [...ids].filter((id) => live.has(id)).length] as const).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1])[0]?.[0];
        if (rule) liveRuledOut.set(ev, rule);
      }
      if (found) {
        ledger.assign(slot, found.placement);
        assigned.push({ slot, ...found });
        continue;
      }
      // No product post fits here after all: the slot becomes an everyday post (only ever loosens the rules).
      ledger.setMarketing(slot, false);
      marketingCount -= 1;
      if (fillCalm(slot, null)) continue;
    } else if (fillCalm(slot, null)) {
      continue;
    }
    // A series ritual is a promise to friends; it is never silently left out.
    if (!slot.series && ledger.totals(slot.day).posts > rules.postsPerDay.min && allows('drop', slot) === null) {
      ledger.drop(slot);
      continue;
    }
    // Every everyday template is in cooldown and the day needs the post: a product post, where the density
    // rules allow one here, keeps the day's minimum rather than refusing the week.
    if (!slot.series && hasProducts && !ledger.isMarketingSlot(slot) && allows('marketingSlot', slot) === null) {
      const turned = new Map([...tally].map(([rule, ids]) => [rule, new Set(ids)]));
      ledger.setMarketing(slot, true);
      const found = tryOptions(slot, productOptions(persona, onDay(productTemplates, slot.day), assigned.map((a) => a.placement.productId), random, slot, teamUsed));
      if (found) {
        ledger.assign(slot, found.placement);
        assigned.push({ slot, ...found });
        marketingCount += 1;
        continue;
      }
      ledger.setMarketing(slot, false);
      // The refusal below is about the everyday templates: what turned the product templates away stays out of it.
      tally.clear();
      for (const [rule, ids] of turned) tally.set(rule, ids);
    }
    return { marketing: marketingCount, retry: marketingCount > 0 ? 'fewer-marketing' : 'fewer-posts', problems: [explain(input, slot, tally, calm.length)] };
  }
  if (renderProblems.length) return { marketing: marketingCount, retry: 'none', problems: renderProblems };

  // A lead-up slot that only a product post could fill does not announce the stream: say so, unless another
  // lead-up of this plan or an earlier one does.
  for (const ev of new Set(leadUps.values())) {
    const startsAt = clock.instantOf(ev.day, ev.minute)?.epochMs ?? Infinity;
    const announced =
      assigned.some((a) => leadUps.get(a.slot.index) === ev && a.option.prepared.template.kind === 'live') ||
      input.history.some((h) => h.kind === 'live' && h.day >= ev.day - 2 && h.epochMs < startsAt);
    if (announced) continue;
    const base = { title: ev.event.title, date: ev.event.at.slice(0, 10), product: productNameOf(persona, ev.event.product) };
    const rule = liveRuledOut.get(ev);
    // The warning says a product post took the lead-up's place only when one did.
    const productInstead = assigned.some((a) => leadUps.get(a.slot.index) === ev && a.option.prepared.template.kind === 'product');
    if (rule && rule !== 'cooldown') warnings.push(productInstead ? msg('warn.lead-up-live-ruled-out', { ...base, rule: msg(`rule.${rule}` as 'rule.cooldown') }) : msg('warn.lead-up-missing', { ...base, rule: msg(`rule.${rule}` as 'rule.cooldown') }));
    else warnings.push(msg(productInstead ? 'warn.lead-up-no-live' : 'warn.lead-up-no-live-free', base));
  }

  // Calm posts beyond the pace the library sustains (attempt.averagePosts a day, marketing included).
  const activeDays = days.filter((d) => !rules.restDays.includes(weekdayOfDay(d))).length;
  const calmPosts = assigned.filter((a) => !a.placement.marketing).length;
  return {
    ...buildPlan(input, assigned, warnings),
    marketing: assigned.length - calmPosts,
    leadUps: leadUps.size,
    calmOver: calmPosts - attempt.averagePosts * activeDays,
    starves: !planned.has(lastDay + 1) && startsShort(input, calm, assigned, lastDay),
  };
}

/**
 * Whether the calm templates can fill the range at postsPerDay.min at all: a template with cooldown c goes out at
 * most ⌈days / (c + 1)⌉ times in `days` days (each template's own cooldown, else the default). Null when they can;
 * otherwise the message, in templates when they share one cooldown ("4 templates fit, 7 needed under a 28-day
 * cooldown"), in posts when their cooldowns differ.
 */
function libraryShortfall(calm: readonly PreparedTemplate[], rules: PlanInput['rules'], days: number, perDay: number, persona: Persona): Text | null {
  const needed = Math.ceil(perDay * days);
  const capacity = calm.reduce((sum, p) => sum + Math.ceil(days / (cooldownOf(p, rules) + 1)), 0);
  if (capacity >= needed) return null;
  const cooldowns = [...new Set(calm.map((p) => cooldownOf(p, rules)))].sort((a, b) => a - b);
  const base = { persona: persona.id, available: calm.length, locale: persona.locale, posts: rules.postsPerDay.min };
  if (cooldowns.length === 1) {
    const cooldown = cooldowns[0]!;
    return msg('library-too-small', { ...base, cooldown, needed: Math.ceil(needed / Math.ceil(days / (cooldown + 1))) });
  }
  return msg('library-too-small-mixed', { ...base, days, capacity, needed, cooldowns: cooldowns.join('/') });
}

/**
 * What the salesiness budget keeps up for months, with a fifth in hand: zero-salesiness calm templates as often
 * as their cooldowns let them, the rest at the lightest weight a calm template declares. Spending the zero ones
 * first (they always fit the week's budget) left strict personas three weeks later with none free and a week
 * of light posts over the budget.
 */
function budgetPace(calm: readonly PreparedTemplate[], rules: PlanInput['rules']): { postsPerWeek: number; zeroPerWeek: number; lightest: number; budget: number } {
  let zeroPerWeek = 0;
  let lightest = Infinity;
  for (const p of calm) {
    if ((p.template.season ?? []).length > 0) continue;
    const weight = declaredOf(p);
    if (weight <= 0) zeroPerWeek += 7 * usesPerDay(p, rules);
    else lightest = Math.min(lightest, weight);
  }
  const budget = rules.weeklySalesinessBudget * 0.8;
  return { postsPerWeek: lightest < Infinity ? zeroPerWeek + budget / lightest : Infinity, zeroPerWeek, lightest, budget };
}

/**
 * Marketing posts a week this persona can keep up for months: with m of them, the week's calm posts must
 * fit the rest of the salesiness budget, and over a cooldown span they need that many distinct templates,
 * so the cheapest templates that cover the demand set the calm posts' weight. More marketing than this
 * would fit one week and drain the calm library within a few.
 */
function sustainableMarketing(fitting: readonly PreparedTemplate[], rules: PlanInput['rules'], averagePosts: number): number {
  const marketing = fitting.filter((p) => MARKETING_KINDS.includes(p.template.kind)).map(declaredOf).sort((a, b) => a - b);
  if (marketing.length === 0) return 0;
  const estimate = marketing[Math.floor((marketing.length * 3) / 4)]!;
  const calm = fitting
    .filter((p) => CALM_KINDS.includes(p.template.kind) && (p.template.season ?? []).length === 0)
    .map((p) => ({ weight: declaredOf(p), cooldown: cooldownOf(p, rules) }))
    .sort((a, b) => a.weight - b.weight);
  const span = rules.defaultCooldownDays + 1;
  const postsPerWeek = averagePosts * Math.max(1, 7 - rules.restDays.length);
  const calmWeight = (demand: number): number => {
    let uses = 0;
    let sum = 0;
    for (const t of calm) {
      const more = Math.min(span / (t.cooldown + 1), demand - uses);
      if (more <= 0) break;
      uses += more;
      sum += more * t.weight;
    }
    return uses >= demand - 1e-9 ? sum / uses : Infinity;
  };
  // In tenths of a post: a persona posting once a day may afford one marketing post every ten days.
  const budget = rules.weeklySalesinessBudget * 0.95;
  for (let m = Math.round(postsPerWeek * rules.maxMarketingShare * 10) / 10; m > 0; m = Math.round((m - 0.1) * 10) / 10) {
    const calmPerWeek = postsPerWeek - m;
    if (m * estimate + calmPerWeek * calmWeight((calmPerWeek * span) / 7) <= budget) return m;
  }
  return 0;
}

/** Mean declared salesiness of calm templates, each kind weighted by its share of the usual mix. */
function mixedDeclared(calm: readonly PreparedTemplate[]): number {
  let sum = 0;
  let weight = 0;
  for (const kind of CALM_KINDS) {
    const of = calm.filter((p) => p.template.kind === kind);
    if (of.length === 0) continue;
    sum += (KIND_MIX[kind] ?? 0) * (of.reduce((s, p) => s + declaredOf(p), 0) / of.length);
    weight += KIND_MIX[kind] ?? 0;
  }
  return weight ? sum / weight : 0;
}

/** A template's cooldown in days: its own, else the rules' default. */
function cooldownOf(p: PreparedTemplate, rules: PlanInput['rules']): number {
  return p.template.cooldownDays ?? rules.defaultCooldownDays;
}

/** How often a template can go out, in posts a day, over a long run: once per cooldown span. */
function usesPerDay(p: PreparedTemplate, rules: PlanInput['rules']): number {
  return 1 / (cooldownOf(p, rules) + 1);
}

function minutesOf(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

function declaredOf(p: PreparedTemplate): number {
  return p.template.salesiness ?? 0;
}

function renderOption(option: Option, slot: Slot, seed: string, persona: Persona, problems: Problem[]): string | null {
  // `persona` is the bare copy made once per plan; products and events found in it are bare as well.
  const ctx = makeContext({
    persona,
    isoDate: slot.iso,
    ...(option.product ? { product: option.product } : {}),
    ...(option.event ? { event: option.event } : {}),
    // A series slot's post sees its ritual ({{#if series}}{{series.name}}{{/if}}), whatever template fills it.
    ...(slot.series ? { series: slot.series } : {}),
  });
  try {
    return option.prepared.render(ctx, seed);
  } catch (err) {
    const problem = (err as { problem?: Problem }).problem;
    if (!problem) throw err;
    problems.push(problem);
    return null;
  }
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  return items
    .map((item) => ({ item, key: random() }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.item);
}

/** The templates that may go out on a day's weekday (all but those whose days leave it out). */
function onDay(templates: readonly PreparedTemplate[], day: number): readonly PreparedTemplate[] {
  const weekday = weekdayOfDay(day);
  return templates.some((p) => p.template.days) ? templates.filter((p) => goesOutOn(p.template, weekday)) : templates;
}

function marketingOptions(persona: Persona, live: readonly PreparedTemplate[], products: readonly PreparedTemplate[], event: PersonaEvent, random: () => number): Option[] {
  const product = persona.products.find((p) => p.id === event.product)!;
  const forProduct = (list: readonly PreparedTemplate[]) => shuffled(list.filter((p) => productsFor(p.template, persona).some((x) => x.id === product.id)), random);
  return [...forProduct(live), ...forProduct(products)].map((prepared) => ({
    prepared,
    topic: null,
    product,
    event: prepared.template.kind === 'live' ? event : null,
  }));
}

/** Products least featured in this plan first, each with its fitting templates in a seeded order; templates
 *  written for another hour of the day ("tonight") come after those that fit the slot's hour. */
function productOptions(persona: Persona, templates: readonly PreparedTemplate[], featured: readonly (string | null)[], random: () => number, slot: Slot, teamUsed: (template: Template, day: number) => boolean): Option[] {
  const count = (id: string) => featured.filter((f) => f === id).length;
  const products = shuffled(persona.products, random).sort((a, b) => count(a.id) - count(b.id));
  const hour = timeOfDay(slot.minute);
  // The hour first; then a template no teammate used these weeks (they share customers).
  const fit = (p: PreparedTemplate) => (p.template.time === hour ? 0 : p.template.time === 'any' ? 2 : 4) + (teamUsed(p.template, slot.day) ? 1 : 0);
  const options: Option[] = [];
  for (const product of products) {
    for (const prepared of shuffled(templates, random).sort((a, b) => fit(a) - fit(b) || b.template.weight - a.template.weight)) {
      if (productsFor(prepared.template, persona).some((x) => x.id === product.id)) options.push({ prepared, topic: null, product, event: null });
    }
  }
  return options;
}

/**
 * Whether the calm templates this plan and the history leave out of cooldown fall short of postsPerDay.min on any of
 * the three days after the plan (with one in hand, for topics, times of day and teammates). Such a week makes
 * the next one start with a refusal, so another attempt at a gentler pace is worth making.
 */
function startsShort(input: PlanInput, calm: readonly PreparedTemplate[], assigned: readonly { slot: Slot; placement: Placement }[], lastDay: number): boolean {
  const { rules } = input;
  if (rules.postsPerDay.min === 0) return false;
  const lastUse = new Map<string, number>();
  const use = (id: string, day: number) => {
    if (day <= lastDay && day > (lastUse.get(id) ?? -Infinity)) lastUse.set(id, day);
  };
  for (const h of input.history) use(h.template, h.day);
  for (const a of assigned) use(a.placement.template.id, a.slot.day);
  let need = 0;
  for (let d = lastDay + 1; d <= lastDay + 3; d++) {
    if (!rules.restDays.includes(weekdayOfDay(d))) need += rules.postsPerDay.min;
    let capacity = 0;
    for (const p of calm) {
      if ((p.template.season ?? []).length > 0) continue;
      const cooldown = cooldownOf(p, rules);
      const from = Math.max(lastDay + 1, (lastUse.get(p.template.id) ?? -Infinity) + cooldown + 1);
      if (from <= d) capacity += 1 + Math.floor((d - from) / (cooldown + 1));
    }
    // One in hand: a teammate may take the one template a day has left, or its topic or hour may not fit.
    if (capacity < need + 1) return true;
  }
  return false;
}

/**
 * Series topics whose templates are few for their rituals: under their cooldowns the topic's templates can go out
 * fewer than three times as often as the rituals post it. Left to the weekday mix, such a topic's templates were
 * all in cooldown when the ritual came, and the ritual went out on another topic.
 */
function heldForSeries(input: PlanInput, calm: readonly PreparedTemplate[]): Set<string> {
  const held = new Set<string>();
  const perWeek = new Map<string, number>();
  for (const s of input.persona.series) perWeek.set(s.topic, (perWeek.get(s.topic) ?? 0) + 1);
  for (const [topic, rituals] of perWeek) {
    let supply = 0;
    for (const p of calm) {
      if (!p.template.topics.includes(topic) || (p.template.season ?? []).length > 0) continue;
      supply += usesPerDay(p, input.rules);
    }
    if (supply < (3 * rituals) / 7) held.add(topic);
  }
  return held;
}

/** Content mix: kinds toward KIND_MIX, topics toward the interest weights, over recent history and this plan. */
/** Whether a teammate used a template within its cooldown of a day (see PlanInput.teamNearby). Built once per
 *  input: a plan's attempts (lighter marketing floors) all ask the same. */
const teamRecencyOf = new WeakMap<PlanInput, (template: Template, day: number) => boolean>();

function teamRecency(input: PlanInput): (template: Template, day: number) => boolean {
  let known = teamRecencyOf.get(input);
  if (!known) teamRecencyOf.set(input, (known = buildTeamRecency(input)));
  return known;
}

function buildTeamRecency(input: PlanInput): (template: Template, day: number) => boolean {
  const days = new Map<string, number[]>();
  for (const p of input.teamNearby ?? input.team) {
    let list = days.get(p.template);
    if (!list) days.set(p.template, (list = []));
    list.push(p.day);
  }
  if (days.size === 0) return () => false;
  return (template, day) => {
    const used = days.get(template.id);
    if (!used) return false;
    const window = template.cooldownDays ?? input.rules.defaultCooldownDays;
    return used.some((d) => Math.abs(d - day) < window);
  };
}

function createMix(input: PlanInput, slots: readonly Slot[], calm: readonly PreparedTemplate[], lightFloor: number, teamUsed: (template: Template, day: number) => boolean) {
  const { persona } = input;
  const firstDay = slots[0]?.day ?? dayNumber(input.range.from);
  const kindCount = new Map<string, number>();
  const topicCount = new Map<string, number>();
  let total = 0;
  const lastUse = new Map<string, number>();
  for (const h of input.history) {
    const prev = lastUse.get(h.template);
    if (prev === undefined || h.day > prev) lastUse.set(h.template, h.day);
    if (h.marketing || h.day < firstDay - MIX_MEMORY_DAYS || h.day >= firstDay) continue;
    total += 1;
    if (h.topic) topicCount.set(h.topic, (topicCount.get(h.topic) ?? 0) + 1);
    if (h.kind) kindCount.set(h.kind, (kindCount.get(h.kind) ?? 0) + 1);
  }
  const seriesTopics = new Set(persona.series.map((s) => s.topic));
  const weights = new Map<string, number>();
  const weightSum = persona.interests.reduce((s, i) => s + i.weight, 0) || 1;
  for (const i of persona.interests) weights.set(i.topic, (weights.get(i.topic) ?? 0) + i.weight / weightSum);
  const held = heldForSeries(input, calm);
  // What does not change from slot to slot, worked out once per template: its topics this persona has
  // (interests and series), its seasons, its last use, whether a thin series topic keeps it for its ritual.
  const entries = calm.map((prepared) => ({
    prepared,
    tpl: prepared.template,
    mine: prepared.template.topics.filter((x) => weights.has(x) || seriesTopics.has(x)),
    heldBack: held.size > 0 && prepared.template.topics.some((x) => held.has(x)),
    season: prepared.template.season ?? [],
    lastUsed: lastUse.get(prepared.template.id),
  }));
  const topicNeed = (topic: string): number => {
    const share = total ? (topicCount.get(topic) ?? 0) / total : 0;
    return (weights.get(topic) ?? 0) * 0.6 - share;
  };

  return {
    record(p: Placement) {
      total += 1;
      kindCount.set(p.template.kind, (kindCount.get(p.template.kind) ?? 0) + 1);
      if (p.topic) topicCount.set(p.topic, (topicCount.get(p.topic) ?? 0) + 1);
    },
    rank(slot: Slot, onlyTopic: string | null, ledger: Ledger, seasons: readonly string[], random: () => number): Iterable<Option> {
      const today = ledger.totals(slot.day).topics;
      const allowance = Math.max(calmAllowance(ledger, slot), lightFloor);
      const time = timeOfDay(slot.minute);
      const weekday = weekdayOfDay(slot.day);
      const kindScores = new Map<string, number>();
      for (const kind of CALM_KINDS) {
        const kindShare = total ? (kindCount.get(kind) ?? 0) / total : 0;
        kindScores.set(kind, 1 + 4 * Math.max(-0.2, (KIND_MIX[kind] ?? 0.1) - kindShare));
      }
      const needs = new Map<string, number>();
      const need = (topic: string) => {
        let v = needs.get(topic);
        if (v === undefined) needs.set(topic, (v = topicNeed(topic)));
        return v;
      };
      // Scores and topics side by side, the options made only for those tried (usually the first).
      const scores: number[] = [];
      const picked: { prepared: PreparedTemplate; topic: string | null }[] = [];
      for (const e of entries) {
        const tpl = e.tpl;
        // Seasonal templates belong to their day; on other days they wait.
        if (e.season.length > 0 && !e.season.some((s) => seasons.includes(s))) continue;
        // A post that names its weekday ("周日晚上") goes out on that day only.
        if (!goesOutOn(tpl, weekday)) continue;
        if (onlyTopic !== null && !e.mine.includes(onlyTopic)) continue;
        let topic: string | null = onlyTopic;
        if (topic === null && e.mine.length > 0) {
          // The topic this template would add most to the mix, preferring one not posted yet today.
          let best = -Infinity;
          for (const x of e.mine) {
            const v = need(x) - (today.has(x) ? 10 : 0);
            if (v > best) {
              best = v;
              topic = x;
            }
          }
        }
        const kindScore = kindScores.get(tpl.kind) ?? 1;
        const topicScore = topic ? 1 + 4 * Math.max(-0.2, need(topic)) : 1;
        // A post written for the evening says "tonight": at another hour it comes last, used only when
        // every template that fits the hour is ruled out.
        const timeScore = tpl.time === 'any' ? 1 : time === tpl.time ? 1.6 : 1e-6;
        const freshness = e.lastUsed === undefined ? 1.2 : Math.min(1, Math.abs(slot.day - e.lastUsed) / 56);
        const seasonScore = e.season.length > 0 ? 8 : 1;
        // Over this slot's share of the salesiness budget: ranked lower, the more so the further over.
        const declared = tpl.salesiness ?? 0;
        const budgetScore = declared <= allowance ? 1 : 0.2 * (Math.max(allowance, 0.001) / declared) ** 2;
        // A template a thin series topic needs for its ritual goes to other days only when nothing else fits.
        const heldScore = onlyTopic === null && e.heldBack ? 0.02 : 1;
        // A story a teammate told these weeks reaches the same customers twice: last, before the hour's misfits.
        const teamScore = teamUsed(tpl, slot.day) ? 0.01 : 1;
        const score = kindScore * topicScore * timeScore * tpl.weight * freshness * seasonScore * budgetScore * heldScore * teamScore * (0.6 + 0.8 * random());
        scores.push(score);
        picked.push({ prepared: e.prepared, topic });
      }
      return bestFirst(scores, (i) => ({ prepared: picked[i]!.prepared, topic: picked[i]!.topic, product: null, event: null }));
    },
  };
}

/** Options best first, found one at a time: the first is usually taken, so sorting them all is wasted work. */
function* bestFirst(scores: readonly number[], optionAt: (index: number) => Option): Generator<Option> {
  const taken = new Uint8Array(scores.length);
  for (let k = 0; k < scores.length; k++) {
    let best = -1;
    for (let i = 0; i < scores.length; i++) {
      if (!taken[i] && (best < 0 || scores[i]! > scores[best]!)) best = i;
    }
    taken[best] = 1;
    yield optionAt(best);
  }
}

function timeOfDay(minute: number): 'morning' | 'noon' | 'evening' | 'any' {
  if (minute < 11 * 60) return 'morning';
  if (minute < 14 * 60) return 'noon';
  if (minute >= 17 * 60) return 'evening';
  return 'any';
}

function explain(input: PlanInput, slot: Slot, tally: ReadonlyMap<RuleId, ReadonlySet<string>>, candidates: number): Problem {
  const { persona, rules } = input;
  const ranked = [...tally.entries()].sort((a, b) => b[1].size - a[1].size);
  const [rule] = ranked[0] ?? ['cooldown', new Set()];
  const topics = [...personaTopics(persona)].join(', ');
  const hint = (() => {
    switch (rule) {
      case 'cooldown':
        return msg('hint.cooldown', { rejected: tally.get('cooldown')?.size ?? 0, candidates, topics });
      case 'team-template':
        return msg('hint.team-template');
      case 'topic-per-day':
        return msg('hint.topic-per-day');
      case 'salesiness-budget':
        return msg('hint.salesiness-budget', { budget: rules.weeklySalesinessBudget, min: rules.postsPerDay.min, posts: rules.postsPerDay.min * (7 - rules.restDays.length) });
      case 'voice':
        return msg('hint.voice', { words: [...persona.voice.avoid, ...input.bannedWords].join(', ') });
      case 'unique-text':
        return msg('hint.unique-text');
      case 'marketing-flag':
        // No rewrite measures below 0: only the threshold can make room.
        return rules.marketingThreshold <= 0 ? msg('hint.marketing-flag-zero') : msg('hint.marketing-flag', { threshold: rules.marketingThreshold });
      default:
        return msg('hint.generic', { topics });
    }
  })();
  // The other rules that turned templates away here: "3 of 4 … in their cooldown" alone hid the fourth.
  let full = hint;
  // Repeated texts have a fix of their own (more variants), which lowering cooldowns would not give.
  for (const [other, templates] of ranked.slice(1, 3)) {
    const base = { hint: full, n: templates.size, rule: msg(`rule.${other}` as 'rule.cooldown') };
    full = other === 'unique-text' ? msg('hint.also-fix', { ...base, fix: msg('hint.unique-text') }) : msg('hint.also', base);
  }
  return {
    code: 'unsatisfiable',
    message: msg('cannot-plan', { persona: persona.id, date: `${slot.iso} ${formatInstant(slot.epochMs, slot.offsetMinutes).slice(11, 16)}`, rule: msg(`rule.${rule}` as 'rule.cooldown') }),
    hint: full,
  };
}

/** The plan, with its notes rendered in the persona's language, and the notes themselves for a terminal in another. */
function buildPlan(input: PlanInput, assigned: readonly { slot: Slot; placement: Placement; option: Option }[], warnings: readonly Text[]): { plan: Plan; notes: Text[] } {
  const { persona, rules } = input;
  const sorted = [...assigned].sort((a, b) => a.slot.epochMs - b.slot.epochMs);
  const perDay = new Map<string, number>();
  const posts: Post[] = sorted.map(({ slot, placement, option }) => {
    const n = (perDay.get(slot.iso) ?? 0) + 1;
    perDay.set(slot.iso, n);
    const id = `${persona.id}-${slot.iso.replaceAll('-', '')}-${n}`;
    const kind = placement.template.kind as Post['kind'];
    const chats =
      option.product && (kind === 'product' || kind === 'live') && input.companions
        ? input.companions({ persona, product: option.product, kind, seed: `${input.seed}/${id}`, isoDate: slot.iso })
        : [];
    return {
      id,
      at: formatInstant(slot.epochMs, slot.offsetMinutes),
      kind,
      marketing: placement.marketing,
      salesiness: placement.salesiness,
      template: placement.template.id,
      cooldownDays: placement.template.cooldownDays ?? rules.defaultCooldownDays,
      topic: placement.topic,
      product: placement.productId,
      text: placement.text,
      images: [...placement.template.images],
      series: slot.series?.name ?? null,
      chats,
    };
  });
  const seen = new Set<string>();
  const rendered: string[] = [];
  const notes: Text[] = [];
  for (const w of warnings) {
    const text = t(persona.locale === 'zh-CN' ? 'zh-CN' : 'en', w);
    if (seen.has(text)) continue;
    seen.add(text);
    rendered.push(text);
    notes.push(w);
  }
  const plan: Plan = {
    schemaVersion: PLAN_SCHEMA_VERSION,
    persona: { id: persona.id, name: persona.name, timezone: persona.timezone, locale: persona.locale, team: persona.team ?? null },
    range: { ...input.range },
    seed: input.seed,
    rules: { ...rules, windows: [...rules.windows], restDays: [...rules.restDays], quietDays: [...rules.quietDays], series: rules.series.map((s) => ({ ...s })), postsPerDay: { ...rules.postsPerDay } },
    posts,
    warnings: rendered,
  };
  return { plan, notes };
}
