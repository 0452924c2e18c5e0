// Gentler wording for a draft: clauses carrying a salesy phrase go, runs of ！ shrink to one, capitals are
// lowered, and a hard call to action gives way to one soft invitation at the end ("想了解的可以问我").
// Mechanical word swaps leave broken sentences ("and get a !"), so whole clauses are the unit.
import type { Finding } from './score.js';

const CLAUSE = /[^，。！？；,.!?;：:\n]*(?:[，。！？；,.!?;：:]+|\n|$)/g;

interface Clause {
  start: number;
  end: number;
  text: string;
}

function clauses(text: string): Clause[] {
  const out: Clause[] = [];
  for (const m of text.matchAll(CLAUSE)) {
    if (m[0].length === 0) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/^[\s，。！？、,.!?；;：:]+/, '')
        .replace(/[，、,：:；;]+\s*$/, '')
        .replace(/[ \t]{2,}/g, ' ')
        .trim(),
    )
    .filter(Boolean)
    .join('\n');
}

/** The soft invitation of each language, when the one a phrase offers is in the other language. */
const INVITATION: Readonly<Record<'zh-CN' | 'en', string>> = { 'zh-CN': '想了解的可以问我', en: 'happy to tell you more if you ask' };

/** The invitation naming what the draft was about, when a dropped clause said it. */
const ABOUT: Readonly<Record<'zh-CN' | 'en', (subject: string) => string>> = {
  'zh-CN': (subject) => `想了解${subject}的可以问我`,
  en: (subject) => `happy to tell you more about ${subject} if you ask`,
};

/** Words a clause opens with that are no subject: urging, counting down, addressing. */
const ZH_NOT_SUBJECT = /^(?:赶紧|赶快|快来?|马上|立即|立刻|现在|欢迎|直接|点击|记得|限时|限量|仅剩|只剩|还有|最后|今天|今晚|明天|家人们|姐妹们|宝子们|亲们|大家|朋友们|想要|需要|要的|喜欢)|[了的吧呢啊呀哦]$/;

/** Words that open a Chinese clause after its subject: 武夷肉桂今天活动价188 is about 武夷肉桂. */
const ZH_AFTER_SUBJECT = /(?:今天|今晚|现在|这周|本周|最近|目前|这次|这批|新到的|到了|上新了?|回来了|又)$/;

/**
 * What a dropped clause was about, said before its first salesy phrase or after its last: "武夷肉桂" in
 * "武夷肉桂今天活动价188", "the holiday blend" in "Only 5 bags left of the holiday blend!". Null when it says none.
 */
function subjectOf(clause: string, spans: readonly { start: number; end: number }[], offset: number): string | null {
  const first = Math.min(...spans.map((s) => s.start)) - offset;
  const last = Math.max(...spans.map((s) => s.end)) - offset;
  let before = clause.slice(0, Math.max(0, first)).trim();
  for (let cut = before.replace(ZH_AFTER_SUBJECT, ''); cut !== before; cut = before.replace(ZH_AFTER_SUBJECT, '')) before = cut;
  // A name, not an urging word or a count: 武夷肉桂, not 赶紧, 仅剩 or 还有.
  if (/^[\u4e00-\u9fff·]{2,10}$/.test(before) && !ZH_NOT_SUBJECT.test(before)) return before;
  const en = /^(?:the|our|my|this|these)\s+[a-z][a-z' -]{1,38}?(?=\s+(?:is|are|was|has|have|just|will)\b|$)/i.exec(before);
  if (en) return en[0].replace(/^(?:our|my|this|these)\b/i, (w) => w.toLowerCase()).replace(/^The\b/, 'the');
  const after = /^\s*(?:of|about|for|on)\s+((?:the|our|my|this|these)\s+[a-z][a-z' -]{1,38}?)\s*[.!?,;:。！？，]*\s*$/i.exec(clause.slice(Math.max(0, last)));
  return after ? after[1]!.replace(/^The\b/, 'the') : null;
}

/** The draft rewritten without its salesy clauses; '' when nothing is left. */
export function gentler(text: string, findings: readonly Finding[], locale?: 'zh-CN' | 'en'): string {
  const used = findings.filter((f) => !f.mention && f.gentler !== undefined && f.end > f.start);
  const inPlace = used.filter((f) => f.ruleId === 'exclamation' || f.ruleId === 'caps').sort((a, b) => a.start - b.start);
  const dirty = used.filter((f) => f.ruleId !== 'exclamation' && f.ruleId !== 'caps');
  // Only a call to action has a soft counterpart worth keeping; a dropped claim leaves nothing behind. It is
  // said in the draft's language: an English draft that hit a Chinese phrase still ends in English.
  let invitation = dirty.find((f) => f.gentler && (f.ruleId === 'cta' || f.ruleId === 'contact-bait'))?.gentler ?? '';
  if (invitation && locale && /[\u4e00-\u9fff]/.test(invitation) !== (locale === 'zh-CN')) invitation = INVITATION[locale];

  // Shrink shouting in place first, building the new text in one pass and keeping where each old offset went.
  const pieces: string[] = [];
  const shift: { at: number; total: number }[] = [];
  let at = 0;
  let total = 0;
  for (const f of inPlace) {
    if (f.start < at) continue;
    const replacement = f.gentler ?? '';
    pieces.push(text.slice(at, f.start), replacement);
    total += replacement.length - (f.end - f.start);
    shift.push({ at: f.start, total });
    at = f.end;
  }
  pieces.push(text.slice(at));
  const source = pieces.join('');
  /** An old offset in the new text: the shifts of every replacement before it (binary search over `shift`). */
  const moved = (offset: number) => {
    let lo = 0;
    let hi = shift.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (shift[mid]!.at < offset) lo = mid + 1;
      else hi = mid;
    }
    return offset + (lo > 0 ? shift[lo - 1]!.total : 0);
  };

  // Clauses and dirty spans both in text order: one sweep marks the clauses a salesy phrase touches.
  const spans = dirty.map((f) => ({ start: moved(f.start), end: moved(f.end) })).sort((a, b) => a.start - b.start);
  const kept: Clause[] = [];
  let subject: string | null = null;
  let i = 0;
  for (const c of clauses(source)) {
    while (i < spans.length && spans[i]!.end <= c.start) i++;
    const touching: { start: number; end: number }[] = [];
    for (let j = i; j < spans.length && spans[j]!.start < c.end; j++) {
      if (spans[j]!.end > c.start) touching.push(spans[j]!);
    }
    if (touching.length === 0) kept.push(c);
    else subject ??= subjectOf(c.text, touching, c.start);
  }
  let out = tidy(kept.map((c) => c.text).join(''));
  // The invitation names what the dropped clauses were about, unless the kept text still does.
  if (subject && locale && invitation === INVITATION[locale] && !out.toLowerCase().includes(subject.toLowerCase())) invitation = ABOUT[locale](subject);
  // The draft may already end with the invitation (or another soft one): say it once.
  if (invitation && !out.toLowerCase().includes(invitation.toLowerCase())) {
    const latin = /^[\x00-\x7f]*$/.test(invitation);
    const sentence = latin ? invitation[0]!.toUpperCase() + invitation.slice(1) : invitation;
    const end = latin ? '.' : '。';
    out = out ? `${out.replace(/[。.!！?？]*$/, '')}${latin ? '. ' : '。'}${sentence}${end}` : `${sentence}${end}`;
  } else if (out && !/[。.!！?？]$/.test(out)) out += /[\u4e00-\u9fff]$/.test(out) ? '。' : '.';
  return out;
}
