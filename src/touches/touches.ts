// The week's 1:1 touch list: who to message, when, at which stage and with which script, under the per-contact
// caps (spacing, the wait after unanswered messages, do-not-disturb) and a daily total, inside touch hours.
import type { Text } from '../i18n/text.js';
import { parseWindow, type Weekday } from '../model/common.js';
import type { Problem } from '../model/errors.js';
import type { Persona, PersonaEvent, Product } from '../model/persona.js';
import { productsNamedBy } from '../model/products.js';
import type { PolicyTouches } from '../model/policy.js';
import { makeRandom } from '../render/random.js';
import { createZoneClocks, dayNumber, formatInstant, isoOfDay, weekdayOfDay, type ZoneClock } from '../plan/time.js';
import type { PreparedTemplate } from '../plan/types.js';
import { candidates, renderScripts } from '../chat/scripts.js';
import { caseLabel, needsProduct, stageText, type ChatStage } from '../chat/stages.js';
import { msg as chatMsg } from '../chat/messages.js';
import type { Contact } from './contacts.js';
import { msg } from './messages.js';
import { byCodePoint } from '../model/order.js';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** No word for this long (either way) and a conversation needs reviving rather than continuing. */
export const REACTIVATION_DAYS = 30;
/** After-sale care: the day-14 message once this many days have passed since the last message. */
const DAY_14_AFTER = 10;
/** A live invitation goes out in the week before the stream, and at least this long before it starts. */
const INVITE_DAYS_AHEAD = 7;
const INVITE_MARGIN_MINUTES = 60;
const SLOT_ROUNDING = 5;

/** When slots are short, the conversations that are further along (someone bought, asked, hesitated) go first. */
const PRIORITY: Readonly<Record<ChatStage, number>> = {
  'after-sale': 0,
  'follow-up': 1,
  objection: 2,
  'live-invite': 3,
  'comment-reply': 4,
  recommendation: 5,
  greeting: 6,
  'holiday-greeting': 7,
  icebreaker: 8,
  reactivation: 9,
};

/** Stages with no due day: an opener, a check-in, a suggestion. The others answer something or fall due. */
const SPREAD_STAGES: ReadonlySet<ChatStage> = new Set<ChatStage>(['icebreaker', 'reactivation', 'recommendation', 'follow-up']);

export interface TouchInput {
  persona: Persona;
  contacts: readonly Contact[];
  /** Inclusive local dates of the persona's week. */
  range: { from: string; to: string };
  rules: PolicyTouches;
  restDays: readonly Weekday[];
  /** Policy quiet days and the calendar's built-in ones. */
  isQuiet: (isoDate: string) => boolean;
  /** The festival a greeting suits on a local date (chat/stages GREETING_SEASONS), or null. */
  festival: (isoDate: string) => string | null;
  /** Nothing is scheduled before this instant (the list of this week starts now). */
  notBefore: number;
  /** Words no message may say: the persona's voice.avoid and the team's bannedWords. */
  avoid?: readonly string[];
  seed: string;
  library: readonly PreparedTemplate[];
}

export interface Touch {
  contact: string;
  /** ISO 8601 with the persona's UTC offset at that instant. */
  at: string;
  epochMs: number;
  stage: ChatStage;
  case: string | null;
  product: string | null;
  template: string;
  text: string;
}

export type SkipReason =
  | 'do-not-disturb'
  | 'waiting-unanswered'
  | 'unanswered-no-date'
  | 'contacted-recently'
  | 'said-not-now'
  | 'no-touch-day'
  | 'daily-cap'
  | 'no-event'
  | 'no-holiday'
  | 'no-product'
  | 'unknown-product'
  | 'future-date'
  | 'no-script';

export interface Skipped {
  contact: string;
  reason: SkipReason;
  /** The reason in words, with its dates and numbers. */
  message: Text;
  /** Local date from which the contact may be messaged again, when the caps say so. */
  nextDate?: string;
}

export type TouchOutcome = { ok: true; touches: Touch[]; skipped: Skipped[] } | { ok: false; problems: Problem[] };

interface Day {
  day: number;
  iso: string;
  open: boolean;
  festival: string | null;
}

