// One assertion for the bad-input tables of the loaders: exactly one problem, at the right place, saying the right thing.
import { expect } from 'vitest';
import { en } from '../../src/i18n/translate.js';
import type { Problem } from '../../src/model/errors.js';

export interface ProblemCase {
  code: string;
  line: number;
  column?: number;
  path?: string;
  /** Words the English message must contain. */
  says: readonly string[];
  /** Words the English hint must contain. */
  hint?: string;
}

export function expectOneProblem(problems: readonly Problem[], file: string, c: ProblemCase): void {
  expect(problems.map((p) => en(p.message)), 'exactly one problem').toHaveLength(1);
  const p = problems[0]!;
  expect(p).toMatchObject({ code: c.code, file, line: c.line });
  if (c.column !== undefined) expect(p.column).toBe(c.column);
  if (c.path !== undefined) expect(p.path).toBe(c.path);
  for (const words of c.says) expect(en(p.message)).toContain(words);
  if (c.hint) expect(en(p.hint!)).toContain(c.hint);
}
