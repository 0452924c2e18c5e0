// Stand-in personas for rendering templates when a content repo has none of that locale (e.g. `persona validate templates/`).
import type { Persona } from '../model/persona.js';

const base = {
  role: 'sample',
  bio: 'sample persona used to check that templates render',
  series: [],
  schedule: { windows: ['08:00-09:00', '20:00-21:30'], postsPerDay: { min: 1, max: 2 }, restDays: [] },
  events: [{ type: 'live' as const, at: '2026-12-03T20:00', title: 'sample live', product: 'sample-product' }],
};

export const SAMPLE_PERSONAS: Record<Persona['locale'], Persona> = {
  'zh-CN': {
    ...base,
    id: 'sample-zh',
    name: '小样',
    locale: 'zh-CN',
    timezone: 'Asia/Shanghai',
    voice: { tone: ['温和'], emoji: 'light', signature: '—— 小样', phrases: ['慢慢来'], avoid: [] },
    interests: ['coffee', 'tea', 'running', 'fitness', 'cooking', 'baking', 'reading', 'travel', 'pets', 'parenting', 'plants', 'music', 'movies', 'photography', 'home', 'weekend'].map((topic) => ({ topic, weight: 1 })),
    products: [{ id: 'sample-product', name: '示例好物', category: 'sample', points: ['用着顺手'], audience: ['上班族'] }],
    events: [{ type: 'live', at: '2026-12-03T20:00', title: '示例直播', product: 'sample-product' }],
  },
  en: {
    ...base,
    id: 'sample-en',
    name: 'Sam',
    locale: 'en',
    timezone: 'America/Los_Angeles',
    voice: { tone: ['warm'], emoji: 'light', signature: '— Sam', phrases: ['slowly does it'], avoid: [] },
    interests: ['coffee', 'tea', 'running', 'fitness', 'cooking', 'baking', 'reading', 'travel', 'pets', 'parenting', 'plants', 'music', 'movies', 'photography', 'home', 'weekend'].map((topic) => ({ topic, weight: 1 })),
    products: [{ id: 'sample-product', name: 'the sample kettle', category: 'sample', points: ['easy to use'], audience: ['busy people'] }],
  },
};
