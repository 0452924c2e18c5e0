// Aho-Corasick over UTF-16 code units: every phrase of every lexicon found in one pass, with offsets.
// Chinese is matched on the raw text (Intl.Segmenter splits 限时/下单 into single characters), and
// full-width forms are folded so ！ＤＭ９ match the same entries as !DM9.

/**
 * Fold one code unit: ASCII and full-width letters to lower case, full-width ASCII to ASCII, ￥ to ¥, the
 * curly apostrophe phones type (don’t) to the straight one the lexicons are written with, ① to 一.
 */
export function foldCode(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c === 0x2019 || c === 0x2018) return 39;
  if (c >= 0xff01 && c <= 0xff5e) {
    const ascii = c - 0xfee0;
    return ascii >= 65 && ascii <= 90 ? ascii + 32 : ascii;
  }
  if (c === 0xffe5) return 0xa5;
  // Circled numbers ①–⑩ to the Chinese numerals they dress up: 销量第① is 销量第一.
  if (c >= 0x2460 && c <= 0x2469) return CIRCLED[c - 0x2460]!;
  // Traditional characters of sales phrases to the simplified forms the lexicon is written in: 買二送一, 包郵, 立即下單.
  if (c >= 0x4e00) return TRADITIONAL.get(c) ?? c;
  return c;
}

const TRADITIONAL: ReadonlyMap<number, number> = (() => {
  const from = '買賣單郵價優搶購僅錯過時團訂貨費號碼掃聯繫減贈當寶們親這個鐘後級國網點擊鏈頭療藥醫壓腫實發車開報額紅禮請證驗應無敵頂盡絕對歷廠總衝來趕緊馬預約簽換還沒嗎劃現專區機會搶禮內與張試讓說問';
  const to = '买卖单邮价优抢购仅错过时团订货费号码扫联系减赠当宝们亲这个钟后级国网点击链头疗药医压肿实发车开报额红礼请证验应无敌顶尽绝对历厂总冲来赶紧马预约签换还没吗划现专区机会抢礼内与张试让说问';
  const map = new Map<number, number>();
  for (let i = 0; i < from.length; i++) map.set(from.charCodeAt(i), to.charCodeAt(i));
  return map;
})();

const CIRCLED = [...'一二三四五六七八九十'].map((ch) => ch.charCodeAt(0));

const FOLDABLE = /[A-Z\uff01-\uff5e\uffe5\u2018\u2019\u2460-\u2469]/;

/**
 * foldCode of every code unit, looked up once per character of every text scanned. Built by a plain loop:
 * Uint16Array.from with a mapping function took milliseconds of every plan's and lint's start-up.
 */
export const FOLD: Readonly<Uint16Array> = (() => {
  const table = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) table[c] = foldCode(c);
  return table;
})();

/**
 * Characters a phrase is read through, so "戳👉链接" is 戳链接 and "私 聊" is 私聊 (the ways hard sells dodge a
 * word filter): 1 for emoji and other pictographs (any astral character, the BMP symbol and arrow blocks,
 * variation selectors and zero-width joiners), 2 for a space, read through only between two Chinese characters.
 */
export const SKIP: Readonly<Uint8Array> = (() => {
  const table = new Uint8Array(65536);
  const mark = (from: number, to: number, kind: number) => table.fill(kind, from, to + 1);
  mark(0xd800, 0xdfff, 1); // surrogates: emoji and every other astral character
  mark(0x2190, 0x21ff, 1); // arrows
  mark(0x2300, 0x23ff, 1); // technical symbols (⌚ ⏰)
  mark(0x2600, 0x27bf, 1); // miscellaneous symbols and dingbats (☕ ❤ ✨ ➡)
  mark(0x2b00, 0x2bff, 1); // arrows and stars (⬇ ⭐)
  mark(0x200b, 0x200d, 1); // zero-width space and joiners
  mark(0xfe0e, 0xfe0f, 1); // variation selectors
  mark(0x2060, 0x2060, 1); // word joiner
  for (const c of [0x20, 0x09, 0x3000, 0xa0]) table[c] = 2;
  return table;
})();

