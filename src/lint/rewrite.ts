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

/** The draft rewritten without its salesy clauses; '' when nothing is left. */
export function gentler(text: string, findings: readonly Finding[]): string {
  const used = findings.filter((f) => !f.mention && f.gentler !== undefined && f.end > f.start);
  const inPlace = used.filter((f) => f.ruleId === 'exclamation' || f.ruleId === 'caps');
  const dirty = used.filter((f) => f.ruleId !== 'exclamation' && f.ruleId !== 'caps');
  // Only a call to action has a soft counterpart worth keeping; a dropped claim leaves nothing behind.
  const invitation = dirty.find((f) => f.gentler && (f.ruleId === 'cta' || f.ruleId === 'contact-bait'))?.gentler ?? '';

  // Shrink shouting in place first (offsets from the end, so earlier ones stay valid).
  let source = text;
  const shift: { at: number; delta: number }[] = [];
  for (const f of [...inPlace].sort((a, b) => b.start - a.start)) {
    const replacement = f.gentler ?? '';
    source = source.slice(0, f.start) + replacement + source.slice(f.end);
    shift.push({ at: f.start, delta: replacement.length - (f.end - f.start) });
  }
  const moved = (offset: number) => offset + shift.filter((s) => s.at < offset).reduce((n, s) => n + s.delta, 0);

  const kept = clauses(source).filter((c) => !dirty.some((f) => moved(f.start) < c.end && c.start < moved(f.end)));
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
