// banned-word: the team's own list (policy bannedWords), with the planner's word semantics (src/model/words.ts):
// CJK anywhere, Latin whole words only, case and width folded.
import { findWord, foldWord } from '../../model/words.js';
import { isMention, modeOf } from '../context.js';
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
/** What a banned word talked about weighs, against one used (as phrases.ts weighs a mention). */
const MENTION_FACTOR = 0.1;

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
    // Always reported (the list is the team's own), but a banned word quoted, denied or told as a story weighs as
    // a mention does: "以前我们会写'零门槛月入过万'" reflects on the word, it does not sell with it.
    const talkedAbout = isMention(modeOf(ctx.text, s.start, s.end, [], ctx.quotes()));
    ctx.report({ messageId: 'banned', start: s.start, end: s.end, weight: talkedAbout ? WEIGHT * MENTION_FACTOR : WEIGHT, data: { match }, gentler: '' });
  }
}