export function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/** A space with Chinese on both sides (other skipped characters between do not count): "私 聊". */
function spaceBetweenHan(text: string, i: number, previous: number): boolean {
  if (!isHan(previous)) return false;
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (SKIP[c] === 0) return isHan(c);
  }
  return false;
}

/** Longest phrase the matcher takes: positions of the last this many characters read are kept. */
const MAX_TERM = 256;

export function foldText(text: string): string {
  if (!FOLDABLE.test(text)) return text;
  const codes = new Array<number>(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = foldCode(text.charCodeAt(i));
  return String.fromCharCode(...codes);
}

const WIDE_ALNUM = /[\uff04\uff05\uff0b\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/;

/**
 * Full-width digits and letters (and ＄ ％ ＋) as their ASCII forms, case kept and every offset unchanged, for
 * the lexicons' regular expressions: \d never matches ５, so ５折 and 最后１天 read as 5折 and 最后1天. Full-width
 * punctuation (！，：) stays: Chinese patterns name it.
 */
export function widthFold(text: string): string {
  if (!WIDE_ALNUM.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out += String.fromCharCode((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a) || c === 0xff04 || c === 0xff05 || c === 0xff0b ? c - 0xfee0 : c);
  }
  return out;
}

/** Dollars, ringgit, rupees, rand, shillings, naira and pesos by their local names: RM99, S$99, HK$ 99, SGD 99, ₹650, Rs. 650, R249, KSh 499, N7,500, ₦7,500, ₱499. */
const CURRENCY_PREFIX = /(?:\b(?:RM|MYR|SGD|HKD|INR|ZAR|KSh|Ksh|KES|NGN|UGX|TZS|PHP|Php|AED|Dhs\.?|GH₵|GH¢|GHS|GHC|Rp\.?|Rs\.?|(?:S|SG|HK|NT|A|AU|C|CA|US|NZ)\$)|[₹₦₱฿₵])\s?(?=\d)|\bR(?=\d{1,3}(?:,\d{3})+\b|\d{2,})|\bN(?=\d{1,3}(?:,\d{3})+\b|\d{4,}\b)/g;

/**
 * The text with each local currency prefix read as `$` (RM99 as " $99", S$ 99 as "  $99": spaces, then `$` just
 * before the figure, every offset unchanged), so the price patterns written with $ € £ read ringgit and
 * Singapore dollars too; `spans` gets where each prefix was, for a match to start at the prefix, not at its `$`.
 */
export function currencyFold(text: string, spans: { start: number; end: number }[]): string {
  if (!/[RSHNACUMZIKPTDG][A-Za-z₵¢]{0,2}[$.]?\s?\d|[RSHNACUMZ]\$|[₹₦₱฿₵]/.test(text)) return text;
  CURRENCY_PREFIX.lastIndex = 0;
  let out = '';
  let at = 0;
  for (let m = CURRENCY_PREFIX.exec(text); m; m = CURRENCY_PREFIX.exec(text)) {
    const end = m.index + m[0].length;
    out += text.slice(at, m.index) + ' '.repeat(m[0].length - 1) + '$';
    spans.push({ start: m.index, end });
    at = end;
  }
  return at === 0 ? text : out + text.slice(at);
}

/** Letters, digits and the hyphen of a compound: "best" is not a word of "best-selling", nor "order" of "re-order". */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45;
}

export interface MatcherEntry {
  /** The phrase; folded before building. */
  term: string;
  /** Found inside words too (a pattern's hint literal); phrases otherwise match at word boundaries. */
  anywhere?: boolean;
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
  /** The same occurrences, handed to `found` one by one (entry, start, end) without building a list. */
  each(text: string, found: (entry: number, start: number, end: number) => void): void;
}

const NO_STATE = -1;

/**
 * Root transitions live in a 64K table (most characters of a post start no phrase, so the common step is
 * one array read); deeper transitions, few per state, in sorted typed arrays. A Map keyed by
 * state × 65536 + code unit holds them only while the automaton is built.
 */
/** The automaton as flat typed arrays: what a build of the lexicons can store and a run read back (src/load/matcher-snapshot.ts). */
export interface MatcherTables {
  /** Root transitions by code unit (0: none). */
  rootNext: Int32Array;
  /** A state's children are codes/targets[childStart[s] … childStart[s + 1]), sorted by code unit. */
  childStart: Int32Array;
  codes: Uint16Array;
  targets: Int32Array;
  fail: Int32Array;
  /** The nearest state along the failure links that ends an entry, or NO_STATE. */
  dict: Int32Array;
  depth: Int32Array;
  /** Entries ending at a state are outputs[outStart[s] … outStart[s + 1]). */
  outStart: Int32Array;
  outputs: Int32Array;
  /** Per entry, bit 1: check the left word edge, bit 2: the right one. */
  boundary: Uint8Array;
}

/** One step of the automaton: the child of `state` on code unit `c`, or 0. */
function stepIn(t: Pick<MatcherTables, 'rootNext' | 'childStart' | 'codes' | 'targets'>, state: number, c: number): number {
  if (state === 0) return t.rootNext[c]!;
  const { childStart, codes, targets } = t;
  let lo = childStart[state]!;
  let hi = childStart[state + 1]!;
  if (hi - lo <= 8) {
    for (; lo < hi; lo++) {
      const k = codes[lo]!;
      if (k === c) return targets[lo]!;
      if (k > c) return 0;
    }
    return 0;
  }
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const k = codes[mid]!;
    if (k === c) return targets[mid]!;
    if (k < c) lo = mid + 1;
    else hi = mid;
  }
  return 0;
}

