// The bundled chat library: every stage and sub-case covered in both locales, varied, strict-rendering for every
// way a script is rendered, and honest — under the chat ceiling and free of lint errors in every rendering.
import { describe, expect, it } from 'vitest';
import { chatRenderCases } from '../../src/chat/check.js';
import { CHAT_CASES, CHAT_STAGES } from '../../src/chat/stages.js';
import { createScorer } from '../../src/lint/score.js';
import { DEFAULT_CEILINGS } from '../../src/model/policy.js';
import { createRenderer } from '../../src/render/engine.js';
import { SAMPLE_PERSONAS } from '../../src/render/samples.js';
import { bundledChatTemplates, enPersona, zhPersona } from './fixtures.js';

const templates = bundledChatTemplates();
const MIN_PER_UNIT = { 'zh-CN': 3, en: 2 } as const;

describe('coverage: at least 3 zh-CN and 2 en templates per stage and sub-case', () => {
  const units = CHAT_STAGES.flatMap((stage) => (CHAT_CASES[stage] ?? [null]).map((c) => [stage, c] as const));
  for (const locale of ['zh-CN', 'en'] as const) {
    it.each(units)(`${locale} %s %s`, (stage, c) => {
      const found = templates.filter((t) => t.locale === locale && t.stage === stage && (c === null || t.case === c) && t.season.length === 0);
      expect(found.length, found.map((t) => t.id).join(', ')).toBeGreaterThanOrEqual(MIN_PER_UNIT[locale]);
    });
  }

  it('files sit under <locale>/chat/<stage>/ and say so in front matter', () => {
    for (const t of templates) {
      expect(t.kind).toBe('chat');
      expect(t.id.startsWith(`${t.locale}/chat/${t.stage}/`), t.id).toBe(true);
      expect(t.id).toMatch(/^[a-zA-Z-]+\/chat\/[a-z-]+\/[a-z0-9-]+$/);
    }
  });

  it('names seasonal greetings only for greeting festivals', () => {
    const seasonal = templates.filter((t) => t.season.length > 0);
    expect(seasonal.length).toBeGreaterThanOrEqual(4);
    for (const t of seasonal) expect(t.stage, t.id).toBe('holiday-greeting');
  });
});

describe('variety: several independent pick blocks per template', () => {
  it.each(templates.map((t) => [t.id, t] as const))('%s', (_id, t) => {
    expect((t.body.match(/\{\{#pick\}\}/g) ?? []).length).toBeGreaterThanOrEqual(3);
    // Emoji go through {{emoji}} so a persona with emoji: none gets none.
    expect(t.body.replace(/\{\{emoji [^}]*\}\}/g, '')).not.toMatch(/\p{Extended_Pictographic}/u);
  });
});

describe('every rendering is strict-clean, under the chat ceiling and free of lint errors', () => {
  const renderer = createRenderer();
  const scorer = createScorer();
  const personas = [zhPersona(), enPersona(), SAMPLE_PERSONAS['zh-CN'], SAMPLE_PERSONAS.en];
  it.each(templates.map((t) => [t.id, t] as const))('%s', (_id, t) => {
    const compiled = renderer.compile(t);
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.problem));
    let renders = 0;
    for (let s = 0; s < 8; s++) {
      const { cases, problems } = chatRenderCases(t, compiled.render, personas, `library-${s}`);
      expect(problems).toEqual([]);
      for (const c of cases) {
        renders += 1;
        const { salesiness, findings } = scorer.analyze(c.text, t.locale, { avoid: c.persona.voice.avoid, post: true });
        expect(salesiness, c.text).toBeLessThanOrEqual(DEFAULT_CEILINGS.chat);
        expect(findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId} ${f.match}`), c.text).toEqual([]);
        expect(c.text).not.toMatch(/\{\{|\}\}|undefined|\[object/);
        if (c.contact) expect(c.text).toContain(c.contact);
      }
    }
    expect(renders).toBeGreaterThan(0);
  });
});
