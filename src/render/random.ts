// Seeded, portable randomness: the same seed gives the same choices on every machine.
import { cyrb53Halves } from '../model/hash.js';

/** cyrb53-style 32-bit string hash. */
export function hashString(text: string): number {
  const [h1, h2] = cyrb53Halves(text);
  return (h1 ^ h2) >>> 0;
}

/** mulberry32: a small PRNG returning floats in [0, 1). */
export function makeRandom(seed: string): () => number {
  let a = hashString(seed);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
