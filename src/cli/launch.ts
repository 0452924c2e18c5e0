// Loads the main-thread CLI from one CommonJS bundle, compiled from the V8 code cache a training run made at
// build time: compiling about 3 MB of JavaScript from nothing took longer than a one-week plan's own work.
// Node 20 keeps no code cache for ES modules, hence CommonJS. A cache V8 or the build id rejects costs only speed.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** The bundle's last line names its build; its cache starts with the same line, so a stale cache is never used. */
export const BUILD_MARK = '//# personaBuild=';

export interface CliModule {
  run(argv: string[], io?: object): Promise<number>;
}

export interface CompiledBundle {
  cli: CliModule;
  script: Script;
  /** Whether the code came from the cache (false: no cache, another build's, or V8 refused it). */
  cached: boolean;
}

/** The build id a bundle ends with, or null. */
export function buildIdOf(source: string): string | null {
  const at = source.lastIndexOf(BUILD_MARK);
  if (at < 0) return null;
  const id = source.slice(at + BUILD_MARK.length).trim();
  return /^[0-9a-f]{16,64}$/.test(id) ? id : null;
}

/** `<mark><id>\n` followed by V8's bytes. */
export function cacheFile(id: string, data: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${BUILD_MARK}${id}\n`), data]);
}

/** V8's bytes when the cache file belongs to this build, else undefined. */
function cacheFor(id: string | null, file: Buffer | undefined): Buffer | undefined {
  if (!id || !file) return undefined;
  const head = Buffer.from(`${BUILD_MARK}${id}\n`);
  return file.length > head.length && file.subarray(0, head.length).equals(head) ? file.subarray(head.length) : undefined;
}

/**
 * Compiles and runs the bundle as Node would run a CommonJS module, with its cache when it matches. The
 * wrapper text is part of what the cache was made from: training and launching both come through here.
 */
export function compileBundle(file: string, cache?: Buffer): CompiledBundle {
  // The build makes the bundle ASCII: read as Latin-1 it becomes a one-byte string without decoding.
  const source = readFileSync(file, 'latin1');
  const cachedData = cacheFor(buildIdOf(source), cache);
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as CliModule };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file));
  return { cli: module.exports, script, cached: !!cachedData && !script.cachedDataRejected };
}

/** The CLI from `dir`/cli.cjs and its cache, or null when there is no such bundle (the ES module build then runs). */
export function loadCli(dir: string): CliModule | null {
  const file = join(dir, 'cli.cjs');
  if (!existsSync(file)) return null;
  let cache: Buffer | undefined;
  try {
    cache = readFileSync(`${file}.cache`);
  } catch {
    // No cache: compiled from source, as fast as the ES modules.
  }
  return compileBundle(file, cache).cli;
}
