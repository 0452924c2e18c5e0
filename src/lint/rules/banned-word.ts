// banned-word: the team's own list (policy bannedWords), with the planner's word semantics (src/model/words.ts):
// CJK anywhere, Latin whole words only, case and width folded.
import { findWord, foldWord } from '../../model/words.js';
import type { RuleMeta, TextContext } from '../types.js';

export const meta = {
  id: 'banned-word',
  description: {
    en: 'Disallow the words listed under bannedWords in persona.config.yaml',
    'zh-CN': '禁止使用 persona.config.yaml 中 bannedWords 列出的词',
  },
  severity: 'error',
  scope: 'text',
  lexicon: false,
  messages: {
    banned: { en: '"{match}" is on the team\'s banned list', 'zh-CN': '"{match}"在团队禁用词里' },
  },
} as const satisfies RuleMeta;

/** Banned words usually are the team's own list of salesy words, so they count half a hard sell. */
const WEIGHT = 0.5;

export function check(ctx: TextContext): void {
  if (ctx.bannedWords.length === 0) return;
  const folded = foldWord(ctx.text);
  const spans = ctx.bannedWords.flatMap((word) => findWord(ctx.text, word, folded));
  // One finding per place: of two banned words overlapping there ("宝子" and "宝子们"), the longer.
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  let reach = -1;
  for (const s of spans) {
    if (s.start < reach) continue;
    reach = s.end;
    const match = ctx.text.slice(s.start, s.end);
    ctx.report({ messageId: 'banned', start: s.start, end: s.end, weight: WEIGHT, data: { match }, gentler: '' });
  }
}