/** Build the automaton of a list of phrases (folded first). */
export function buildTables(entries: readonly MatcherEntry[]): MatcherTables {
  const rootNext = new Int32Array(65536).fill(0);
  const next = new Map<number, number>();
  const fail: number[] = [0];
  const depth: number[] = [0];
  /** First entry ending at this state, or -1; the rest follow `outNext` and the dictionary links. */
  const out: number[][] = [[]];
  const terms = entries.map((e) => foldText(e.term));
  for (const t of terms) if (t.length >= MAX_TERM) throw new Error(`phrase longer than ${MAX_TERM - 1} characters: ${t.slice(0, 40)}…`);
  // Bit 1: check the left edge, bit 2: the right edge (latin phrases end at word boundaries).
  const boundary = Uint8Array.from(terms, (t, i) => (entries[i]!.anywhere ? 0 : (isWordCode(t.charCodeAt(0)) ? 1 : 0) | (isWordCode(t.charCodeAt(t.length - 1)) ? 2 : 0)));

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

  // Run-time tables, flat and typed: a state's children sorted by code unit in one array (found by a short
  // linear or binary search), its outputs as a range of one array, its failure and dictionary links as numbers.
  // The children are laid out straight from the build map (counted, placed, then sorted per state), without a
  // list of pairs per state: building the automaton is part of every lint's start-up.
  const states = fail.length;
  const childStart = new Int32Array(states + 1);
  for (const key of next.keys()) childStart[Math.floor(key / 65536) + 1]!++;
  for (let s = 1; s <= states; s++) childStart[s]! += childStart[s - 1]!;
  const codes = new Uint16Array(next.size);
  const targets = new Int32Array(next.size);
  const filled = childStart.slice(0, states);
  for (const [key, t] of next) {
    const at = filled[Math.floor(key / 65536)]!++;
    codes[at] = key % 65536;
    targets[at] = t;
  }
  for (let s = 1; s < states; s++) {
    // Insertion sort by code unit: a state has few children.
    for (let i = childStart[s]! + 1, end = childStart[s + 1]!; i < end; i++) {
      const c = codes[i]!;
      const t = targets[i]!;
      let j = i - 1;
      while (j >= childStart[s]! && codes[j]! > c) {
        codes[j + 1] = codes[j]!;
        targets[j + 1] = targets[j]!;
        j--;
      }
      codes[j + 1] = c;
      targets[j + 1] = t;
    }
  }
  next.clear();

  const runtime = { rootNext, childStart, codes, targets };
  const step = (state: number, c: number): number => stepIn(runtime, state, c);

  // Breadth-first failure links; each state's output also gets the outputs reachable by failure. (Siblings may
  // come in any order: a state's links depend only on shallower states.)
  const dict: number[] = new Array<number>(states).fill(NO_STATE);
  const queue: number[] = [];
  for (let c = 0; c < 65536; c++) if (rootNext[c]) queue.push(rootNext[c]!);
  for (let qi = 0; qi < queue.length; qi++) {
    const state = queue[qi]!;
    for (let i = childStart[state]!, end = childStart[state + 1]!; i < end; i++) {
      const c = codes[i]!;
      const s = targets[i]!;
      let f = fail[state]!;
      while (f !== 0 && step(f, c) === 0) f = fail[f]!;
      const target = step(f, c);
      fail[s] = target !== s ? target : 0;
      const fs = fail[s]!;
      dict[s] = out[fs]!.length ? fs : dict[fs]!;
      queue.push(s);
    }
  }
  const failOf = Int32Array.from(fail);
  const dictOf = Int32Array.from(dict);
  const depthOf = Int32Array.from(depth);
  const outStart = new Int32Array(states + 1);
  const outEntries: number[] = [];
  for (let s = 0; s < states; s++) {
    outStart[s] = outEntries.length;
    outEntries.push(...out[s]!);
  }
  outStart[states] = outEntries.length;
  const outputs = Int32Array.from(outEntries);

  return { rootNext, childStart, codes, targets, fail: failOf, dict: dictOf, depth: depthOf, outStart, outputs, boundary };
}

