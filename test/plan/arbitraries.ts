// Random personas, rules, libraries and histories for property tests of the density guarantees.
import fc from 'fast-check';
import type { Persona } from '../../src/model/persona.js';
import type { PlanRules } from '../../src/model/plan.js';
import type { Template, TemplateKind } from '../../src/model/template.js';
import type { PlanInput, PreparedTemplate } from '../../src/plan/types.js';
import { WEEKDAYS, type Weekday } from '../../src/model/common.js';
import { hashString } from '../../src/render/random.js';

const ZONES = ['Asia/Shanghai', 'America/Los_Angeles', 'Europe/London', 'Australia/Lord_Howe', 'America/Sao_Paulo', 'Asia/Kolkata', 'Pacific/Chatham'];
const TOPICS = ['tea', 'coffee', 'running', 'parenting', 'home'];
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** Windows that include narrow ones and ones inside DST gaps (01:00–03:00 local). */
export const windowArb = fc
  .tuple(fc.integer({ min: 0, max: 23 * 60 }), fc.constantFrom(10, 20, 45, 60, 90, 180))
  .map(([start, width]) => `${hhmm(start)}-${hhmm(Math.min(start + width, 23 * 60 + 59))}`)
  .filter((w) => w.slice(0, 5) < w.slice(6));

export interface Scenario {
  persona: Persona;
  rules: PlanRules;
  templates: PreparedTemplate[];
  measureSalt: number;
}

function template(id: string, kind: TemplateKind, fields: Partial<Template>): Template {
  return {
    id,
    file: `templates/${id}.hbs`,
    body: '',
    bodyLine: 1,
    kind,
    topics: [],
    products: [],
    locale: 'zh-CN',
    weight: 1,
    time: 'any',
    images: [],
    season: [],
    ...fields,
  };
}

/** A fake renderer: text differs per seed and template, and sometimes carries a word to avoid. */
function prepared(t: Template, avoidEvery: number): PreparedTemplate {
  return {
    template: t,
    render: (ctx, seed) => {
      const h = hashString(`${t.id}|${seed}`);
      const risky = avoidEvery > 0 && h % avoidEvery === 0 ? ' 家人们' : '';
      return `${t.id} ${ctx.isoDate} ${h % 7}${ctx.product ? ` ${ctx.product.name}` : ''}${risky}`;
    },
  };
}

