// persona-avoid: words the persona never says (voice.avoid), checked on text rendered for that persona.
// Same words as the planner avoids (src/model/words.ts): CJK anywhere, Latin whole words only ("hun" is not in "hunting").
import { findWord, foldWord } from '../../model/words.js';
import type { RuleMeta, TextContext } from '../types.js';

export const meta = {
  id: 'persona-avoid',
  description: {
    en: "Disallow words listed in the persona's voice.avoid in text rendered for that persona",
    'zh-CN': '禁止在为某个人设渲染的文字里出现其 voice.avoid 列出的词',
  },
  severity: 'error',
  scope: 'text',
  lexicon: false,
  messages: {
    avoid: { en: '"{match}" is a word this persona avoids', 'zh-CN': '"{match}"是这个人设不用的词' },
  },
} as const satisfies RuleMeta;

export function check(ctx: TextContext): void {
  if (ctx.avoid.length === 0) return;
  const folded = foldWord(ctx.text);
  for (const word of ctx.avoid) {
    for (const at of findWord(ctx.text, word, folded)) {
      // Voice is not salesiness: the hit is reported but weighs nothing.
      ctx.report({ messageId: 'avoid', start: at.start, end: at.end, weight: 0, data: { match: ctx.text.slice(at.start, at.end) }, gentler: '' });
    }
  }
}
