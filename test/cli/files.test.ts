// Outputs are written under temp names and renamed into place all at once; a failure leaves nothing behind.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
    // The out folder did not exist before the batch made it: it goes too.
    expect(existsSync(out)).toBe(false);

    // A file where a label folder should be: the write fails, nothing is left in place or in staging.
    const blocked = join(tempDir(), 'plans');
    commitStaged(stageFiles([{ path: join(blocked, 'ok.md'), content: 'x' }]));
    writeFileSync(join(blocked, 'W2'), 'not a folder');
    // Written apart, the label folders are made when the batch is committed: the failure comes there.
    expect(() => commitStaged(stageFiles([{ path: join(blocked, 'W1', 'a.md'), content: 'a' }, { path: join(blocked, 'W2', 'b.md'), content: 'b' }], undefined, { apart: stagingDir(blocked, 3) }))).toThrow(/cannot-write/);
    expect(readdirSync(blocked).filter((n) => n.startsWith('.'))).toEqual([]);
    expect(existsSync(join(blocked, 'W1', 'a.md'))).toBe(false);
  });

  it('puts back every file a batch replaced when a rename fails halfway, and says which file and why', () => {
    const out = join(tempDir(), 'plans');
    commitStaged(stageFiles([{ path: join(out, 'W1', 'a.json'), content: 'old a' }]));
    // A folder where the third file should go: its rename fails after the first two are in place.
    mkdirSync(join(out, 'W1', 'c.ics', 'inside'), { recursive: true });
    const batch = [
      { path: join(out, 'W1', 'a.json'), content: 'new a' },
      { path: join(out, 'W1', 'b.md'), content: 'new b' },
      { path: join(out, 'W1', 'c.ics'), content: 'new c' },
    ];
    let thrown: unknown;
    try {
      const shown = (p: string) => p.slice(out.length + 1);
      commitStaged(stageFiles(batch, shown), shown);
    } catch (err) {
      thrown = err;
    }
    expect((thrown as { problems: { code: string; file: string; message: { data: { reason: { key: string } } } }[] }).problems[0]).toMatchObject({ code: 'io', file: 'W1/c.ics', message: { data: { reason: { key: 'cli.io-is-folder' } } } });
    expect(readFileSync(join(out, 'W1', 'a.json'), 'utf8')).toBe('old a');
    expect(readdirSync(join(out, 'W1')).sort()).toEqual(['a.json', 'c.ics']);
    expect(existsSync(join(out, 'W1', 'c.ics', 'inside'))).toBe(true);
  });

  it('removes the folders a failed batch made, and names a file that stands where a folder is needed', () => {
    const root = tempDir();
    writeFileSync(join(root, 'outfile'), 'x');
    expect(() => stageFiles([{ path: join(root, 'plans', 'W1', 'a.md'), content: 'a' }, { path: join(root, 'outfile', 'W1', 'b.md'), content: 'b' }], (p) => p.slice(root.length + 1))).toThrow(
      expect.objectContaining({ problems: [expect.objectContaining({ code: 'io', message: expect.objectContaining({ data: expect.objectContaining({ reason: { key: 'cli.io-not-folder', data: { blocker: 'outfile' } } }) }) })] }),
    );
    expect(readdirSync(root)).toEqual(['outfile']);
  });
});
