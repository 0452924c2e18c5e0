// cyrb53 (public domain): a fast, well-mixed string hash, shared by seeded randomness and text keys.

/** The two 32-bit halves of cyrb53 after its final mixing, for callers that combine them their own way. */
export function cyrb53Halves(text: string): readonly [number, number] {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1, h2];
}

/** cyrb53's 53-bit result: a collision among a quarter's texts is very unlikely. */
export function hash53(text: string): number {
  const [h1, h2] = cyrb53Halves(text);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
