// The salesiness engine: one pass of an Aho-Corasick automaton over every lexicon, pattern rules, context,
// and a score in [0, 1] from the weighted hits normalised by length. Built once, called per post.
import type { Text } from '../i18n/text.js';
import type { Locale } from '../model/common.js';
import { isMention, modeOf, quoteSpans, type Mode } from './context.js';
import { isVerbPhrase } from './context-en.js';
import { LEXICONS } from './lexicons/index.js';
import type { BasisId } from './lexicons/bases.js';
import type { LexiconEntry, LexiconRuleId, PatternEntry } from './lexicons/types.js';
import { createMatcher, currencyFold, foldText, isHan, widthFold, type MatcherEntry, type MatcherTables } from './matcher.js';
import { sortStable } from './sort-small.js';
import { unitsOf } from './units.js';
import { MENTION_FACTOR } from './phrases.js';
import { RULES, type RuleId } from './rules/index.js';
import { ruleText, type PhraseMatch, type Report, type Severity, type TextContext, type TextRule } from './types.js';

export { unitsOf };

export interface Hit {
  ruleId: string;
  match: string;
  start: number;
  end: number;
  severity: 'error' | 'warning' | 'info';
  weight: number;
}

export interface Scorer {
  score(text: string, locale: Locale, context?: { avoid?: readonly string[] }): { salesiness: number; hits: Hit[] };
}

/** A hit with what lint and `persona score` show: the message, whether it is only a mention, a gentler wording. */
export interface Finding extends Hit {
  ruleId: RuleId;
  messageId: string;
  message: Text;
  /** Described, negated or quoted rather than used: counted lightly and not reported by lint. */
  mention: boolean;
  /** Weight after context, before the discount for repeating a phrase (`weight` has both). */
  contextWeight: number;
  gentler?: string;
  basis?: BasisId;
}

export interface Analysis {
  salesiness: number;
  findings: Finding[];
  /** Weighted length the score was normalised by. */
  units: number;
}

export interface AnalyzeOptions {
  avoid?: readonly string[];
  /** Run whole-post rules (length); off for a template's static text, where pick variants sit side by side. */
  post?: boolean;
  /** The text is known to sell (a product or live template), whatever its words. */
  commercial?: boolean;
  /** unitsOf(text), when the caller has counted it already (a template's static text is counted as it is built). */
  units?: number;
}

export interface LintScorer extends Scorer {
  analyze(text: string, locale: Locale, options?: AnalyzeOptions): Analysis;
}

/** Below this many units a text counts as short: one hard sell in "赶紧下单！" weighs fully. */
export const REF_UNITS = 40;

/**
 * Longer texts dilute a hit, but less than in proportion: a 400-character hard sell with ten hits is still a
 * hard sell, while one 下单 in a long essay is not.
 */
export const LENGTH_EXPONENT = 0.75;

/**
 * Weights of findings in text order after the repetition discount: the same phrase adds 1, ½, ¼ … of its
 * weight (a post saying 下单 three times is not three times as salesy).
 */
export function repeatWeights(findings: readonly Pick<Finding, 'ruleId' | 'match' | 'contextWeight'>[]): number[] {
  const out = new Array<number>(findings.length);
  // Most texts have a handful of weighed findings, and comparing each with the ones before is cheaper than
  // hashing; a pasted book has thousands, and counting in a map keeps it linear.
  const seen = findings.length > 32 ? new Map<string, number>() : null;
  const folded: string[] = [];
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    if (f.contextWeight === 0) {
      out[i] = 0;
      continue;
    }
    const match = foldText(f.match);
    let n = 0;
    if (seen) {
      const key = `${f.ruleId}\u0000${match}`;
      n = seen.get(key) ?? 0;
      seen.set(key, n + 1);
    } else {
      folded[i] = match;
      for (let j = 0; j < i; j++) if (findings[j]!.contextWeight !== 0 && findings[j]!.ruleId === f.ruleId && folded[j] === match) n++;
    }
    out[i] = f.contextWeight * REPEAT_FACTOR ** n;
  }
  return out;
}

/**
 * A text this much of whose characters are weighed phrases is selling throughout, however long: its length no
 * longer dilutes them ("赶紧下单！" pasted two thousand times is spam, not a calm essay).
 */
export const SELLING_THROUGHOUT = 0.3;

/**
 * 1 − e^(−S) with S = Σ weights × (REF / max(units, REF))^0.75: see README "Linting and salesiness". `covered`
 * is the share of the text's characters inside weighed phrases; from SELLING_THROUGHOUT on, length counts no more.
 */
export function salesinessOf(weights: readonly number[], units: number, covered = 0): number {
  let sum = 0;
  for (const w of weights) sum += w;
  const s = sum * (covered >= SELLING_THROUGHOUT ? 1 : (REF_UNITS / Math.max(units, REF_UNITS)) ** LENGTH_EXPONENT);
  return Math.round((1 - Math.exp(-s)) * 1000) / 1000;
}