/** The matcher of a list of phrases; `tables`, when given, must be buildTables of the same list. */
export function createMatcher(entries: readonly MatcherEntry[], tables: MatcherTables = buildTables(entries)): Matcher {
  const { fail: failOf, dict: dictOf, depth: depthOf, outStart, outputs, boundary } = tables;
  // Where each of the last MAX_TERM characters read began, for a phrase read through skipped characters.
  const at = new Int32Array(MAX_TERM);
  const each = (text: string, found: (entry: number, start: number, end: number) => void): void => {
    let state = 0;
    const n = text.length;
    let read = 0;
    let previous = 0;
    for (let i = 0; i < n; i++) {
      const raw = text.charCodeAt(i);
      const skip = SKIP[raw]!;
      if (skip !== 0 && (skip === 1 || spaceBetweenHan(text, i, previous))) continue;
      previous = raw;
      at[read++ & (MAX_TERM - 1)] = i;
      const c = FOLD[raw]!;
      for (;;) {
        const s = stepIn(tables, state, c);
        if (s !== 0 || state === 0) {
          state = s;
          break;
        }
        state = failOf[state]!;
      }
      if (state === 0) continue;
      for (let s = outStart[state]! < outStart[state + 1]! ? state : dictOf[state]!; s !== NO_STATE; s = dictOf[s]!) {
        const start = at[(read - depthOf[s]!) & (MAX_TERM - 1)]!;
        for (let k = outStart[s]!, last = outStart[s + 1]!; k < last; k++) {
          const entry = outputs[k]!;
          const b = boundary[entry]!;
          if (b & 1 && start > 0 && isWordCode(FOLD[text.charCodeAt(start - 1)]!)) continue;
          if (b & 2 && i + 1 < n && isWordCode(FOLD[text.charCodeAt(i + 1)]!)) continue;
          found(entry, start, i + 1);
        }
      }
    }
  };

  return {
    each,
    scan(text) {
      const out: Match[] = [];
      each(text, (entry, start, end) => out.push({ entry, start, end }));
      return out;
    },
  };
}
