// Personas, rules and a small library built in code, for planner unit tests.
import type { Persona } from '../../src/model/persona.js';
import type { PlanRules } from '../../src/model/plan.js';
import type { Template, TemplateKind } from '../../src/model/template.js';
import type { PlanInput, PreparedTemplate } from '../../src/plan/types.js';
import { hashString } from '../../src/render/random.js';

export function makePersona(over: Partial<Persona> = {}): Persona {
  return {
    id: 'lin-cha',
    name: '林茶',
    locale: 'zh-CN',
    timezone: 'Asia/Shanghai',
    role: '茶铺店主',
    bio: '在巷子口开了十年茶铺',
    voice: { tone: ['温和'], emoji: 'light', signature: '—— 林茶', phrases: ['慢慢喝'], avoid: ['家人们'] },
    interests: [
      { topic: 'tea', weight: 3 },
      { topic: 'reading', weight: 1 },
    ],
    series: [],
    products: [{ id: 'rougui', name: '武夷肉桂', category: 'tea', points: ['岩韵足'], audience: ['老茶客'] }],
    schedule: { windows: ['07:30-08:30', '20:30-22:00'], postsPerDay: { min: 1, max: 2 }, restDays: ['sun'] },
    events: [],
    ...over,
  };
}

export function rulesFor(persona: Persona, over: Partial<PlanRules> = {}): PlanRules {
  return {
    windows: persona.schedule.windows,
    postsPerDay: persona.schedule.postsPerDay,
    restDays: persona.schedule.restDays,
    maxMarketingShare: 0.25,
    maxMarketingPerDay: 1,
    minHoursBetweenMarketing: 36,
    weeklySalesinessBudget: 2,
    marketingThreshold: 0.5,
    defaultCooldownDays: 28,
    quietDays: [],
    maxPersonasPerTemplatePerDay: 1,
    series: persona.series,
    ...over,
  };
}

export function makeTemplate(id: string, kind: TemplateKind, over: Partial<Template> = {}): PreparedTemplate {
  const template: Template = { id, file: `templates/${id}.hbs`, body: '', bodyLine: 1, kind, topics: [], products: [], locale: 'zh-CN', weight: 1, time: 'any', images: ['窗边的茶'], season: [], ...over };
  return {
    template,
    render: (ctx, seed) => `${id}：${ctx.date}${ctx.product ? ` ${ctx.product.name}` : ''}${ctx.event ? ` ${ctx.event.title}` : ''} #${hashString(`${seed}${id}`) % 1000}`,
  };
}

/** n lifestyle templates per topic plus a few generic and product ones: enough for 2 posts a day. */
export function library(perTopic = 12, topics = ['tea', 'reading'], products = 6): PreparedTemplate[] {
  return [
    ...topics.flatMap((topic) => Array.from({ length: perTopic }, (_, i) => makeTemplate(`zh-CN/lifestyle/${topic}/${i}`, 'lifestyle', { topics: [topic], salesiness: 0.02 }))),
    ...Array.from({ length: 8 }, (_, i) => makeTemplate(`zh-CN/story/${i}`, 'story', { salesiness: 0.1 })),
    ...Array.from({ length: products }, (_, i) => makeTemplate(`zh-CN/product/${i}`, 'product', { salesiness: 0.45, cooldownDays: 35 })),
    makeTemplate('zh-CN/live/lead-up', 'live', { salesiness: 0.55 }),
  ];
}

export function input(over: Partial<PlanInput> = {}): PlanInput {
  const persona = over.persona ?? makePersona();
  return {
    persona,
    rules: rulesFor(persona),
    range: { from: '2026-11-30', to: '2026-12-06' },
    seed: 'test',
    templates: library(),
    history: [],
    team: [],
    measure: () => 0,
    bannedWords: [],
    ...over,
  };
}