const LEXICON_RULES: readonly LexiconRuleId[] = ['cta', 'urgency', 'scarcity', 'price', 'absolute-claim', 'efficacy-claim', 'contact-bait'];
/** How far selling reaches: a cue makes 最后一天 or 最好 commercial within this many characters either side. */
const COMMERCIAL_REACH = 80;
/** Rules whose undisputed hit makes the text around it commercial (so 最好 and "best" are claims there). */
const COMMERCIAL_RULES: ReadonlySet<RuleId> = new Set<RuleId>(['cta', 'urgency', 'scarcity', 'price', 'absolute-claim', 'efficacy-claim']);
/** Repeating a phrase adds less each time: 1, ½, ¼ … */
const REPEAT_FACTOR = 0.5;
/**
 * What the mentions of a text weigh together at most: a line that lists ten phrases not to write (“降三高、防癌、
 * 根治…这些都属于违法宣传”) talks about selling however long its list, and must stay below any hard sell. At 0.2 a
 * short line of nothing but quoted ads stays at 0.18 (it was 0.3, 0.26: held-out sets found hard sells of a single
 * phrase that had to clear it).
 */
export const MENTION_CAP = 0.2;

type Kind = 'term' | 'exempt' | 'cue' | 'hint';
interface Slot {
  kind: Kind;
  rule: RuleId | null;
  entry: LexiconEntry | null;
  /** For a hint: the pattern it lets run. */
  pattern: number;
  /** For a term: whether it opens with an English verb (isVerbPhrase), worked out once. */
  verb: boolean;
}
interface Pattern {
  rule: LexiconRuleId;
  entry: PatternEntry;
}

const TEXT_RULES = Object.values(RULES).filter((r): r is (typeof RULES)[keyof typeof RULES] & TextRule => r.meta.scope === 'text' || r.meta.scope === 'post');

function buildPatterns(): Pattern[] {
  const out: Pattern[] = [];
  const seen = new Set<string>();
  for (const lexicon of Object.values(LEXICONS)) {
    for (const rule of LEXICON_RULES) {
      for (const entry of lexicon.patterns[rule] ?? []) {
        const key = `${rule}\u0000${entry.pattern.source}`;
        if (seen.has(key)) continue;
        seen.add(key);
        // Each scorer owns its global regexps: exec() moves lastIndex, and module data stays immutable.
        out.push({ rule, entry: { ...entry, pattern: new RegExp(entry.pattern.source, entry.pattern.flags) } });
      }
    }
  }
  return out;
}

/** Every phrase of both lexicons, and every pattern's hint literals, as one automaton's entries, deduplicated. */
function buildSlots(patterns: readonly Pattern[]): { slots: Slot[]; terms: MatcherEntry[] } {
  const slots: Slot[] = [];
  const terms: MatcherEntry[] = [];
  const seen = new Set<string>();
  const add = (kind: Kind, rule: RuleId | null, term: string, entry: LexiconEntry | null, pattern = -1) => {
    const key = `${kind}\u0000${rule}\u0000${pattern}\u0000${foldText(term)}`;
    if (!term || seen.has(key)) return;
    seen.add(key);
    // A deal is no action anyone takes: "Rose oil buy one get one free" offers it, whoever buys.
    slots.push({ kind, rule, entry, pattern, verb: kind === 'term' && rule !== 'price' && isVerbPhrase(term) });
    terms.push(kind === 'hint' ? { term, anywhere: true } : { term });
  };
  for (const lexicon of Object.values(LEXICONS)) {
    for (const rule of LEXICON_RULES) for (const entry of lexicon.terms[rule]) add('term', rule, entry.term, entry);
    for (const term of lexicon.exempt) add('exempt', null, term, null);
    for (const term of lexicon.cues) add('cue', null, term, null);
  }
  patterns.forEach((p, i) => {
    for (const literal of p.entry.hint ?? []) add('hint', null, literal, null, i);
  });
  return { slots, terms };
}

interface RawHit {
  rule: RuleId;
  start: number;
  end: number;
  entry: PhraseMatch['entry'];
  /** Whether the phrase opens with an English verb, when known from its lexicon entry. */
  verb?: boolean;
}

/** An exempt phrase overlapping a hit cancels it: 第一次 its 第一, 吃过最 the 最好 of 吃过最好吃的. */
function overlaps(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  for (const s of spans) if (s.start < end && start < s.end) return true;
  return false;
}

/**
 * `overlaps` for one list asked many times: a scan for a few spans; for many, a binary search over the starts
 * with the furthest end so far (a pasted text with thousands of hits made the scan quadratic).
 */
function overlapTest(spans: readonly { start: number; end: number }[]): (start: number, end: number) => boolean {
  if (spans.length < 32) return (start, end) => overlaps(spans, start, end);
  const sorted = spans.slice().sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  let furthest = -Infinity;
  for (const s of sorted) reach.push((furthest = Math.max(furthest, s.end)));
  return (start, end) => {
    // The last span that starts before `end`: any overlap is among it and those before it.
    let lo = 0;
    let hi = sorted.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start < end) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return last >= 0 && reach[last]! > start;
  };
}

/** Leftmost-longest within one rule: 立即下单 swallows its own 下单, 全网最低 the 最低价 it overlaps. */
function longest(hits: RawHit[]): RawHit[] {
  if (hits.length < 2) return hits;
  // At one span the heavier reading wins: a pattern's urged 下单 over the plain term.
  const sorted = sortStable(hits.slice(), (a, b) => a.start - b.start || b.end - a.end || b.entry.weight - a.entry.weight);
  const kept: RawHit[] = [];
  // In order of start, a hit overlaps a kept one of its rule exactly when one of those ends after it starts:
  // the furthest end per rule says so, where comparing with every kept hit grew with the square of the hits.
  const reach = new Map<RuleId, number>();
  for (const h of sorted) {
    if ((reach.get(h.rule) ?? -1) > h.start) continue;
    kept.push(h);
    reach.set(h.rule, Math.max(reach.get(h.rule) ?? -1, h.end));
  }
  // A buying verb inside a deal ("buy ten get two"): the deal is on offer, nobody is told to do anything.
  const deals = kept.filter((h) => h.rule === 'price');
  if (deals.length === 0) return kept;
  return kept.filter((h) => !(h.rule === 'cta' && (h.entry as { term?: string }).term === 'buy' && deals.some((d) => d.start <= h.start && h.end <= d.end)));
}

