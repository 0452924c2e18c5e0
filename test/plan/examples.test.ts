// The bundled example personas and library, as a content lead uses them: 13 consecutive weeks into one out
// dir keep every guarantee and never repeat a text; the first week's Markdown and JSON are golden files
// (UPDATE_GOLDEN=1 rewrites them on purpose).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/model/plan.js';
import { cli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const UPDATE = process.env.UPDATE_GOLDEN === '1';

function golden(name: string, actual: string): void {
  const path = fileURLToPath(new URL(`./golden/${name}`, import.meta.url));
  if (UPDATE) writeFileSync(path, actual);
  expect(existsSync(path), `missing golden ${name}; run UPDATE_GOLDEN=1`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('example personas over 13 weeks', () => {
  const out = tempDir();
  let code = -1;
  let stderr = '';

  it('plan --all --week 2026-W49 --weeks 13 succeeds', async () => {
    const r = await cli(['plan', '--all', '--week', '2026-W49', '--weeks', '13', '--out', out, '--quiet'], { cwd: repo });
    code = r.code;
    stderr = r.stderr;
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('every plan passes plan --check (the same verify() over the files)', async () => {
    const r = await cli(['plan', '--check', out], { cwd: repo });
    expect(r.stdout).toMatch(/checked 65 plan\(s\) in 13 label\(s\): 0 violation\(s\)/);
    expect(r.code).toBe(0);
  });

  it('no persona repeats a text in those 13 weeks, and each has marketing posts and series', () => {
    const byPersona = new Map<string, Plan[]>();
    for (const label of readdirSync(out).sort()) {
      for (const file of readdirSync(join(out, label)).filter((f) => f.endsWith('.json'))) {
        const plan = JSON.parse(readFileSync(join(out, label, file), 'utf8')) as Plan;
        byPersona.set(plan.persona.id, [...(byPersona.get(plan.persona.id) ?? []), plan]);
      }
    }
    expect([...byPersona.keys()].sort()).toEqual(['a-ning', 'chen-ye', 'emma', 'lin-cha', 'xiao-mei']);
    for (const [id, plans] of byPersona) {
      const texts = plans.flatMap((p) => p.posts.map((x) => x.text));
      expect(new Set(texts).size, `${id} repeats a text`).toBe(texts.length);
      expect(plans.flatMap((p) => p.posts).some((x) => x.marketing), `${id} never markets`).toBe(true);
    }
    const linCha = byPersona.get('lin-cha')!.flatMap((p) => p.posts);
    expect(linCha.some((x) => x.kind === 'live' && x.text.includes('寿眉'))).toBe(true);
    expect(linCha.filter((x) => x.series === '周末一泡茶').length).toBe(13);
  });

  it('the first week reads the same as its golden files', () => {
    for (const id of ['lin-cha', 'emma']) {
      golden(`${id}.2026-W49.md`, readFileSync(join(out, '2026-W49', `${id}.md`), 'utf8'));
      golden(`${id}.2026-W49.json`, readFileSync(join(out, '2026-W49', `${id}.json`), 'utf8'));
    }
  });
});
