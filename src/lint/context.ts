// How a phrase is used: urged ("赶紧下单！"), said plainly, described ("很多客户会直接下单"), negated or quoted.
// Salesiness is about what the text asks of its reader, so the same word weighs very differently.

export type Mode = 'imperative' | 'plain' | 'descriptive' | 'negated' | 'quoted';

/** Modes in which a phrase is talked about rather than used: counted lightly, never reported by lint. */
export function isMention(mode: Mode): boolean {
  return mode === 'descriptive' || mode === 'negated' || mode === 'quoted';
}

export const MODE_FACTOR: Readonly<Record<Mode, number>> = {
  imperative: 1.3,
  plain: 1,
  descriptive: 0.1,
  negated: 0.1,
  quoted: 0.1,
};

type Marker = readonly [text: string, mode: Mode];

const ZH_BEFORE: readonly Marker[] = [
  ...(['赶紧', '赶快', '快', '快来', '快去', '快快', '马上', '立即', '立刻', '立马', '速', '速速', '抓紧', '别犹豫', '不要犹豫', '别错过', '不要错过', '还等什么', '还不', '现在就', '今天就', '今晚就', '记得', '一定要', '都来', '欢迎', '请', '值得', '建议', '推荐', '赶紧去', '直接冲', '闭眼'] as const).map((m): Marker => [m, 'imperative']),
  // Longer words that merely contain a marker (特别 is not 别, 会员 is not 会).
  ...(['现在', '在线', '实在', '存在', '自在', '好在', '特别', '分别', '区别', '告别', '会员', '机会', '说明', '问题', '请问', '多少', '愉快', '凉快', '快乐', '会议', '体会', '社会', '学会', '约会', '其他', '没事', '恐怕'] as const).map((m): Marker => [m, 'plain']),
  ...(['不敢说', '不能说', '不是说', '别说', '不说', '谈不上'] as const).map((m): Marker => [m, 'negated']),
  ...(['不要', '别', '不用', '不必', '无需', '没有', '没', '不会', '从不', '从来不', '不再', '少', '拒绝', '不想', '不喜欢', '讨厌', '反感', '怕', '不是', '不敢', '不能', '并非', '谈不上'] as const).map((m): Marker => [m, 'negated']),
  ...(['很多', '好多', '不少', '有人', '有的', '有些', '他们', '她们', '他', '她', '别人', '同行', '会', '经常', '常常', '总是', '曾经', '以前', '之前', '上次', '昨天', '去年', '那会儿', '那时', '当年', '小时候', '记得那', '说', '问', '让', '被', '在', '正在', '一般', '通常', '很快', '已经', '刚', '刚刚', '后来', '当时', '看到', '听说', '还记得', '那年'] as const).map((m): Marker => [m, 'descriptive']),
];

const ZH_AFTER: readonly Marker[] = [
  ...(['！', '!', '吧', '啦', '起来', '走起', '哦', '呀'] as const).map((m): Marker => [m, 'imperative']),
  ...(['了', '过', '的时候', '的人', '的', '时', '后', '之后', '以后', '率', '量', '流程', '方式'] as const).map((m): Marker => [m, 'descriptive']),
  ...(['这种', '这类', '之类', '这些词', '这样的话', '这种话', '这几个字', '这个词', '字眼', '话术'] as const).map((m): Marker => [m, 'quoted']),
];

/** Words that govern a whole sentence, lists included: "telling friends to scan a code, order now, grab a coupon". */
const EN_SENTENCE_WIDE: readonly Marker[] = [
  ...(["don't", 'dont', 'do not', 'never', "didn't", "won't", 'not', 'no need to', 'stop', 'avoid', 'without', "can't", 'refuse to', 'hate', 'nobody', 'instead of', 'rather than'] as const).map((m): Marker => [m, 'negated']),
  ...(['telling', 'tell', 'told', 'asking', 'ask', 'asked', 'say', 'said', 'saying', 'used to', 'things like', 'posting', 'posts', 'spam', 'spamming'] as const).map((m): Marker => [m, 'descriptive']),
];

