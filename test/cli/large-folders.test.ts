// A content repo can hold a very large template folder (generated variants, an export from another tool). Listing
// it once spread every file into one call's arguments, and 130,000 files overflowed the stack before any was read.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lintTargets } from '../../src/cli/actions/lint.js';
import { pathTargets } from '../../src/cli/actions/validate.js';
import type { Workspace } from '../../src/load/workspace.js';
import { captureIo } from '../helpers/io.js';
import { tempDir } from '../helpers/tmp.js';

const FILES = 130_000;
const root = tempDir('persona-large-');
const dir = join(root, 'templates');

beforeAll(() => {
  for (let i = 0; i < FILES; i++) {
    const sub = join(dir, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `t${i}.hbs`), '');
  }
}, 120_000);

describe('a folder of 130,000 templates', () => {
  it('is listed whole by persona lint', () => {
    const { io } = captureIo({ cwd: root });
    const ws = { root, templates: ['templates'], templateDirs: [dir], personasDir: join(root, 'personas'), policy: { bannedWords: [], lint: { rules: {}, ceilings: {} } } };
    const { targets, problems } = lintTargets(ws, ['templates'], io);
    expect(problems).toEqual([]);
    expect(targets).toHaveLength(FILES);
    expect(targets[0]).toEqual({ file: join(dir, '000', 't0.hbs'), root: dir });
  });

  it('is listed whole by persona validate', () => {
    const { io } = captureIo({ cwd: root });
    const ws = () => ({ root, templateDirs: [dir] }) as unknown as Workspace;
    const { targets } = pathTargets(ws, ['templates'], io);
    expect(targets.templates).toHaveLength(FILES);
    expect(targets.problems).toEqual([]);
  });
});
