// The bundled library passes its own lint (issue 4's proof): every template's text and every rendering for the
// example personas, with zero errors and zero warnings. A lexicon change that flags a calm bundled line fails here.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('the bundled library', () => {
  it('lints with zero errors and zero warnings, rendered for every example persona', async () => {
    const r = await cli(['lint', 'templates', '--format', 'json'], { cwd: ROOT });
    const files = JSON.parse(r.stdout) as { file: string; messages: { ruleId: string | null; severity: string; line: number; message: string }[] }[];
    const serious = files.flatMap((f) => f.messages.filter((m) => m.severity !== 'info').map((m) => `${f.file}:${m.line} ${m.ruleId}: ${m.message}`));
    expect(serious).toEqual([]);
    expect(r.code).toBe(0);
    expect(files.length).toBeGreaterThan(800);
  }, 60_000);

  it('validates with the example personas and policy: the repo a new user clones', async () => {
    const r = await cli(['validate'], { cwd: ROOT });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  }, 60_000);
});
