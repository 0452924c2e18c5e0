// Property: whatever the contacts, rules, zone and week, the touch list keeps every cap. The oracle below reads
// only the output (instants, names) and recomputes local times with Intl, sharing nothing with the scheduler.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHAT_CASES, CHAT_STAGES } from '../../src/chat/stages.js';
import { WEEKDAYS, type Weekday } from '../../src/model/common.js';
import { touchesSchema, type PolicyTouches } from '../../src/model/policy.js';
import { weekRange } from '../../src/plan/range.js';
import type { Contact } from '../../src/touches/contacts.js';
import { planTouches, type TouchInput, type TouchOutcome } from '../../src/touches/touches.js';
import { bundledChatLibrary, enPersona, zhPersona } from '../chat/fixtures.js';

const DAY = 86_400_000;
const library = bundledChatLibrary();
const ZONES = ['Asia/Shanghai', 'America/Los_Angeles', 'Europe/London', 'Australia/Lord_Howe', 'America/Sao_Paulo', 'Asia/Kolkata', 'Pacific/Chatham', 'America/St_Johns'];
/** Ordinary weeks and weeks holding DST changes in the northern and southern hemispheres. */
const WEEKS: readonly [number, number][] = [
  [2026, 10],
  [2026, 14],
  [2026, 44],
  [2026, 45],
  [2026, 49],
  [2027, 1],
  [2027, 11],
  [2027, 14],
];
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

function localParts(epoch: number, timezone: string): { date: string; time: string; weekday: Weekday; offset: string } {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: timezone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', weekday: 'short', timeZoneName: 'longOffset' }).formatToParts(epoch);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const offset = get('timeZoneName').replace('GMT', '') || '+00:00';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}`, weekday: get('weekday').toLowerCase().slice(0, 3) as Weekday, offset };
}

interface Case {
  input: TouchInput;
  quiet: Set<string>;
}

const caseArb: fc.Arbitrary<Case> = fc
  .record({
    locale: fc.constantFrom('zh-CN', 'en'),
    zone: fc.constantFrom(...ZONES),
    week: fc.constantFrom(...WEEKS),
    restDays: fc.subarray([...WEEKDAYS], { maxLength: 4 }),
    hoursStart: fc.integer({ min: 0, max: 22 * 60 }),
    hoursWidth: fc.constantFrom(15, 40, 90, 180, 360, 720),
    maxPerContactPerWeek: fc.integer({ min: 1, max: 3 }),
    waitCount: fc.integer({ min: 1, max: 3 }),
    waitDays: fc.integer({ min: 0, max: 40 }),
    maxPerDay: fc.integer({ min: 1, max: 8 }),
    quietOffsets: fc.subarray([0, 1, 2, 3, 4, 5, 6], { maxLength: 3 }),
    festivalOffset: fc.option(fc.integer({ min: 0, max: 6 })),
    eventOffsetHours: fc.option(fc.integer({ min: -48, max: 24 * 12 })),
    nowOffsetHours: fc.integer({ min: -24 * 14, max: 24 * 4 }),
    contacts: fc.array(
      fc.record({
        // Days before now: an export never dates a message after the day it was made (one that does is refused).
        lastContactDays: fc.option(fc.double({ min: -70, max: 0, noNaN: true })),
        lastReplyDays: fc.option(fc.double({ min: -70, max: 0, noNaN: true })),
        unanswered: fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 2, arbitrary: fc.integer({ min: 1, max: 4 }) }),
        doNotDisturb: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
        stage: fc.option(fc.constantFrom(...CHAT_STAGES)),
        withCase: fc.boolean(),
        tagged: fc.boolean(),
      }),
      { maxLength: 40 },
    ),
  })
  .map((g) => {
    const range = weekRange(g.week[0], g.week[1])!;
    const start = Date.parse(`${range.from}T00:00:00Z`);
    const base = g.locale === 'zh-CN' ? zhPersona() : enPersona();
    const eventAt = g.eventOffsetHours === null ? null : new Date(start + g.eventOffsetHours * 3_600_000).toISOString().slice(0, 16);
    const persona = { ...base, timezone: g.zone, events: eventAt ? [{ type: 'live' as const, at: eventAt, title: 'live', product: base.products[0]!.id }] : [] };
    const dates = Array.from({ length: 7 }, (_, i) => new Date(start + i * DAY).toISOString().slice(0, 10));
    const quiet = new Set(g.quietOffsets.map((i) => dates[i]!));
    const festivalDate = g.festivalOffset === null ? null : dates[g.festivalOffset]!;
    const rules: PolicyTouches = touchesSchema.parse({
      hours: `${hhmm(g.hoursStart)}-${hhmm(Math.min(g.hoursStart + g.hoursWidth, 23 * 60 + 59))}`,
      maxPerContactPerWeek: g.maxPerContactPerWeek,
      waitAfterUnanswered: { count: g.waitCount, days: g.waitDays },
      maxPerDay: g.maxPerDay,
    });
    const now = start + g.nowOffsetHours * 3_600_000;
    const contacts: Contact[] = g.contacts.map((c, i) => ({
      name: `contact-${i}`,
      tags: c.tagged ? [persona.products[1]!.id] : [],
      stage: c.stage,
      case: c.stage && c.withCase ? (CHAT_CASES[c.stage]?.[i % 2] ?? null) : null,
      lastContactAt: c.lastContactDays === null ? null : Math.round(now + c.lastContactDays * DAY),
      lastReplyAt: c.lastReplyDays === null ? null : Math.round(now + c.lastReplyDays * DAY),
      unanswered: c.unanswered,
      doNotDisturb: c.doNotDisturb,
    }));
    const input: TouchInput = {
      persona,
      contacts,
      range,
      rules,
      restDays: g.restDays,
      isQuiet: (iso) => quiet.has(iso),
      festival: (iso) => (iso === festivalDate ? (g.locale === 'zh-CN' ? '冬至' : 'christmas') : null),
      notBefore: now,
      seed: 'property',
      library,
    };
    return { input, quiet };
  });

