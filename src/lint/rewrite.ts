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
  let i = 0;
  for (const c of clauses(source)) {
    while (i < spans.length && spans[i]!.end <= c.start) i++;
    let touched = false;
    for (let j = i; j < spans.length && spans[j]!.start < c.end; j++) {
      if (spans[j]!.end > c.start) {
        touched = true;
        break;
      }
    }
    if (!touched) kept.push(c);
  }
  let out = tidy(kept.map((c) => c.text).join(''));
  // The draft may already end with the invitation (or another soft one): say it once.
  if (invitation && !out.toLowerCase().includes(invitation.toLowerCase())) {
    const latin = /^[\x00-\x7f]*$/.test(invitation);
    const sentence = latin ? invitation[0]!.toUpperCase() + invitation.slice(1) : invitation;
    const end = latin ? '.' : '。';
    out = out ? `${out.replace(/[。.!！?？]*$/, '')}${latin ? '. ' : '。'}${sentence}${end}` : `${sentence}${end}`;
  } else if (out && !/[。.!！?？]$/.test(out)) out += /[\u4e00-\u9fff]$/.test(out) ? '。' : '.';
  return out;
}