/** What was decided about a contact before days are handed out. */
interface Wish {
  contact: Contact;
  stage: ChatStage;
  case: string | null;
  product: Product | null;
  event: PersonaEvent | null;
  /** Earliest and (exclusive) latest instants allowed. */
  earliest: number;
  deadline: number;
  /** A day to try first (the festival for a greeting, the day before a stream for an invitation). */
  preferred: number | null;
  /** Why `earliest` is what it is, for the skipped list. */
  earliestReason: 'spacing' | 'wait' | 'now';
  /** What to send instead when this wish finds no slot (a festival greeting whose day is full). */
  fallback: Wish | null;
}

export function planTouches(input: TouchInput): TouchOutcome {
  const { persona, rules } = input;
  const clock = createZoneClocks()(persona.timezone);
  const hours = parseWindow(rules.hours)!;
  const first = dayNumber(input.range.from);
  const last = dayNumber(input.range.to);
  const days: Day[] = [];
  for (let d = first; d <= last; d++) {
    const iso = isoOfDay(d);
    days.push({ day: d, iso, open: !input.restDays.includes(weekdayOfDay(d)) && !input.isQuiet(iso), festival: input.festival(iso) });
  }
  const localDate = (epoch: number) => isoOfDay(Math.floor((epoch + clock.offsetAt(epoch) * MINUTE_MS) / DAY_MS));
  const rangeStart = clock.instantOf(first, 0)?.epochMs ?? first * DAY_MS;
  const rangeEnd = clock.instantOf(last + 1, 0)?.epochMs ?? (last + 1) * DAY_MS;

  const skipped: Skipped[] = [];
  const wishes: Wish[] = [];
  const today = localDate(input.notBefore);
  const tomorrow = isoOfDay(dayNumber(today) + 1);
  const spacingMs = (7 / rules.maxPerContactPerWeek) * DAY_MS;
  const scriptFor = (stage: ChatStage, stageCase: string | null, product: Product | null) =>
    candidates(input.library, { persona, stage, ...(stageCase ? { case: stageCase } : {}), ...(product ? { product } : {}), seed: input.seed }).length > 0;

  for (const contact of input.contacts) {
    const skip = (reason: SkipReason, message: Text, nextDate?: string) =>
      skipped.push({ contact: contact.name, reason, message, ...(nextDate ? { nextDate } : {}) });
    if (contact.doNotDisturb) {
      skip('do-not-disturb', msg('skip.do-not-disturb'));
      continue;
    }
    // A message or reply dated after today is a slip in the export (the year, or day and month swapped): who knows
    // when they last heard from us, so nobody is messaged on it. A day's grace for a date alone written on a clock
    // a zone ahead (the CRM's server, a trip).
    const future = [contact.lastContactAt, contact.lastReplyAt].find((e): e is number => e !== null && localDate(e) > tomorrow);
    if (future !== undefined) {
      skip('future-date', msg('skip.future-date', { date: localDate(future), today }));
      continue;
    }
    const lastContact = contact.lastContactAt;
    const waiting = contact.unanswered >= rules.waitAfterUnanswered.count;
    if (waiting && lastContact === null) {
      skip('unanswered-no-date', msg('skip.unanswered-no-date', { count: contact.unanswered }));
      continue;
    }
    let earliest = input.notBefore;
    let earliestReason: Wish['earliestReason'] = 'now';
    if (lastContact !== null && lastContact + spacingMs > earliest) {
      earliest = lastContact + spacingMs;
      earliestReason = 'spacing';
    }
    if (waiting && lastContact! + rules.waitAfterUnanswered.days * DAY_MS > earliest) {
      earliest = lastContact! + rules.waitAfterUnanswered.days * DAY_MS;
      earliestReason = 'wait';
    }
    if (earliest >= rangeEnd) {
      const next = localDate(earliest);
      if (earliestReason === 'wait') skip('waiting-unanswered', msg('skip.waiting-unanswered', { count: contact.unanswered, days: rules.waitAfterUnanswered.days, date: next }), next);
      else if (earliestReason === 'spacing') skip('contacted-recently', msg('skip.contacted-recently', { last: localDate(lastContact!), date: next }), next);
      else skip('no-touch-day', msg('skip.no-touch-day'));
      continue;
    }

    // The stage as exported, or inferred: never written to → greeting; otherwise an icebreaker.
    let stage: ChatStage = contact.stage ?? (lastContact === null ? 'greeting' : 'icebreaker');
    let stageCase = contact.case;
    const earliestDay = dayNumber(localDate(earliest));
    // Stage rules look at the week the message goes out in, not at today.
    const reference = Math.max(earliest, rangeStart);
    const lastHeard = Math.max(lastContact ?? -Infinity, contact.lastReplyAt ?? -Infinity);
    const silent = lastContact !== null && lastHeard <= reference - REACTIVATION_DAYS * DAY_MS;
    const base = { contact, earliest, deadline: rangeEnd, preferred: null, earliestReason, event: null, fallback: null } as const;

    if (stage === 'live-invite') {
      const event = upcomingEvent(persona, clock, earliest, rangeEnd);
      if (!event) {
        skip('no-event', msg('skip.no-event', { days: INVITE_DAYS_AHEAD }));
        continue;
      }
      const start = eventStart(clock, event);
      const product = persona.products.find((p) => p.id === event.product) ?? null;
      if (!scriptFor(stage, null, product)) {
        skip('no-script', msg('skip.no-script', { stage: stageText(stage), locale: persona.locale }));
        continue;
      }
      wishes.push({
        ...base,
        stage,
        case: null,
        product,
        event,
        earliest: Math.max(earliest, start - INVITE_DAYS_AHEAD * DAY_MS),
        deadline: Math.min(rangeEnd, start - INVITE_MARGIN_MINUTES * MINUTE_MS),
        preferred: dayNumber(event.at.slice(0, 10)) - 1,
      });
      continue;
    }

    // 30+ days without a word either way: the conversation needs reviving, whatever stage it was left at.
    if (silent && stage !== 'greeting' && stage !== 'holiday-greeting') {
      stage = 'reactivation';
      stageCase = null;
    }
    // "Not now" is an answer: a message that replies to it days later, about the product turned down, is no
    // touch. Left alone until the conversation has gone quiet long enough to be revived with a plain check-in.
    if (stage === 'objection' && stageCase === 'not-now' && lastContact !== null) {
      skip('said-not-now', msg('skip.said-not-now', { last: localDate(lastContact), date: localDate(lastHeard + REACTIVATION_DAYS * DAY_MS) }), localDate(lastHeard + REACTIVATION_DAYS * DAY_MS));
      continue;
    }
    if (stage === 'objection' && stageCase === null) stageCase = 'think-about-it';
    if (stage === 'after-sale' && stageCase === null) stageCase = lastContact !== null && reference - lastContact >= DAY_14_AFTER * DAY_MS ? 'day-14' : 'day-3';
    // Only stages that talk about a product get one (a comment reply may, when a tag names it).
    // Follow-ups, objections and after-sale care go on about one product the contact talked about or bought: a
    // guess would ask how the wrong coffee is going. A suggestion may propose any product.
    const product = needsProduct(stage) ? productFor(persona, contact, TALKED_ABOUT_STAGES.has(stage) ? 'own' : 'any') : stage === 'comment-reply' ? productFor(persona, contact, 'named') : null;
    let plain: Wish | null = null;
    if (stage !== 'holiday-greeting') {
      if (needsProduct(stage) && !product) {
        if (persona.products.length === 0) skip('no-product', msg('skip.no-product', { stage: stageText(stage) }));
        else skip('unknown-product', msg('skip.unknown-product', { stage: stageText(stage), tags: contact.tags.length ? contact.tags.join(', ') : '—', ids: persona.products.map((p) => p.id).join(', ') }));
        continue;
      }
      if (!scriptFor(stage, stageCase, product)) {
        skip('no-script', msg('skip.no-script', { stage: stageCase ? chatMsg('case-heading', { stage: stageText(stage), case: caseLabel(stageCase) }) : stageText(stage), locale: persona.locale }));
        continue;
      }
      plain = { ...base, stage, case: stageCase, product };
    }
    // Low-stakes openers become the festival's greeting when the week has a festival they can still reach;
    // if its day is full, the plain message goes out on another day instead.
    const festive = stage === 'holiday-greeting' || stage === 'icebreaker' || stage === 'reactivation' ? days.find((d) => d.open && d.festival && d.day >= earliestDay) : undefined;
    if (festive && scriptFor('holiday-greeting', festive.festival, null)) {
      wishes.push({
        ...base,
        stage: 'holiday-greeting',
        case: festive.festival,
        product: null,
        // The greeting belongs to its day (a day early reads as thoughtful; a day late does not).
        deadline: Math.min(rangeEnd, clock.instantOf(festive.day + 1, 0)?.epochMs ?? rangeEnd),
        preferred: festive.day,
        fallback: plain,
      });
    } else if (plain) {
      wishes.push(plain);
    } else {
      skip('no-holiday', msg('skip.no-holiday'));
    }
  }

  // Hand out slots: priority first, then whoever has waited longest (never written to counts as longest), then name.
  const order = [...wishes].sort(
    (a, b) =>
      PRIORITY[a.stage] - PRIORITY[b.stage] ||
      (a.contact.lastContactAt ?? -Infinity) - (b.contact.lastContactAt ?? -Infinity) ||
      byCodePoint(a.contact.name, b.contact.name),
  );
  const slots = slotMinutes(hours.start, hours.end, rules.maxPerDay);
  const taken = new Map<number, Set<number>>();
  const placed: { wish: Wish; epochMs: number; offsetMinutes: number }[] = [];
  const place = (wish: Wish): { day: number; minute: number; epochMs: number; offsetMinutes: number } | 'cap' | null => {
    const open = days.filter((d) => d.open);
    // A message with no day of its own goes to the least busy day, so a week's openers and check-ins do not all
    // land on its first day (six messages on one Tuesday read as a mass mailing, and are a salesperson's whole
    // afternoon); the rest go on the first day they can.
    const byLoad = SPREAD_STAGES.has(wish.stage) ? [...open].sort((a, b) => (taken.get(a.day)?.size ?? 0) - (taken.get(b.day)?.size ?? 0) || a.day - b.day) : open;
    const tryOrder = [...byLoad.filter((d) => d.day === wish.preferred), ...byLoad.filter((d) => d.day !== wish.preferred)];
    let blockedByCap = false;
    for (const d of tryOrder) {
      const used = taken.get(d.day);
      for (const minute of slots) {
        const instant = clock.instantOf(d.day, minute);
        if (!instant || instant.epochMs < wish.earliest || instant.epochMs >= wish.deadline) continue;
        if (used?.has(minute)) {
          blockedByCap = true;
          continue;
        }
        return { day: d.day, minute, ...instant };
      }
    }
    return blockedByCap ? 'cap' : null;
  };
  for (const first of order) {
    let wish = first;
    let found = place(wish);
    if (typeof found !== 'object' && wish.fallback) {
      wish = wish.fallback;
      found = place(wish);
    }
    if (found === null || found === 'cap') {
      const { contact } = wish;
      if (found === 'cap') skipped.push({ contact: contact.name, reason: 'daily-cap', message: msg('skip.daily-cap', { max: rules.maxPerDay }) });
      else if (wish.stage === 'live-invite') skipped.push({ contact: contact.name, reason: 'no-event', message: msg('skip.no-event', { days: INVITE_DAYS_AHEAD }) });
      else skipped.push({ contact: contact.name, reason: 'no-touch-day', message: msg('skip.no-touch-day') });
      continue;
    }
    taken.set(found.day, new Set([...(taken.get(found.day) ?? []), found.minute]));
    placed.push({ wish, epochMs: found.epochMs, offsetMinutes: found.offsetMinutes });
  }

  // Scripts last, so a contact's text does not depend on who else is on the list.
  const touches: Touch[] = [];
  for (const { wish, epochMs, offsetMinutes } of placed) {
    const iso = localDate(epochMs);
    const outcome = renderScripts(input.library, {
      persona,
      stage: wish.stage,
      ...(wish.case ? { case: wish.case } : {}),
      ...(wish.product ? { product: wish.product } : {}),
      ...(wish.event ? { event: wish.event } : {}),
      contact: { name: wish.contact.name },
      isoDate: iso,
      seed: `${input.seed}/${wish.contact.name}`,
      count: 1,
      avoid: input.avoid ?? persona.voice.avoid,
    });
    if (!outcome.ok) return outcome;
    const script = outcome.scripts[0];
    // Every script of the stage says a word this persona avoids or the team bans: no message beats that one.
    if (!script) {
      skipped.push({ contact: wish.contact.name, reason: 'no-script', message: msg('skip.avoided', { stage: stageText(wish.stage), words: outcome.avoided.join(', ') }) });
      continue;
    }
    touches.push({
      contact: wish.contact.name,
      at: formatInstant(epochMs, offsetMinutes),
      epochMs,
      stage: wish.stage,
      case: wish.case,
      product: wish.product?.id ?? null,
      template: script.template,
      text: script.text,
    });
  }
  touches.sort((a, b) => a.epochMs - b.epochMs || byCodePoint(a.contact, b.contact));
  return { ok: true, touches, skipped };
}

