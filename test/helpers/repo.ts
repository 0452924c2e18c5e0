// A throw-away copy of test/fixtures/repo (a small, valid content repo), with files replaced or removed per test.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onTestFinished } from 'vitest';
import { writeTree } from './tmp.js';

export const FIXTURE_REPO = fileURLToPath(new URL('../fixtures/repo', import.meta.url));

/** Call inside a test: `changes` maps repo-relative paths to new contents; `null` deletes the file or folder. */
export function fixtureRepo(changes: Record<string, string | null> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'persona-repo-'));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  cpSync(FIXTURE_REPO, root, { recursive: true });
  const writes: Record<string, string> = {};
  for (const [rel, text] of Object.entries(changes)) {
    if (text === null) rmSync(join(root, rel), { recursive: true, force: true });
    else writes[rel] = text;
  }
  return writeTree(root, writes);
}
