// Outputs are written under temp names and renamed into place all at once; a failure leaves nothing behind.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitStaged, discardStaged, stageFiles, stagingDir } from '../../src/cli/files.js';
import { tempDir } from '../helpers/tmp.js';

describe('staged writes', () => {
  it('beside their destinations, or apart in a staging folder that is gone once they are in place', () => {
    for (const apart of [false, true]) {
      const out = join(tempDir(), 'plans');
      const files = [
        { path: join(out, '2026-W49', 'lin-cha.md'), content: '# 林茶\n' },
        { path: join(out, '2026-W50', 'lin-cha.json'), content: '{}\n' },
      ];
      const staged = stageFiles(files, undefined, apart ? { apart: stagingDir(out, 1) } : {});
      expect(files.some((f) => existsSync(f.path))).toBe(false);
      if (apart) for (const s of staged) expect(s.temp.startsWith(stagingDir(out, 1))).toBe(true);
      commitStaged(staged);
      for (const f of files) expect(readFileSync(f.path, 'utf8')).toBe(f.content);
      expect(readdirSync(out).filter((n) => n.startsWith('.'))).toEqual([]);
      expect(readdirSync(join(out, '2026-W49'))).toEqual(['lin-cha.md']);
    }
  });

  it('removes what it wrote, staging folder included, when a write fails or the run is called off', () => {
    const out = join(tempDir(), 'plans');
    const staged = stageFiles([{ path: join(out, 'W1', 'a.md'), content: 'a' }], undefined, { apart: stagingDir(out, 2) });
    discardStaged(staged);
    expect(readdirSync(out).filter((n) => n.startsWith('.'))).toEqual([]);
    expect(existsSync(join(out, 'W1', 'a.md'))).toBe(false);

    // A file where a label folder should be: the write fails, nothing is left in place or in staging.
    const blocked = join(tempDir(), 'plans');
    commitStaged(stageFiles([{ path: join(blocked, 'ok.md'), content: 'x' }]));
    writeFileSync(join(blocked, 'W2'), 'not a folder');
    // Written apart, the label folders are made when the batch is committed: the failure comes there.
    expect(() => commitStaged(stageFiles([{ path: join(blocked, 'W1', 'a.md'), content: 'a' }, { path: join(blocked, 'W2', 'b.md'), content: 'b' }], undefined, { apart: stagingDir(blocked, 3) }))).toThrow(/cannot-write/);
    expect(readdirSync(blocked).filter((n) => n.startsWith('.'))).toEqual([]);
    expect(existsSync(join(blocked, 'W1', 'a.md'))).toBe(false);
  });
});
