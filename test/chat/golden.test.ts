// Golden scripts per stage and locale: the bundled library rendered for fixed personas, contact and seed.
// A change to a chat template shows up here as a reviewable diff. Update on purpose: UPDATE_GOLDEN=1 npx vitest run test/chat
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nextEvent, renderScripts } from '../../src/chat/scripts.js';
import { CHAT_CASES, CHAT_STAGES, needsProduct } from '../../src/chat/stages.js';
import { bundledChatLibrary, enPersona, zhPersona } from './fixtures.js';

const GOLDEN = join(import.meta.dirname, 'golden');
const update = process.env.UPDATE_GOLDEN === '1';
const library = bundledChatLibrary();
const personas = { 'zh-CN': zhPersona(), en: enPersona() } as const;
const contacts = { 'zh-CN': '王姐', en: 'Jamie' } as const;
const festivals = { 'zh-CN': '春节', en: 'christmas' } as const;

function render(locale: 'zh-CN' | 'en', stage: (typeof CHAT_STAGES)[number]): string {
  const persona = personas[locale];
  const product = needsProduct(stage) ? persona.products[0] : undefined;
  const cases: (string | undefined)[] = stage === 'holiday-greeting' ? [undefined, festivals[locale]] : [...(CHAT_CASES[stage] ?? [undefined])];
  const out: string[] = [];
  for (const c of cases) {
    for (const contact of [contacts[locale], undefined]) {
      const r = renderScripts(library, {
        persona,
        stage,
        ...(c ? { case: c } : {}),
        ...(product ? { product } : {}),
        ...(stage === 'live-invite' ? { event: nextEvent(persona, '2026-12-02')! } : {}),
        ...(contact ? { contact: { name: contact } } : {}),
        isoDate: '2026-12-02',
        seed: 'golden',
        count: 2,
      });
      if (!r.ok) throw new Error(JSON.stringify(r.problems));
      for (const s of r.scripts) out.push(`## ${stage}${c ? ` · ${c}` : ''} · ${contact ?? '(no contact)'} · ${s.template}`, s.text, '');
    }
  }
  return out.join('\n');
}

describe('golden scripts', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    it.each(CHAT_STAGES.map((s) => [s]))(`${locale} %s`, (stage) => {
      const file = join(GOLDEN, locale, `${stage}.txt`);
      const text = render(locale, stage);
      if (update) {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, text);
      }
      expect(existsSync(file), `${file} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
      expect(text).toBe(readFileSync(file, 'utf8'));
    });
  }
});
