// The code-cached launch: a cache is used only with the bundle it was made from, and a missing, foreign or
// corrupt cache still runs the bundle (slower, never wrong).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_MARK, buildIdOf, cacheFile, compileBundle, loadCli } from '../../src/cli/launch.js';
import { tempDir } from '../helpers/tmp.js';

/** A CommonJS bundle as the build makes one: a `run` export and the build id on its last line. */
function bundle(dir: string, id: string, answer: number): string {
  const file = join(dir, 'cli.cjs');
  const body = Array.from({ length: 200 }, (_, i) => `function f${i}(x) { return x + ${i}; }`).join('\n');
  writeFileSync(file, `${body}\nexports.run = async (argv) => f0(${answer}) + argv.length;\n${BUILD_MARK}${id}\n`);
  return file;
}

/** A cache made the way the build makes it: compile, run, then ask V8 for the code. */
async function trained(file: string): Promise<Buffer> {
  const { cli, script } = compileBundle(file);
  await cli.run([]);
  return cacheFile(buildIdOf(readFileSync(file, 'latin1'))!, script.createCachedData());
}

describe('compileBundle', () => {
  const ID = 'a'.repeat(32);

  it('uses the cache made from the same bundle', async () => {
    const file = bundle(tempDir(), ID, 7);
    const loaded = compileBundle(file, await trained(file));
    expect(loaded.cached).toBe(true);
    expect(await loaded.cli.run(['x'])).toBe(8);
  });

  it('compiles from source without a cache', async () => {
    const loaded = compileBundle(bundle(tempDir(), ID, 7));
    expect(loaded.cached).toBe(false);
    expect(await loaded.cli.run([])).toBe(7);
  });

  it('ignores the cache of another build, even when V8 would take it (same length)', async () => {
    const dir = tempDir();
    const cache = await trained(bundle(dir, ID, 7));
    // Same length, other code: V8 checks only the length, the build id tells them apart.
    const file = bundle(dir, 'b'.repeat(32), 8);
    const loaded = compileBundle(file, cache);
    expect(loaded.cached).toBe(false);
    expect(await loaded.cli.run([])).toBe(8);
    // What the build id prevents: the old bytes under a new build's id are taken, and run the old code. (A bundle
    // of its own: V8 remembers what this process compiled from a source text and would answer from that.)
    const other = bundle(tempDir(), 'c'.repeat(32), 9);
    const stale = compileBundle(other, cacheFile('c'.repeat(32), cache.subarray(cache.indexOf(10) + 1)));
    expect(stale.cached).toBe(true);
    expect(await stale.cli.run([])).toBe(7);
  });

  it('runs from source when V8 refuses the bytes', async () => {
    const file = bundle(tempDir(), ID, 7);
    const loaded = compileBundle(file, cacheFile(ID, Buffer.from('not a code cache at all, just bytes')));
    expect(loaded.cached).toBe(false);
    expect(await loaded.cli.run([])).toBe(7);
  });

  it('reads no build id from a file without one', () => {
    expect(buildIdOf('exports.run = 1;\n')).toBeNull();
    expect(buildIdOf(`x\n${BUILD_MARK}not-hex\n`)).toBeNull();
    expect(buildIdOf(`x\n${BUILD_MARK}${ID}\n`)).toBe(ID);
  });
});

describe('loadCli', () => {
  it('is null without a bundle (the ES modules run instead)', () => {
    expect(loadCli(tempDir())).toBeNull();
  });

  it('loads the bundle beside its cache', async () => {
    const dir = tempDir();
    const file = bundle(dir, 'c'.repeat(32), 3);
    writeFileSync(`${file}.cache`, await trained(file));
    expect(await loadCli(dir)!.run([])).toBe(3);
  });
});