/**
 * `max` slot times spread over the touch hours, in the order they are filled: halves, then quarters, then
 * eighths (van der Corput), so a day with three messages spreads them over the day instead of 09:00, 09:35, 10:10.
 */
export function slotMinutes(start: number, end: number, max: number): number[] {
  const span = end - start;
  const step = Math.max(SLOT_ROUNDING, Math.floor(span / max / SLOT_ROUNDING) * SLOT_ROUNDING);
  const grid: number[] = [];
  for (let m = start; m < end && grid.length < max; m += step) grid.push(m);
  const radical = (i: number) => {
    let f = 0.5;
    let x = 0;
    for (let n = i + 1; n > 0; n = Math.floor(n / 2), f /= 2) if (n % 2) x += f;
    return x;
  };
  const order: number[] = [];
  for (let i = 0; order.length < grid.length && i < grid.length * 64; i++) {
    const index = Math.floor(radical(i) * grid.length);
    const minute = grid[index]!;
    if (!order.includes(minute)) order.push(minute);
  }
  for (const m of grid) if (!order.includes(m)) order.push(m);
  return order;
}

function eventStart(clock: ZoneClock, event: PersonaEvent): number {
  const day = dayNumber(event.at.slice(0, 10));
  const minute = Number(event.at.slice(11, 13)) * 60 + Number(event.at.slice(14, 16));
  return clock.instantOf(day, minute)?.epochMs ?? day * DAY_MS + minute * MINUTE_MS;
}

