// Aho-Corasick over UTF-16 code units: every phrase of every lexicon found in one pass, with offsets.
// Chinese is matched on the raw text (Intl.Segmenter splits 限时/下单 into single characters), and
// full-width forms are folded so ！ＤＭ９ match the same entries as !DM9.

/** Fold one code unit: ASCII and full-width letters to lower case, full-width ASCII to ASCII, ￥ to ¥. */
export function foldCode(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c >= 0xff01 && c <= 0xff5e) {
    const ascii = c - 0xfee0;
    return ascii >= 65 && ascii <= 90 ? ascii + 32 : ascii;
  }
  if (c === 0xffe5) return 0xa5;
  return c;
}

const FOLDABLE = /[A-Z\uff01-\uff5e\uffe5]/;

export function foldText(text: string): string {
  if (!FOLDABLE.test(text)) return text;
  const codes = new Array<number>(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = foldCode(text.charCodeAt(i));
  return String.fromCharCode(...codes);
}

function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

export interface MatcherEntry {
  /** The phrase; folded before building. */
  term: string;
}

export interface Match {
  /** Index of the entry in the list the matcher was built from. */
  entry: number;
  start: number;
  end: number;
}

export interface Matcher {
  /** All occurrences, ordered by end offset; latin phrases only at word boundaries. */
  scan(text: string): Match[];
}

const NO_STATE = -1;

/**
 * Root transitions live in a 64K table (most characters of a post start no phrase, so the common step is
 * one array read); deeper transitions in one Map keyed by state × 65536 + code unit.
 */
export function createMatcher(entries: readonly MatcherEntry[]): Matcher {
  const rootNext = new Int32Array(65536).fill(0);
  const next = new Map<number, number>();
  const fail: number[] = [0];
  const depth: number[] = [0];
  /** First entry ending at this state, or -1; the rest follow `outNext` and the dictionary links. */
  const out: number[][] = [[]];
  const terms = entries.map((e) => foldText(e.term));
  const boundary = terms.map((t) => ({ left: isWordCode(t.charCodeAt(0)), right: isWordCode(t.charCodeAt(t.length - 1)) }));

  const child = (state: number, c: number): number => {
    if (state === 0) return rootNext[c]!;
    return next.get(state * 65536 + c) ?? 0;
  };

  terms.forEach((term, index) => {
    if (!term) return;
    let state = 0;
    for (let i = 0; i < term.length; i++) {
      const c = term.charCodeAt(i);
      let s = child(state, c);
      if (s === 0) {
        s = fail.length;
        fail.push(0);
        depth.push(depth[state]! + 1);
        out.push([]);
        if (state === 0) rootNext[c] = s;
        else next.set(state * 65536 + c, s);
      }
      state = s;
    }
    out[state]!.push(index);
  });

  // Breadth-first failure links; each state's output also gets the outputs reachable by failure.
  const children = new Map<number, [number, number][]>();
  for (let c = 0; c < 65536; c++) {
    const s = rootNext[c]!;
    if (s) (children.get(0) ?? children.set(0, []).get(0)!).push([c, s]);
  }
  for (const [key, s] of next) {
    const parent = Math.floor(key / 65536);
    (children.get(parent) ?? children.set(parent, []).get(parent)!).push([key % 65536, s]);
  }
  const dict: number[] = new Array<number>(fail.length).fill(NO_STATE);
  const queue: number[] = [];
  for (const [, s] of children.get(0) ?? []) queue.push(s);
  for (let qi = 0; qi < queue.length; qi++) {
    const state = queue[qi]!;
    for (const [c, s] of children.get(state) ?? []) {
      let f = fail[state]!;
      while (f !== 0 && child(f, c) === 0) f = fail[f]!;
      const target = child(f, c);
      fail[s] = target !== s ? target : 0;
      const fs = fail[s]!;
      dict[s] = out[fs]!.length ? fs : dict[fs]!;
      queue.push(s);
    }
  }
  const outputs = out.map((list) => (list.length ? Int32Array.from(list) : null));
  // Most trie states have one child (a phrase's next character): compare it directly instead of hashing.
  const onlyChar = new Int32Array(fail.length).fill(-1);
  const onlyNext = new Int32Array(fail.length);
  for (const [state, list] of children) {
    if (state !== 0 && list.length === 1) {
      onlyChar[state] = list[0]![0];
      onlyNext[state] = list[0]![1];
    }
  }
  const step = (state: number, c: number): number => {
    if (state === 0) return rootNext[c]!;
    const only = onlyChar[state]!;
    if (only >= 0) return only === c ? onlyNext[state]! : 0;
    return next.get(state * 65536 + c) ?? 0;
  };

  return {
    scan(text) {
      const found: Match[] = [];
      let state = 0;
      for (let i = 0; i < text.length; i++) {
        const c = foldCode(text.charCodeAt(i));
        for (;;) {
          const s = step(state, c);
          if (s !== 0 || state === 0) {
            state = s;
            break;
          }
          state = fail[state]!;
        }
        if (state === 0) continue;
        for (let s = outputs[state] ? state : dict[state]!; s !== NO_STATE; s = dict[s]!) {
          const list = outputs[s]!;
          const len = depth[s]!;
          const start = i + 1 - len;
          for (let k = 0; k < list.length; k++) {
            const entry = list[k]!;
            const b = boundary[entry]!;
            if (b.left && start > 0 && isWordCode(foldCode(text.charCodeAt(start - 1)))) continue;
            if (b.right && i + 1 < text.length && isWordCode(foldCode(text.charCodeAt(i + 1)))) continue;
            found.push({ entry, start, end: i + 1 });
          }
        }
      }
      return found;
    },
  };
}
