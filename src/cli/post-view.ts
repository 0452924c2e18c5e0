// One post as the calendar shows it (time, kind, topic or product, the text to copy, the photos to take),
// for the places that show posts one at a time: `persona swap` and `persona plan --interactive`.
import type { Lang } from '../i18n/text.js';
import { t } from '../i18n/translate.js';
import { msg as formatMsg } from '../formats/messages.js';
import { stageName } from '../formats/names.js';
import { headline, localDate, localTime, num, weekdayLabel, weekdayOf } from '../formats/view.js';
import type { Post } from '../model/plan.js';
import type { Style } from './style.js';

export function postView(post: Post, lang: Lang, s: Style, products?: Readonly<Record<string, string>>): string {
  const colon = lang === 'zh-CN' ? '：' : ': ';
  const date = localDate(post);
  const series = post.series ? ` · ${t(lang, formatMsg('series'))}「${post.series}」` : '';
  const flag = post.marketing ? ` · ${s.warn(t(lang, formatMsg('marketing')))}` : '';
  const lines = [
    `${s.heading(`${weekdayLabel(lang, weekdayOf(date))} ${date} ${localTime(post)}`)} · ${headline(lang, post, { products })}${series}${flag} · ${t(lang, formatMsg('salesiness'))} ${num(post.salesiness)}`,
    ...post.text.split('\n').map((line) => (line ? `  ${line}` : '')),
  ];
  if (post.images.length) lines.push(`${t(lang, formatMsg('shot-list'))}${colon.trim()}`, ...post.images.map((i) => `  - ${i}`));
  if (post.chats.length) lines.push(`${t(lang, formatMsg('chats'))}${colon.trim()}`, ...post.chats.map((c) => `  - ${stageName(lang, c.stage)}: ${c.text.replaceAll('\n', ' ')}`));
  lines.push(s.dim(`${t(lang, formatMsg('template'))}${colon}${post.template} · ${post.id}`));
  return `${lines.join('\n')}\n`;
}
