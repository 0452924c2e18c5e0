// banned-word: the team's own list (policy bannedWords), matched like the lexicons: raw text, folded case and width.
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
  for (const m of ctx.matches) {
    ctx.report({ messageId: 'banned', start: m.start, end: m.end, weight: WEIGHT, data: { match: m.match }, gentler: '' });
  }
}