const EN_BEFORE: readonly Marker[] = [
  ...(['now', 'hurry', 'please', 'just', 'go', 'quick', 'today', 'seriously', 'definitely', 'must', 'gotta'] as const).map((m): Marker => [m, 'imperative']),
  ...(['i', "i'll", "i'd", "i've", 'they', 'people', 'customers', 'clients', 'someone', 'she', 'he', 'their', 'would', 'could', 'might', 'often', 'always', 'sometimes', 'usually', 'when', 'paid', 'spent', 'cost', 'costs', 'once', 'yesterday', 'last week', 'back then', 'remember'] as const).map((m): Marker => [m, 'descriptive']),
  ...EN_SENTENCE_WIDE,
];

const EN_AFTER: readonly Marker[] = [['!', 'imperative']];

/** A marker governs its own clause: "会有大额优惠券，手慢无！" is urged although 会 describes. */
const CLAUSE_END = new Set(['。', '！', '？', '!', '?', '\n', '；', ';', '…', '，', ',', '：', ':', '.']);
/** Opening quotes count +1, closing −1 (’ is left out: it is also the apostrophe of "don’t"). */
const QUOTES = new Map<number, number>([
  ...[...'“「『《‘'].map((q): [number, number] => [q.charCodeAt(0), 1]),
  ...[...'”」』》'].map((q): [number, number] => [q.charCodeAt(0), -1]),
]);

function isLatinLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39;
}

function isCjk(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/** Inside an unclosed quotation on the same line (looking back at most a long paragraph). */
function quoted(text: string, start: number): boolean {
  let depth = 0;
  let ascii = 0;
  const stop = Math.max(0, start - 400);
  for (let i = start - 1; i >= stop; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) break;
    if (c === 34) ascii++;
    else if (c > 0x2000 && QUOTES.has(c)) {
      depth += QUOTES.get(c)!;
      if (depth > 0) return true;
    }
  }
  return ascii % 2 === 1;
}

/** Markers indexed by their last code unit, longest first, so a window is read backwards once. */
function byLastChar(markers: readonly Marker[]): Map<number, Marker[]> {
  const map = new Map<number, Marker[]>();
  for (const marker of [...markers].sort((a, b) => b[0].length - a[0].length)) {
    const c = marker[0].charCodeAt(marker[0].length - 1);
    (map.get(c) ?? map.set(c, []).get(c)!).push(marker);
  }
  return map;
}

const ZH_BEFORE_INDEX = byLastChar(ZH_BEFORE);
/** Story time governs a whole sentence in Chinese too: "小时候一根冰棍只要5毛，2块钱能买一大袋零食". */
const ZH_SENTENCE_WIDE: readonly Marker[] = (['小时候', '那会儿', '那时候', '那时', '当年', '以前', '从前', '记得', '上次', '去年', '那年', '当时'] as const).map((m): Marker => [m, 'descriptive']);
const ZH_SENTENCE_INDEX = byLastChar(ZH_SENTENCE_WIDE);
const EN_BEFORE_INDEX = byLastChar(EN_BEFORE);
const EN_SENTENCE_INDEX = byLastChar(EN_SENTENCE_WIDE);
/** Where an English sentence ends; a comma ends only a clause. */
const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '\n', '；', ';', '.']);

/** The marker ending closest to the hit wins; at one end position the longest (特别 over 别). */
function closestBefore(text: string, from: number, to: number, index: Map<number, Marker[]>, latin: boolean, others: readonly Span[]): Mode | null {
  for (let e = to; e > from; e--) {
    const c = text.charCodeAt(e - 1);
    const list = index.get(latin && c >= 65 && c <= 90 ? c + 32 : c);
    if (!list) continue;
    for (const [m, mode] of list) {
      const at = e - m.length;
      if (at < from) continue;
      if (latin ? !sameWord(text, at, m) : !text.startsWith(m, at)) continue;
      // A marker inside another sales phrase belongs to it: the "don't" of "Don't miss out" negates nothing.
      if (others.some((o) => o.start < e && at < o.end)) continue;
      return mode;
    }
  }
  return null;
}