/** Every cap, checked from the output alone; returns the broken ones (empty when all hold). */
function brokenCaps({ input, quiet }: Case, outcome: TouchOutcome): string[] {
  if (!outcome.ok) return [`no list: ${JSON.stringify(outcome.problems)}`];
  const { rules, persona, range } = input;
  const broken: string[] = [];
  const byName = new Map(input.contacts.map((c) => [c.name, c]));
  const seen = new Map<string, number>();
  for (const name of [...outcome.touches.map((x) => x.contact), ...outcome.skipped.map((s) => s.contact)]) seen.set(name, (seen.get(name) ?? 0) + 1);
  for (const c of input.contacts) if (seen.get(c.name) !== 1) broken.push(`${c.name} is listed ${seen.get(c.name) ?? 0} times`);
  const [startH, endH] = rules.hours.split('-') as [string, string];
  const perDay = new Map<string, number>();
  for (const touch of outcome.touches) {
    const c = byName.get(touch.contact)!;
    const epoch = Date.parse(touch.at);
    const local = localParts(epoch, persona.timezone);
    if (touch.at.slice(0, 16) !== `${local.date}T${local.time}` || !touch.at.endsWith(local.offset)) broken.push(`${touch.at} is not ${local.date} ${local.time} ${local.offset} in ${persona.timezone}`);
    if (c.doNotDisturb) broken.push(`${c.name} is do-not-disturb`);
    if (c.lastContactAt !== null && epoch < c.lastContactAt + (7 / rules.maxPerContactPerWeek) * DAY) broken.push(`${c.name} messaged again within 7/${rules.maxPerContactPerWeek} days`);
    if (c.unanswered >= rules.waitAfterUnanswered.count) {
      if (c.lastContactAt === null) broken.push(`${c.name}: unanswered without a date, messaged anyway`);
      else if (epoch < c.lastContactAt + rules.waitAfterUnanswered.days * DAY) broken.push(`${c.name}: wait after ${c.unanswered} unanswered not kept`);
    }
    if (local.time < startH || local.time > endH) broken.push(`${touch.at} outside ${rules.hours}`);
    if (input.restDays.includes(local.weekday)) broken.push(`${touch.at} on a rest day (${local.weekday})`);
    if (quiet.has(local.date)) broken.push(`${touch.at} on a quiet day`);
    if (local.date < range.from || local.date > range.to) broken.push(`${touch.at} outside ${range.from}..${range.to}`);
    if (epoch < input.notBefore) broken.push(`${touch.at} is in the past`);
    if (touch.text.trim() === '') broken.push(`${c.name}: empty script`);
    perDay.set(local.date, (perDay.get(local.date) ?? 0) + 1);
  }
  for (const [date, n] of perDay) if (n > rules.maxPerDay) broken.push(`${date}: ${n} messages, cap ${rules.maxPerDay}`);
  return broken;
}

describe('touch caps hold for any contacts, rules, zone and week', () => {
  it('property', () => {
    let touches = 0;
    let capped = 0;
    fc.assert(
      fc.property(caseArb, (c) => {
        const outcome = planTouches(c.input);
        expect(brokenCaps(c, outcome)).toEqual([]);
        if (outcome.ok) {
          touches += outcome.touches.length;
          capped += outcome.skipped.filter((s) => s.reason === 'daily-cap').length;
        }
      }),
      { numRuns: 300 },
    );
    // Not vacuous: plenty of messages were scheduled, and the daily cap did bite.
    expect(touches).toBeGreaterThan(500);
    expect(capped).toBeGreaterThan(20);
  });

  it('the oracle is not blind: it catches a list that breaks each cap', () => {
    const [sample] = fc.sample(
      caseArb.filter((c) => c.input.contacts.length > 0),
      { numRuns: 1, seed: 7 },
    );
    const c = sample!;
    const name = c.input.contacts[0]!.name;
    const lastContact = Date.parse(`${c.input.range.from}T12:00:00Z`);
    const forged: Case = {
      ...c,
      input: {
        ...c.input,
        contacts: [{ ...c.input.contacts[0]!, doNotDisturb: true, lastContactAt: lastContact, unanswered: 9 }],
        rules: { ...c.input.rules, waitAfterUnanswered: { count: 2, days: 30 } },
        restDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
        notBefore: Infinity,
      },
      quiet: new Set([c.input.range.from]),
    };
    const at = new Date(lastContact + 3_600_000).toISOString().replace('Z', '+00:00');
    const outcome: TouchOutcome = { ok: true, skipped: [], touches: [{ contact: name, at, epochMs: Date.parse(at), stage: 'greeting', case: null, product: null, template: 'x', text: '' }] };
    const broken = brokenCaps(forged, outcome).join('\n');
    for (const cap of ['do-not-disturb', 'within 7/', 'wait after', 'rest day', 'is in the past', 'empty script']) expect(broken).toContain(cap);
  });
});
