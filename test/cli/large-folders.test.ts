// A content repo can hold a very large template folder (generated variants, an export from another tool). Listing
// it once spread every file into one call's arguments, and 130,000 files overflowed the stack before any was read.
// The folder walk is stood in for (130,000 names, no files written): what is under test is what lint and validate
// do with a list that long.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Workspace } from '../../src/load/workspace.js';
import { captureIo } from '../helpers/io.js';
import { tempDir } from '../helpers/tmp.js';

const FILES = 130_000;
const root = tempDir('persona-large-');
const dir = join(root, 'templates');
mkdirSync(dir, { recursive: true });
const names = Array.from({ length: FILES }, (_, i) => join(dir, String(Math.floor(i / 1000)).padStart(3, '0'), `t${i}.hbs`));

vi.mock('../../src/load/files.js', async (original) => ({ ...(await original<typeof import('../../src/load/files.js')>()), walk: () => names }));

describe('a folder of 130,000 templates', () => {
  it('is listed whole by persona lint', async () => {
    const { lintTargets } = await import('../../src/cli/actions/lint.js');
    const { io } = captureIo({ cwd: root });
    const ws = { root, templates: ['templates'], templateDirs: [dir], personasDir: join(root, 'personas'), policy: { bannedWords: [], lint: { rules: {}, ceilings: {} } } };
    const { targets, problems } = lintTargets(ws, ['templates'], io);
    expect(problems).toEqual([]);
    expect(targets).toHaveLength(FILES);
    expect(targets[0]).toEqual({ file: join(dir, '000', 't0.hbs'), root: dir });
  });

  it('is listed whole by persona validate', async () => {
    const { pathTargets } = await import('../../src/cli/actions/validate.js');
    const { io } = captureIo({ cwd: root });
    const ws = () => ({ root, templateDirs: [dir] }) as unknown as Workspace;
    const { targets } = pathTargets(ws, ['templates'], io);
    expect(targets.templates).toHaveLength(FILES);
    expect(targets.problems).toEqual([]);
  });
});
