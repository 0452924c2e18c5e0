// The lexicons' automaton stored by the build reads back as the same matcher, and only for the same phrases.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTables, createMatcher } from '../../src/lint/matcher.js';
import { scorerEntries } from '../../src/lint/score.js';
import { decodeTables, encodeTables, entriesKey, MATCHER_FILE } from '../../src/load/matcher-snapshot.js';
import { packageRoot } from '../../src/load/files.js';

const SAMPLES = [
  '限时秒杀，仅剩3件，手慢无！私聊我领优惠券，包邮到家',
  '今天第一次自己烤面包，最近在读一本关于老房子的书。',
  'Hurry, only 2 left! DM me to order. Flash sale: 30% off, link in bio!',
  '戳👉链接，私 聊我，ＤＭ９ best-selling re-order 最后一段路',
];

describe('matcher snapshot', () => {
  const entries = scorerEntries();
  const tables = buildTables(entries);
  const key = entriesKey(entries);

  it('reads back tables that scan exactly as the ones built', () => {
    const decoded = decodeTables(encodeTables(tables, key), key);
    expect(decoded).not.toBeNull();
    const fresh = createMatcher(entries, tables);
    const stored = createMatcher(entries, decoded!);
    for (const text of SAMPLES) {
      const found = fresh.scan(text);
      expect(found.length).toBeGreaterThan(0);
      expect(stored.scan(text)).toEqual(found);
    }
    for (const name of ['rootNext', 'childStart', 'codes', 'targets', 'fail', 'dict', 'depth', 'outStart', 'outputs', 'boundary'] as const) {
      expect([...decoded![name]], name).toEqual([...tables[name]]);
    }
  });

  it('refuses tables stored for other phrases, and a cut-off file', () => {
    const bytes = encodeTables(tables, key);
    const other = entriesKey([...entries, { term: '新词' }]);
    expect(other).not.toBe(key);
    expect(decodeTables(bytes, other)).toBeNull();
    expect(decodeTables(bytes.subarray(0, bytes.length - 1), key)).toBeNull();
    expect(decodeTables(bytes.subarray(0, 20), key)).toBeNull();
  });

  it('reads from a buffer that does not start on an aligned offset', () => {
    const bytes = encodeTables(tables, key);
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    expect(decodeTables(shifted.subarray(3), key)?.outputs.length).toBe(tables.outputs.length);
  });

  it('is built with the package and matches these sources', () => {
    // npm test builds first; a stale file would be refused, never used, so it must be the current one.
    const file = join(packageRoot(), 'dist', MATCHER_FILE);
    expect(existsSync(file)).toBe(true);
    expect(decodeTables(readFileSync(file), key)).not.toBeNull();
  });
});
