// persona-avoid: words the persona never says (voice.avoid), checked on text rendered for that persona.
import { foldText } from '../matcher.js';
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
  // Folding keeps offsets: every folded code unit stands for one original code unit.
  const folded = foldText(ctx.text);
  for (const word of ctx.avoid) {
    const needle = foldText(word);
    if (!needle) continue;
    for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + needle.length)) {
      // Voice is not salesiness: the hit is reported but weighs nothing.
      ctx.report({ messageId: 'avoid', start: at, end: at + needle.length, weight: 0, data: { match: ctx.text.slice(at, at + needle.length) }, gentler: '' });
    }
  }
}
