// Personas built in code and the bundled chat library, for chat, touches and audit tests.
import { join } from 'node:path';
import { loadTemplateFile, walk } from '../../src/load/workspace.js';
import type { Persona } from '../../src/model/persona.js';
import type { Template } from '../../src/model/template.js';
import { prepareChat } from '../../src/chat/scripts.js';
import type { PreparedTemplate } from '../../src/plan/types.js';

export const TEMPLATES_DIR = join(import.meta.dirname, '../../templates');

/** Every chat template of the bundled library (templates/<locale>/chat/**), parsed. */
export function bundledChatTemplates(): Template[] {
  const out: Template[] = [];
  for (const locale of ['zh-CN', 'en']) {
    for (const file of walk(join(TEMPLATES_DIR, locale, 'chat'), ['.hbs'])) {
      const r = loadTemplateFile(file, TEMPLATES_DIR);
      if (!r.template) throw new Error(`${file}: ${JSON.stringify(r.problems)}`);
      out.push(r.template);
    }
  }
  return out;
}

export function bundledChatLibrary(): PreparedTemplate[] {
  const { prepared, problems } = prepareChat(bundledChatTemplates());
  if (problems.length) throw new Error(JSON.stringify(problems));
  return prepared;
}

export function zhPersona(over: Partial<Persona> = {}): Persona {
  return {
    id: 'a-ning',
    name: '阿宁',
    locale: 'zh-CN',
    timezone: 'Asia/Shanghai',
    role: '母婴用品顾问',
    bio: '两岁娃的妈妈，帮身边的妈妈挑母婴用品。',
    voice: { tone: ['实在'], emoji: 'light', signature: '—— 阿宁', phrases: ['别焦虑'], avoid: ['家人们'] },
    interests: [{ topic: 'parenting', weight: 1 }],
    series: [],
    products: [
      { id: 'kids-flask', name: '儿童吸管保温杯', category: 'baby', points: ['吸管带防呛阀', '杯身有刻度'], audience: ['刚学会用吸管的娃'] },
      { id: 'gauze-towel', name: '六层纱布浴巾', category: 'baby', points: ['越洗越软'], audience: [] },
    ],
    schedule: { windows: ['13:00-14:00', '21:30-22:30'], postsPerDay: { min: 1, max: 2 }, restDays: ['sat'] },
    events: [{ type: 'live', at: '2026-12-03T20:00', title: '冬天带娃出门，我的妈咪包里装什么', product: 'kids-flask' }],
    ...over,
  };
}

export function enPersona(over: Partial<Persona> = {}): Persona {
  return {
    id: 'emma',
    name: 'Emma',
    locale: 'en',
    timezone: 'America/Los_Angeles',
    role: 'coffee roaster',
    bio: 'Sells beans for a small roaster.',
    voice: { tone: ['warm'], emoji: 'none', signature: '— Emma', phrases: ['slowly does it'], avoid: ['babe'] },
    interests: [{ topic: 'coffee', weight: 1 }],
    series: [],
    products: [
      { id: 'house-blend', name: 'Ridgeline house blend', category: 'coffee', points: ['chocolate and toasted nuts', 'forgiving in any brewer'], audience: ['people who take milk'] },
      { id: 'decaf', name: 'Swiss Water decaf', category: 'coffee', points: ['caramel and cocoa'], audience: [] },
    ],
    schedule: { windows: ['07:00-08:00'], postsPerDay: { min: 1, max: 1 }, restDays: ['sun'] },
    events: [{ type: 'live', at: '2026-12-10T18:30', title: 'Brewing for a crowd', product: 'house-blend' }],
    ...over,
  };
}