export const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    timezone: fc.constantFrom(...ZONES),
    windows: fc.uniqueArray(windowArb, { minLength: 1, maxLength: 3 }),
    min: fc.integer({ min: 0, max: 2 }),
    extra: fc.integer({ min: 0, max: 2 }),
    restDays: fc.subarray([...WEEKDAYS], { maxLength: 3 }),
    interests: fc.subarray(TOPICS, { minLength: 1, maxLength: 3 }),
    series: fc.array(fc.record({ day: fc.constantFrom(...WEEKDAYS), window: windowArb, topic: fc.constantFrom(...TOPICS) }), { maxLength: 2 }),
    products: fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 4, arbitrary: fc.integer({ min: 1, max: 3 }) }),
    events: fc.array(fc.record({ day: fc.integer({ min: -2, max: 30 }), minute: fc.integer({ min: 0, max: 1439 }) }), { maxLength: 2 }),
    share: fc.constantFrom(0, 0.1, 0.2, 0.25, 0.25, 0.3, 0.5),
    perDay: fc.constantFrom(0, 1, 1, 1, 2),
    gap: fc.constantFrom(0, 12, 24, 36, 72),
    budget: fc.constantFrom(0.5, 1, 2, 3),
    threshold: fc.constantFrom(0.3, 0.5),
    cooldown: fc.constantFrom(0, 3, 7, 7, 14, 28),
    quiet: fc.array(fc.integer({ min: 0, max: 27 }), { maxLength: 3 }),
    calm: fc.array(
      fc.record({
        kind: fc.constantFrom<TemplateKind>('lifestyle', 'expertise', 'interaction', 'story'),
        // Mostly topics of the persona's interests, sometimes none (generic), sometimes a foreign one.
        topic: fc.oneof({ weight: 6, arbitrary: fc.nat(2) }, { weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constant(-1) }),
        salesiness: fc.option(fc.double({ min: 0, max: 0.4, noNaN: true }), { nil: undefined }),
        cooldownDays: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
        time: fc.constantFrom('morning', 'noon', 'evening', 'any' as const),
        // Now and then a post that names its weekday.
        days: fc.option(fc.subarray([...WEEKDAYS], { minLength: 1 }), { nil: undefined, freq: 4 }),
      }),
      { minLength: 4, maxLength: 60, size: 'medium' },
    ),
    marketing: fc.array(
      fc.record({
        kind: fc.constantFrom<TemplateKind>('product', 'live'),
        salesiness: fc.option(fc.double({ min: 0.2, max: 0.9, noNaN: true }), { nil: undefined }),
        cooldownDays: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
        days: fc.option(fc.subarray([...WEEKDAYS], { minLength: 1 }), { nil: undefined, freq: 4 }),
      }),
      { minLength: 1, maxLength: 8 },
    ),
    avoidEvery: fc.constantFrom(0, 5),
    campaign: fc.option(fc.record({ start: fc.integer({ min: -3, max: 8 }), length: fc.integer({ min: 1, max: 7 }), share: fc.constantFrom(0.3, 0.5), perDay: fc.constantFrom(1, 2, 3), gap: fc.constantFrom(4, 12, 24), budget: fc.constantFrom(2, 3, 5) }), { nil: null, freq: 3 }),
    measureSalt: fc.integer({ min: 0, max: 1000 }),
  })
  .map((r) => {
    const max = r.min + r.extra || 1;
    const seriesList = r.series
      .filter((s) => !r.restDays.includes(s.day as Weekday))
      .map((s, i) => ({ name: `series-${i}`, day: s.day as Weekday, window: s.window, topic: s.topic }));
    const products = Array.from({ length: r.products }, (_, i) => ({ id: `p${i}`, name: `好物${i}`, category: 'c', points: ['好用'], audience: [] }));
    const baseDay = Date.UTC(2026, 10, 30) / 86_400_000;
    const iso = (d: number) => new Date((baseDay + d) * 86_400_000).toISOString().slice(0, 10);
    const persona: Persona = {
      id: 'p',
      name: '测试',
      locale: 'zh-CN',
      timezone: r.timezone,
      role: 'r',
      bio: 'b',
      voice: { tone: [], emoji: 'none', signature: '', phrases: [], avoid: ['家人们'] },
      interests: r.interests.map((topic) => ({ topic, weight: 1 })),
      series: seriesList,
      products,
      schedule: { windows: r.windows, postsPerDay: { min: r.min, max }, restDays: r.restDays as Weekday[] },
      events: products.length ? r.events.map((e, i) => ({ type: 'live' as const, at: `${iso(e.day)}T${hhmm(e.minute)}`, title: `直播${i}`, product: products[0]!.id })) : [],
    };
    const rules: PlanRules = {
      windows: r.windows,
      postsPerDay: { min: r.min, max },
      restDays: r.restDays as Weekday[],
      maxMarketingShare: r.share,
      maxMarketingPerDay: r.perDay,
      minHoursBetweenMarketing: r.gap,
      weeklySalesinessBudget: r.budget,
      marketingThreshold: r.threshold,
      defaultCooldownDays: r.cooldown,
      quietDays: r.quiet.map(iso).sort(),
      maxPersonasPerTemplatePerDay: 1,
      series: seriesList,
      ...(r.campaign
        ? {
            campaigns: [
              {
                name: '双11',
                from: iso(r.campaign.start),
                to: iso(r.campaign.start + r.campaign.length - 1),
                maxMarketingShare: Math.max(r.share, r.campaign.share),
                maxMarketingPerDay: Math.max(r.perDay, r.campaign.perDay),
                minHoursBetweenMarketing: Math.min(r.gap, r.campaign.gap),
                weeklySalesinessBudget: Math.max(r.budget, r.campaign.budget),
              },
            ],
          }
        : {}),
    };
    const templates = [
      ...r.calm.map((c, i) =>
        prepared(
          template(`calm-${i}`, c.kind, {
            topics: topicsOf(c.kind, c.topic, r.interests),
            ...(c.salesiness !== undefined ? { salesiness: c.salesiness } : {}),
            ...(c.cooldownDays !== undefined ? { cooldownDays: c.cooldownDays } : {}),
            ...(c.days !== undefined ? { days: c.days } : {}),
            time: c.time,
          }),
          r.avoidEvery,
        ),
      ),
      ...r.marketing.map((m, i) =>
        prepared(
          template(`market-${i}`, m.kind, {
            ...(m.salesiness !== undefined ? { salesiness: m.salesiness } : {}),
            ...(m.cooldownDays !== undefined ? { cooldownDays: m.cooldownDays } : {}),
            ...(m.days !== undefined ? { days: m.days } : {}),
          }),
          r.avoidEvery,
        ),
      ),
    ];
    return { persona, rules, templates, measureSalt: r.measureSalt };
  });

function topicsOf(kind: TemplateKind, pick: number | null, interests: readonly string[]): string[] {
  const topic = pick === null ? null : pick < 0 ? 'travel' : interests[pick % interests.length]!;
  if (kind === 'lifestyle') return [topic ?? interests[0]!];
  return topic ? [topic] : [];
}

/** Measured salesiness that sometimes pushes a calm template over the marketing threshold. */
export function measureFor(salt: number): PlanInput['measure'] {
  return (text) => ((hashString(`${salt}|${text}`) % 100) / 100) * 0.55;
}