/** The first stream an invitation sent between `from` and `to` can still be for. */
function upcomingEvent(persona: Persona, clock: ZoneClock, from: number, to: number): PersonaEvent | null {
  const ahead = persona.events
    .map((e) => ({ e, start: eventStart(clock, e) }))
    .filter(({ start }) => start - INVITE_MARGIN_MINUTES * MINUTE_MS > from && start - INVITE_DAYS_AHEAD * DAY_MS < to)
    .sort((a, b) => a.start - b.start);
  return ahead[0]?.e ?? null;
}

/** Stages that go on about a product the contact already talked about or bought. */
const TALKED_ABOUT_STAGES: ReadonlySet<ChatStage> = new Set<ChatStage>(['follow-up', 'objection', 'after-sale']);

/** Lower case, full-width folded: how a tag and a product's category compare. */
const folded = (s: string) => s.normalize('NFKC').trim().toLowerCase();

/**
 * The product a contact's tags name: an id, a name or a word of one (a tag that names two is no answer), else a
 * category with one product. Beyond that, by `reach`: 'named' stops there (a comment reply mentions a product only
 * when told which); 'own' (what they talked about or bought) takes a persona's only product; 'any' (a suggestion)
 * also takes one chosen for this contact, the same every week.
 */
function productFor(persona: Persona, contact: Contact, reach: 'named' | 'own' | 'any'): Product | null {
  const tags = contact.tags.map(folded).filter(Boolean);
  for (const tag of tags) {
    const named = productsNamedBy(persona.products, tag);
    if (named.length === 1) return named[0]!;
  }
  const byCategory = persona.products.filter((p) => tags.includes(folded(p.category)));
  if (byCategory.length === 1 || (byCategory.length > 1 && reach === 'any')) return byCategory[0]!;
  if (reach === 'named' || persona.products.length === 0) return null;
  if (persona.products.length === 1) return persona.products[0]!;
  if (reach === 'own') return null;
  // Per persona and contact, not per week's seed: a contact is not offered one product this week and another next.
  const random = makeRandom(`${persona.id}/${contact.name}/product`);
  return persona.products[Math.floor(random() * persona.products.length)]!;
}