/**
 * Whether a hit makes the text around it commercial. A phrase that needs no context does, used or urged; a
 * buying verb that needs urging does when urged ("order before it sells out!"); a phrase that needs a sale
 * around it does when shouted again and again ("最后一天！最后一天！"), which nobody does about a holiday.
 */
function sells(h: RawHit, mode: Mode, shouted: ReadonlySet<string> | null, text: string, bare: boolean): boolean {
  if (!h.entry.needs) return mode === 'plain' || mode === 'imperative';
  if (h.entry.needs === 'commercial' && bare && mode === 'plain') return true;
  if (mode !== 'imperative') return false;
  if (h.entry.needs === 'imperative') return h.rule === 'cta';
  return bare || (shouted !== null && shouted.has(termOf(h, text)));
}

/** A claim said three times over is a slogan, however plainly: "顶级师资！顶级教材！顶级服务！". */
function chanted(h: RawHit, mode: Mode, thrice: ReadonlySet<string> | null, text: string): boolean {
  return thrice !== null && h.entry.needs === 'commercial' && CLAIM_RULES.has(h.rule) && !isMention(mode) && thrice.has(termOf(h, text));
}

/**
 * Two different superlatives cried out together are an advertisement's boast, with no other sale beside them:
 * "顶级面包师，全城最好吃的欧包！", "送礼首选！…顶级包装". One superlative said warmly is a life's ("世界上最好的妈妈"),
 * and a boast needs its cry: "最好的时光，第一次看海" tells.
 */
function stackedClaims(hits: readonly RawHit[], modes: readonly Mode[], text: string): RawHit[] | null {
  if (!EXCLAIMED.test(text)) return null;
  let out: RawHit[] | null = null;
  let first: string | null = null;
  let distinct = false;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    if (h.rule !== 'absolute-claim' || h.entry.needs !== 'commercial' || isMention(modes[i]!)) continue;
    const term = termOf(h, text);
    if (first === null) first = term;
    else if (term !== first) distinct = true;
    (out ??= []).push(h);
  }
  return distinct ? out : null;
}

const EXCLAIMED = /[！!]/;

/** Rules whose phrases claim something of goods: with a push beside them (家人们冲！…最好的春茶) they sell. */
const CLAIM_RULES: ReadonlySet<RuleId> = new Set<RuleId>(['absolute-claim', 'efficacy-claim', 'price']);

/** A cue word denied is no sale around it: "那是一个回忆，不是一个 deal". */
const CUE_DENIED = /(?:(?:不是|并不是|不算|没有|没|not|no)\s*(?:一个|一种|a|an|any)?|\b(?:fair|honest|reasonable|decent|right)|公道的?|合理的?)\s*$/i;

/** A remainder counted in time, not in goods. */
const TIME_LEFT = /\b(?:years?|months?|weeks?|days?|hours?|minutes?)\b|[年月周天]|小时|分钟/i;

/** How close a claim and a push must stand to make a sale together: one sentence of a post, about. */
const CORROBORATION_REACH = 40;

/**
 * Phrases that each need a sale around them make one together when a claim about goods stands close beside a
 * push: "家人们冲！今年最好的春茶就这一批了", "让宝宝赢在起跑线上，聪明宝宝都在喝". Two pushes alone do not
 * ("假期最后一天，冲鸭！"), nor a number beside a remainder ("电量100%出门，回来只剩8%"). Returns the hits that
 * sell so.
 */
function corroborating(hits: readonly RawHit[], modes: readonly Mode[], text: string): RawHit[] {
  const claims: RawHit[] = [];
  const pushes: RawHit[] = [];
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    const mode = modes[i]!;
    if (h.entry.needs !== 'commercial' || mode === 'negated' || mode === 'quoted') continue;
    // A claim is one however it is phrased (最好的春茶); a push only when used or urged.
    if (CLAIM_RULES.has(h.rule)) claims.push(h);
    else if ((h.rule === 'cta' || h.rule === 'urgency') && mode !== 'descriptive') pushes.push(h);
  }
  const out: RawHit[] = [];
  // Two readings of one phrase ("price increase" as a deadline and as a price) are one phrase, not two beside each other.
  const near = (a: RawHit, b: RawHit) => (b.start >= a.end || a.start >= b.end) && b.start < a.end + CORROBORATION_REACH && a.start < b.end + CORROBORATION_REACH;
  for (let k = 0; k < claims.length; k++) {
    const c = claims[k]!;
    for (const p of pushes) if (near(c, p)) out.push(c, p);
    // Claims stacked on one noun are a slogan, not a list of words: "Number one best seller", "全网第一最畅销".
    const d = claims[k + 1];
    if (d && c.rule !== 'price' && d.rule !== 'price' && d.start >= c.end && /^[\s-]*$/.test(text.slice(c.end, d.start))) out.push(c, d);
    // A figure beside a stock counted out is goods on offer: "一盒25，只有100盒", "$19.90 a bottle … until sold out"
    // (a battery's 100% beside 只剩8% is no price).
    if (c.rule !== 'price' || !/\d/.test(text.slice(c.start, c.end))) continue;
    const outright = !isMention(modes[hits.indexOf(c)]!);
    for (let i = 0; i < hits.length; i++) {
      const h = hits[i]!;
      if (modes[i] === 'negated' || modes[i] === 'quoted' || !near(c, h)) continue;
      // Time left is no stock: "Car service today, $340; the brakes have six months left".
      if (h.rule === 'scarcity' && !TIME_LEFT.test(text.slice(h.start, h.end))) out.push(c, h);
      // So is a figure beside a claim about the goods, both said outright: "万能去渍笔，一擦就掉，9.9元3支".
      else if ((h.rule === 'absolute-claim' || h.rule === 'efficacy-claim') && h.entry.needs === 'commercial' && outright && !isMention(modes[i]!)) out.push(c, h);
    }
  }
  return out;
}