/** Case-insensitive whole-word comparison without allocating. */
function sameWord(text: string, at: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    let c = text.charCodeAt(at + i);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== word.charCodeAt(i)) return false;
  }
  return (at === 0 || !isLatinLetter(text.charCodeAt(at - 1))) && (at + word.length >= text.length || !isLatinLetter(text.charCodeAt(at + word.length)));
}

function after(text: string, end: number, markers: readonly Marker[]): Mode | null {
  let best: Mode | null = null;
  let bestLen = 0;
  for (const [m, mode] of markers) {
    if (m.length > bestLen && text.startsWith(m, end)) {
      best = mode;
      bestLen = m.length;
    }
  }
  return best;
}

function hasCjk(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isCjk(text.charCodeAt(i))) return true;
  return false;
}

/** Latin context: the hit has no Chinese and neither has what precedes it ("¥99" after 只要 is Chinese). */
function isLatinContext(text: string, start: number, end: number): boolean {
  if (hasCjk(text, start, end)) return false;
  for (let i = start - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) continue;
    return !isCjk(c) && c < 0x3000;
  }
  return true;
}

export interface Span {
  start: number;
  end: number;
}

/** How the phrase at [start, end) is used in its sentence; `others` are the other hits of the text. */
export function modeOf(text: string, start: number, end: number, others: readonly Span[] = []): Mode {
  if (quoted(text, start)) return 'quoted';
  const latin = isLatinContext(text, start, end);
  let from = start;
  const limit = latin ? 60 : 12;
  while (from > 0 && start - from < limit && !CLAUSE_END.has(text[from - 1]!)) from--;
  let mode = closestBefore(text, from, start, latin ? EN_BEFORE_INDEX : ZH_BEFORE_INDEX, latin, others);
  if (!mode) {
    let sentence = from;
    while (sentence > 0 && start - sentence < 160 && !SENTENCE_END.has(text[sentence - 1]!)) sentence--;
    if (sentence < from) mode = closestBefore(text, sentence, from, latin ? EN_SENTENCE_INDEX : ZH_SENTENCE_INDEX, latin, others);
  }
  const next = after(text, end, latin ? EN_AFTER : ZH_AFTER);
  if (next === 'quoted') return 'quoted';
  if (mode === 'negated' || mode === 'descriptive') return mode;
  if (mode === 'imperative') return next === 'descriptive' && !latin ? 'descriptive' : 'imperative';
  if (next) return next;
  // An English verb phrase opening its sentence is an instruction: "Order yours today."
  if (latin && !/[\p{L}\p{N}]/u.test(text.slice(from, start))) return 'imperative';
  return 'plain';
}

const EXPERIENCE = /^[^.!?。！？\n]{0,40}?\b(?:i've ever|i have ever|i ever|i've had|i've tasted|i've tried|i've seen|i've read|we've ever|of my life|in years|in ages|all week|all year|so far)\b/i;

/** "the best coffee I've had all week" is an experience, not a claim about goods (SAMR 2023). */
export function isExperience(text: string, end: number): boolean {
  return EXPERIENCE.test(text.slice(end, end + 60));
}

const SOFT_AFTER_ZH = /^(?:就好|就行|即可|就可以了|就可以|哈)/;
const SOFT_BEFORE_ZH = /(?:想了解|想试|想看看|想知道|感兴趣|好奇)[^，。！？!?\n]{0,6}$/;
const SOFT_AFTER_EN = /^\s+(?:if|whenever|anytime)\b/i;
const SOFT_BEFORE_EN = /\b(?:feel free to|you can always|happy if you|curious\??)\s*$/i;

/**
 * A call to action made conditional or optional: "想试的朋友私信我就好", "DM me if you're curious". It still
 * invites, so it counts a little, but it leaves the decision with the reader.
 */
export function isSoftened(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  const rest = text.slice(end, end + 24);
  return SOFT_AFTER_ZH.test(rest) || SOFT_BEFORE_ZH.test(before) || SOFT_AFTER_EN.test(rest) || SOFT_BEFORE_EN.test(before);
}