/**
 * Whether the text is nothing but its phrases (and punctuation, emoji, spaces): "Last chance!!", "家人们冲！".
 * Such a shout is a slogan; "Last chance to see the cherry blossoms" says of what.
 */
function bareShout(text: string, hits: readonly RawHit[]): boolean {
  let at = 0;
  for (const h of hits) {
    if (h.start > at && !shoutFiller(text.slice(at, h.start))) return false;
    at = Math.max(at, h.end);
  }
  return shoutFiller(text.slice(at));
}

/**
 * What a shout is padded with: punctuation, emoji, spaces, and the urging words it is made of ("快！快！快！最后5分钟！",
 * "仅剩最后一批货！！", "今天最后一天！", "Today last day!"): a word there that is not one of them says what the phrase is about.
 */
const SHOUT_FILLER = /^(?:[^\p{L}\p{N}]|快|冲|抢|速|冲鸭|赶紧|家人们|姐妹们|宝子们|亲们|货|今天|今晚|今日|现在|go|hurry|today|tonight|now|ladies|guys|fam|everyone|bestie|besties|babes|folks)*$/iu;

function shoutFiller(gap: string): boolean {
  return !/[\p{L}\p{N}]/u.test(gap) || SHOUT_FILLER.test(gap);
}

const OPENING_QUOTES = /^\s*[“「『‘]\s*$/;
/** A quote closed and none opened after it: 备注"抢购"，立即下单 names one word, then asks for the order. */
const QUOTE_CLOSED = /^\s*["”」』’]\s*[，,、;；]?\s*$/;

/** What may stand between two items of a list of phrases: 根治、治愈、无副作用 · "cures this, heals that". */
const LIST_GAP = /^(?:[\s、，,;；/"“”「」『』'‘’]|和|与|及|或|或者|还有|以及|and|or|this|that|these|those|everything|anything|stuff|多少|几块钱|(?<=[\s、，,;；])[\u4e00-\u9fff]{1,4}(?=[\s、，,;；]))*$/i;
/** One English word on either side of the comma between two listed phrases: "cure, heal or no side effects", "limited-time offers, free shipping". */
const ONE_WORD_ITEM = /^\s*(?:[a-z][a-z-]{1,20}\s*)?,\s*(?:[a-z][a-z-]{1,20}\s*)?(?:,\s*)?(?:(?:and|or)\s+)?$/i;
/** A word of an enumeration before the next listed phrase: 限时秒杀、全场五折. */
const ENUM_ITEM = /^、[\u4e00-\u9fff]{1,4}$/;
/** The rest of an item before the next: "全网最低价、假一赔十" (the phrase is 全网最低, its item 全网最低价). */
const ITEM_TAIL = /^[\u4e00-\u9fff]{1,3}、$/;

/**
 * Phrases listed together share how the list is used: when one item is quoted or named as a kind of copy
 * ("什么根治、治愈、无副作用，这种…", "things like buy now, last chance"), so is every other; the quote
 * marker sits beside one end of the list only. Hits are in text order.
 */
function listModes(text: string, hits: readonly RawHit[], modes: Mode[]): void {
  let from = 0;
  for (let i = 1; i <= hits.length; i++) {
    // An opening quote alone joins nothing: 私信我“团购” asks for the word, it lists no two phrases.
    const gap = i < hits.length ? text.slice(hits[i - 1]!.end, hits[i]!.start) : '';
    const joined = i < hits.length && hits[i]!.start >= hits[i - 1]!.end && (LIST_GAP.test(gap) || ONE_WORD_ITEM.test(gap) || ENUM_ITEM.test(gap) || ITEM_TAIL.test(gap)) && !OPENING_QUOTES.test(gap) && !QUOTE_CLOSED.test(gap);
    if (joined) continue;
    if (i - from > 1) {
      const quoted = modes.slice(from, i).includes('quoted');
      if (quoted) for (let k = from; k < i; k++) if (modes[k] !== 'negated') modes[k] = 'quoted';
    }
    from = i;
  }
}

/** Scales the mentions' weights down so that together they weigh at most MENTION_CAP. */
/**
 * The share of a text's characters inside findings that weigh something in their context, repeats included
 * (the thousandth 下单 weighs nothing after the repetition discount, yet it is there).
 */
function coverage(findings: readonly Finding[], length: number): number {
  let covered = 0;
  let reached = 0;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    if (!(f.contextWeight > 0) || f.mention) continue;
    const from = Math.max(f.start, reached);
    if (f.end > from) covered += f.end - from;
    reached = Math.max(reached, f.end);
  }
  return length ? covered / length : 0;
}

/** Rules of tone (！！！, CAPS, 🔥🔥🔥): they make a pitch louder, but say nothing of goods on their own. */
const STYLE_RULES: ReadonlySet<string> = new Set(['exclamation', 'caps', 'emoji-density']);
/** What tone weighs in a text that sells nothing: "考研上岸啦！！！" is joy, not a pitch. */
const STYLE_ALONE = 0.3;

function styleAlone(findings: readonly Finding[], weights: number[]): void {
  for (let i = 0; i < findings.length; i++) if (weights[i]! > 0 && !findings[i]!.mention && !STYLE_RULES.has(findings[i]!.ruleId)) return;
  for (let i = 0; i < findings.length; i++) if (STYLE_RULES.has(findings[i]!.ruleId)) weights[i]! *= STYLE_ALONE;
}

/**
 * Capitals over phrases that are only talked about ("a salon's post saying DON'T MISS OUT, BOOK NOW") are that
 * talk's shouting: a mention too, when no phrase under them is used.
 */
function shoutedMentions(findings: Finding[]): void {
  for (const f of findings) {
    if (f.ruleId !== 'caps' || f.mention) continue;
    const under = findings.filter((g) => g !== f && g.ruleId !== 'caps' && g.start < f.end && f.start < g.end);
    if (under.length === 0 || under.some((g) => !g.mention)) continue;
    f.mention = true;
    f.severity = 'info';
    f.weight = f.contextWeight = f.weight * MENTION_FACTOR;
  }
}

function capMentions(findings: readonly Finding[], weights: number[]): void {
  let sum = 0;
  for (let i = 0; i < findings.length; i++) if (findings[i]!.mention) sum += weights[i]!;
  if (sum <= MENTION_CAP) return;
  const factor = MENTION_CAP / sum;
  for (let i = 0; i < findings.length; i++) if (findings[i]!.mention) weights[i]! *= factor;
}

/** What a hit says, folded: its lexicon phrase, or for a pattern the text it matched (最后1小时). */
function termOf(h: RawHit, text: string): string {
  const term = (h.entry as { term?: string }).term;
  return foldText(term ?? text.slice(h.start, h.end));
}

/** Phrases of the text that need a sale around them and occur more than once; `thrice`, when given, gets those said three times or more. */
function repeatedPhrases(hits: readonly RawHit[], text: string, quotes: readonly { start: number; end: number }[], thrice?: Set<string>): ReadonlySet<string> | null {
  let seen: Set<string> | null = null;
  let twice: Set<string> | null = null;
  for (const h of hits) {
    // A phrase quoted is named, not said: 'Shout "last day" every day and …another last day' repeats no shout.
    if (quotes.length && quotes.some((q) => q.start <= h.start && h.start < q.end)) continue;
    const key = h.entry.needs === 'commercial' ? termOf(h, text) : null;
    if (key === null) continue;
    if (twice?.has(key)) thrice?.add(key);
    else if (seen?.has(key)) (twice ??= new Set()).add(key);
    else (seen ??= new Set()).add(key);
  }
  return twice;
}

const NO_SPANS: readonly { start: number; end: number }[] = [];
const NO_HITS: readonly RawHit[] = [];
const NO_OPTIONS: AnalyzeOptions = Object.freeze({});
const NO_WORDS: readonly string[] = Object.freeze([]);
const NO_MATCHES: readonly PhraseMatch[] = Object.freeze([]);

const byPlace = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start - b.start || a.end - b.end;

/** An analysis whose weighted length is counted only if asked for (a getter on the class, not a closure per text). */
class TextAnalysis implements Analysis {
  constructor(
    readonly salesiness: number,
    readonly findings: Finding[],
    private readonly text: string,
    private counted: number,
  ) {}

  get units(): number {
    if (this.counted < 0) this.counted = unitsOf(this.text);
    return this.counted;
  }
}

/** Catalog keys of a rule's messages (see ruleText), each built once instead of for every finding. */
function messageKeys(ruleId: string): (messageId: string) => string {
  const keys = new Map<string, string>();
  return (messageId) => {
    let key = keys.get(messageId);
    if (key === undefined) keys.set(messageId, (key = ruleText(ruleId, messageId).key));
    return key;
  };
}

/** The phrases of the scorer's automaton, in the order its tables number them (for a build to store the tables). */
export function scorerEntries(): MatcherEntry[] {
  return buildSlots(buildPatterns()).terms;
}

export interface ScorerOptions {
  bannedWords?: readonly string[];
  /**
   * The automaton's tables for these phrases, built ahead (the build stores them: src/load/matcher-snapshot.ts),
   * or null to build them here.
   */
  tables?: (entries: readonly MatcherEntry[]) => MatcherTables | null;
}

const SPACED_GAP = /[\u4e00-\u9fff][ \u3000]{1,2}(?=[\u4e00-\u9fff])/g;
/** Characters a space between is dropped from spaced-out Chinese: Chinese, digits and full-width punctuation. */
const SPACED_SIDE = /[\u4e00-\u9fff\d\uff01-\uff0f\uff1a-\uff1f\u3001\u3002%％!?]/;
/** Letters spaced out ("D M   M E   N O W"): four or more single letters or digits, one to three spaces apart. */
const LETTER_SPACED = /(?<![A-Za-z0-9])[A-Za-z0-9$%£€¥](?: {1,3}[A-Za-z0-9$%£€¥](?![A-Za-z0-9])){3,}/g;

/** 最 spelt in pinyin before Chinese: ZUI低价, zui好. */
const PINYIN_ZUI = /(?<![A-Za-z])zui(?=[\u4e00-\u9fff])/gi;

/** Chinese characters in a text, counted once for both spacing checks. */
function hanIn(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (isHan(text.charCodeAt(i))) n++;
  return n;
}

/**
 * Text written to slip past word filters: a space after every character, in Chinese (最 后 3 小 时 ！腊 肉 五 折)
 * or in letters (T O D A Y   O N L Y), a mark after every character (爆！款！半！价！), or 最 in pinyin (ZUI低价).
 * The text as meant (a wider gap between spaced letters is one space, between words), and for each of its
 * characters where it stands in the text. Null for ordinary text: a few spaces between Chinese words stay where
 * they are. A character spaced out is one gap in two or fewer: at least four gaps, and one for every two Chinese
 * characters.
 */
export function spacedOut(text: string): { text: string; at: Int32Array } | null {
  if (text.length < 7) return null;
  /** Per character: 1 drops it, 2 reads it as 最 (the first letter of a pinyin ZUI). */
  let drop: Uint8Array | null = null;
  let han = -1;
  const spaced = (gaps: number) => gaps >= 4 && gaps * 2 >= (han < 0 ? (han = hanIn(text)) : han);
  if (/[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff][ \u3000][\u4e00-\u9fff]/.test(text) && spaced(text.match(SPACED_GAP)?.length ?? 0)) {
    drop = new Uint8Array(text.length);
    for (let i = 1; i < text.length; i++) {
      if (text[i] !== ' ' && text[i] !== '\u3000') continue;
      let j = i;
      while (j < text.length && (text[j] === ' ' || text[j] === '\u3000')) j++;
      if (j - i <= 3 && j < text.length && SPACED_SIDE.test(text[i - 1]!) && SPACED_SIDE.test(text[j]!)) drop.fill(1, i, j);
      i = j - 1;
    }
  }
  // One mark after every character (爆！款！国！画！半！价！): the marks between two characters go, the last stays.
  if (/[\u4e00-\u9fff][！!·～~][\u4e00-\u9fff][！!·～~][\u4e00-\u9fff][！!·～~][\u4e00-\u9fff]/.test(text) && spaced(text.match(/[\u4e00-\u9fff][！!·～~](?=[\u4e00-\u9fff])/g)?.length ?? 0)) {
    drop ??= new Uint8Array(text.length);
    for (let i = 1; i + 1 < text.length; i++) if ('！!·～~'.includes(text[i]!) && isHan(text.charCodeAt(i - 1)) && isHan(text.charCodeAt(i + 1))) drop[i] = 1;
  }
  if (/[A-Za-z0-9] {1,3}[A-Za-z0-9] {1,3}[A-Za-z0-9] {1,3}[A-Za-z0-9]/.test(text)) {
    LETTER_SPACED.lastIndex = 0;
    for (let m = LETTER_SPACED.exec(text); m; m = LETTER_SPACED.exec(text)) {
      drop ??= new Uint8Array(text.length);
      for (let i = m.index; i < m.index + m[0].length; i++) {
        if (text[i] !== ' ') continue;
        let j = i;
        while (text[j] === ' ') j++;
        // One space joins letters; a wider gap is the space between two words, kept once.
        drop.fill(1, j - i === 1 ? i : i + 1, j);
        i = j - 1;
      }
    }
  }
  for (const m of text.matchAll(PINYIN_ZUI)) (drop ??= new Uint8Array(text.length)).fill(2, m.index, m.index + 1).fill(1, m.index + 1, m.index + 3);
  if (!drop) return null;
  let out = '';
  const at = new Int32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    if (drop[i] === 1) continue;
    at[n++] = i;
    out += drop[i] === 2 ? '最' : text[i];
  }
  at[n] = text.length;
  return { text: out, at: at.subarray(0, n + 1) };
}

export function createScorer(options: ScorerOptions = {}): LintScorer {
  const bannedWords = options.bannedWords ?? [];
  const patterns = buildPatterns();
  const exemptPatterns = Object.values(LEXICONS).flatMap((l) => (l.exemptPatterns ?? []).map((e) => ({ re: new RegExp(e.pattern.source, e.pattern.flags), literal: e.literal })));
  const { slots, terms } = buildSlots(patterns);
  const matcher = createMatcher(terms, options.tables?.(terms) ?? undefined);
  /** Patterns without hint literals run on every text. */
  const alwaysRun = patterns.map((p) => !p.entry.hint?.length);
  /** Patterns a `$` in the text enables: run too when a local currency (RM, ₹) was read as `$`. */
  const dollarPatterns = patterns.flatMap((p, i) => (p.entry.hint?.some((h) => h.includes('$')) ? [i] : []));
  // What each rule's meta says, read once: the rules are objects of as many shapes as there are rules, and
  // reading `rule.meta` for every rule of every text was a slow (megamorphic) property load.
  const textRules = (bannedWords.length ? TEXT_RULES : TEXT_RULES.filter((r) => r.meta.id !== 'banned-word')).map((rule) => ({
    rule,
    id: rule.meta.id as RuleId,
    severity: rule.meta.severity as Severity,
    post: rule.meta.scope === 'post',
    lexicon: rule.meta.lexicon,
    key: messageKeys(rule.meta.id),
  }));

  // What a call's rules share, made once per scorer and reset by each call (analyze is never re-entered: rules
  // do not call it): a context object, its closures and a units getter for each of thousands of texts was a
  // good part of what analyze allocated. The findings list and the result are new for every call.
  let text = '';
  let always = false;
  let selling: { start: number; end: number }[] = [];
  let cueCount = 0;
  let findings: Finding[] = [];
  let units = -1;
  let quotes: readonly { start: number; end: number }[] | null = null;
  let current = textRules[0]!;
  const unitsOfText = () => (units < 0 ? (units = unitsOf(text)) : units);
  const ctx: { -readonly [K in Exclude<keyof TextContext, 'units'>]: TextContext[K] } & { readonly units: number } = {
    text,
    locale: 'zh-CN',
    matches: [],
    commercialNear: (start, end, figure) => always || (figure ? selling.slice(cueCount) : selling).some((s) => s.start < end + COMMERCIAL_REACH && start - COMMERCIAL_REACH < s.end),
    avoid: [],
    bannedWords,
    quotes: () => (quotes ??= quoteSpans(text)),
    get units() {
      return unitsOfText();
    },
    report: (r: Report) => {
      const id = current.id;
      const severity: Severity = r.severity ?? (r.mention ? 'info' : current.severity);
      const f: Finding = {
        ruleId: id,
        messageId: r.messageId,
        message: r.data ? { key: current.key(r.messageId), data: r.data } : { key: current.key(r.messageId) },
        match: text.slice(r.start, r.end),
        start: r.start,
        end: r.end,
        severity,
        weight: r.weight,
        contextWeight: r.weight,
        mention: r.mention === true,
      };
      // Optional fields only when present, set after the fact so every finding starts from one shape.
      if (r.gentler !== undefined) f.gentler = r.gentler;
      if (r.basis) f.basis = r.basis;
      findings.push(f);
    },
  };
  /** The call's automaton hits, gathered by one callback made once (a closure per call otherwise). */
  const raw: RawHit[] = [];
  let exempt: { start: number; end: number }[] | null = null;
  let exemptWords: { start: number; end: number }[] | null = null;
  let cueSpans: { start: number; end: number }[] | null = null;
  let enabled: boolean[] | null = null;
  /** Where the call's text names a local currency (RM, S$), read as $ by the patterns. */
  const currencies: { start: number; end: number }[] = [];
  const found = (index: number, start: number, end: number) => {
    const slot = slots[index]!;
    switch (slot.kind) {
      case 'term':
        raw.push({ rule: slot.rule!, start, end, entry: slot.entry!, verb: slot.verb });
        break;
      case 'exempt':
        (exemptWords ??= []).push({ start, end });
        break;
      case 'cue':
        (cueSpans ??= []).push({ start, end });
        break;
      default:
        (enabled ??= [...alwaysRun])[slot.pattern] = true;
    }
  };

  const analyzeText = (input: string, locale: Locale, opts: AnalyzeOptions): Analysis => {
    text = input;
    raw.length = 0;
    quotes = null;
    exempt = null;
    exemptWords = null;
    cueSpans = null;
    enabled = null;
    matcher.each(text, found);
    // The patterns read full-width digits and letters as ASCII, and RM99 or S$99 as $99 (offsets are the same).
    currencies.length = 0;
    const narrow = currencyFold(widthFold(text), currencies);
    // The automaton read the text as written: a figure in ₹ or RM enables what a $ would have.
    if (currencies.length) {
      enabled ??= [...alwaysRun];
      for (const i of dollarPatterns) (enabled as boolean[])[i] = true;
    }
    for (const { re, literal } of exemptPatterns) {
      if (!narrow.includes(literal)) continue;
      re.lastIndex = 0;
      for (let m = re.exec(narrow); m; m = re.exec(narrow)) {
        if (m[0].length === 0) re.lastIndex++;
        else (exempt ??= []).push({ start: m.index, end: m.index + m[0].length });
      }
    }
    const run = (enabled as boolean[] | null) ?? alwaysRun;
    for (let i = 0; i < patterns.length; i++) {
      if (!run[i]) continue;
      const { rule, entry } = patterns[i]!;
      if (entry.probe && !entry.probe.some((p) => narrow.includes(p))) continue;
      const re = entry.pattern;
      re.lastIndex = 0;
      for (let m = re.exec(narrow); m; m = re.exec(narrow)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        // A figure in ringgit starts at RM, not at the $ it was read as.
        const at = m.index;
        const start = currencies.length ? (currencies.find((c) => c.end - 1 === at)?.start ?? at) : at;
        // A price formula is no action someone takes: "Tea buy 10 free 1" offers a deal on tea.
        raw.push({ rule, start, end: m.index + m[0].length, entry, ...(rule === 'price' ? { verb: false } : {}) });
      }
    }
    const exemptSpans = (exempt as { start: number; end: number }[] | null) ?? NO_SPANS;
    const inExempt = exemptSpans.length ? overlapTest(exemptSpans) : null;
    // An everyday phrase cancels the hits it overlaps, but not a longer phrase that holds it whole: 'best time'
    // cancels the 'best' of "the best time to visit", not "now is the best time to buy". (Exempt patterns are
    // written with their context, and cancel whatever they overlap.)
    const wordSpans = (exemptWords as { start: number; end: number }[] | null) ?? NO_SPANS;
    const cancels = (h: RawHit) => (inExempt !== null && inExempt(h.start, h.end)) || wordSpans.some((e) => e.start < h.end && h.start < e.end && !(h.start <= e.start && h.end >= e.end && h.end - h.start > e.end - e.start));
    const hits = longest(inExempt || wordSpans.length ? raw.filter((h) => !cancels(h)) : raw);
    let byRule: Map<RuleId, PhraseMatch[]> | null = null;
    let pitch = false;
    // A request for an order ("要的话告诉我", "want me to hold one?") beside a price is an offer, however warm.
    let asks = false;
    let priced = false;
    // A cue that is itself a hit (下单) sells only as that hit is used: "很多客户会直接下单" sells nothing.
    const cues = cueSpans as { start: number; end: number }[] | null;
    const inHits = cues ? overlapTest(hits) : null;
    selling = cues ? cues.filter((c) => !inExempt?.(c.start, c.end) && !overlaps(wordSpans, c.start, c.end) && !inHits!(c.start, c.end) && !CUE_DENIED.test(text.slice(Math.max(0, c.start - 8), c.start))) : [];
    // The cue words come first in `selling`; the sales phrases after them.
    cueCount = selling.length;
    if (hits.length) {
      byRule = new Map();
      quotes = quoteSpans(text);
      // A cue word quoted is named, not said: "要求写“全场五折”" marks no sale of its own.
      if (quotes.length && cueCount) {
        const q = quotes;
        selling = selling.filter((c) => !q.some((s) => s.start <= c.start && c.end <= s.end));
        cueCount = selling.length;
      }
      const thrice = hits.length > 2 ? new Set<string>() : undefined;
      const shouted = hits.length > 1 ? repeatedPhrases(hits, text, quotes, thrice) : null;
      const chants = thrice?.size ? thrice : null;
      // Adding someone on WeChat is something done, as ordering is: "一个客户从加微信到第一次购买" describes it.
      const modes = hits.map((h) => modeOf(text, h.start, h.end, hits, quotes!, h.rule === 'cta' || h.rule === 'contact-bait', h.verb));
      if (hits.length > 1) listModes(text, hits, modes);
      const bare = bareShout(text, hits);
      if (hits.length > 1) selling.push(...corroborating(hits, modes, text), ...(stackedClaims(hits, modes, text) ?? NO_HITS));
      for (let i = 0; i < hits.length; i++) {
        const h = hits[i]!;
        const mode = modes[i]!;
        if (COMMERCIAL_RULES.has(h.rule) && (sells(h, mode, shouted, text, bare) || chanted(h, mode, chants, text))) selling.push(h);
        // An urged call to action makes the whole post a pitch, however long: "the best dates in the country"
        // at its start is a claim when it ends "message me to order".
        if (h.rule === 'cta' && mode === 'imperative' && !h.entry.soft && h.entry.needs !== 'commercial') pitch = true;
        if (h.rule === 'cta' && h.entry.needs === 'commercial' && !isMention(mode)) asks = true;
        if (h.rule === 'price' && mode !== 'quoted' && mode !== 'negated') priced = true;
        const list = byRule.get(h.rule) ?? byRule.set(h.rule, []).get(h.rule)!;
        list.push({ start: h.start, end: h.end, match: text.slice(h.start, h.end), mode, entry: h.entry });
      }
    }

    always = opts.commercial === true || pitch || (asks && priced);
    // Most texts never need their length: only a hit's weight (and the emoji rule) does.
    units = opts.units ?? -1;
    findings = [];
    ctx.text = text;
    ctx.locale = locale;
    ctx.avoid = opts.avoid ?? NO_WORDS;
    for (const r of textRules) {
      if (r.post && opts.post === false) continue;
      const matches = byRule?.get(r.id);
      if (r.lexicon && !matches) continue;
      current = r;
      ctx.matches = matches ?? NO_MATCHES;
      r.rule.check(ctx);
    }

    let salesiness = 0;
    if (findings.length) {
      if (findings.length > 1) shoutedMentions(findings);
      sortStable(findings, byPlace);
      const weights = repeatWeights(findings);
      capMentions(findings, weights);
      styleAlone(findings, weights);
      let any = false;
      for (let i = 0; i < findings.length; i++) {
        findings[i]!.weight = Math.round(weights[i]! * 1000) / 1000;
        if (weights[i]! > 0) any = true;
      }
      // No weight, no score: 1 − e^0 is 0 whatever the length.
      if (any) salesiness = salesinessOf(weights, unitsOfText(), unitsOfText() > REF_UNITS ? coverage(findings, text.length) : 0);
    }
    return new TextAnalysis(salesiness, findings, text, units);
  };
  const analyze = (input: string, locale: Locale, opts: AnalyzeOptions = NO_OPTIONS): Analysis => {
    const spaced = spacedOut(input);
    if (!spaced) return analyzeText(input, locale, opts);
    // Read without the spaces, found where they are in the text as written.
    const { units: _counted, ...rest } = opts;
    const a = analyzeText(spaced.text, locale, rest);
    for (const f of a.findings) {
      f.start = spaced.at[f.start]!;
      f.end = spaced.at[f.end - 1]! + 1;
      f.match = input.slice(f.start, f.end);
      // The message quotes the phrase as written too.
      const data = f.message.data as Record<string, unknown> | undefined;
      if (data && 'match' in data) f.message = { ...f.message, data: { ...data, match: f.match } };
    }
    return a;
  };

  return {
    analyze,
    score(text, locale, context) {
      const a = analyze(text, locale, context?.avoid ? { avoid: context.avoid } : {});
      return { salesiness: a.salesiness, hits: a.findings };
    },
  };
}
