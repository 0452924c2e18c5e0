// The Markdown view: the calendar a salesperson reads in the terminal or in a pull request. Per day the
// time, kind, topic or product, the text to copy, the photos to take, and a compact density line.
import { Chalk } from 'chalk';
import type { Lang } from '../i18n/text.js';
import { t } from '../i18n/translate.js';
import type { Plan, Post } from '../model/plan.js';
import { msg } from './messages.js';
import type { FormatOptions, IndexFormatter, PlanFormatter } from './types.js';
import { stageName } from './names.js';
import { density, headline, localTime, num, percent, planDays, weekdayLabel } from './view.js';
import { byCodePoint } from '../model/order.js';

/** Quote every line so the post reads as one block, blank lines included. */
function quote(text: string): string {
  return text
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n');
}

function header(plan: Plan, lang: Lang): string[] {
  const d = density(plan);
  const r = plan.rules;
  return [
    `# ${t(lang, msg('page-title', { name: plan.persona.name, from: plan.range.from, to: plan.range.to }))}`,
    '',
    `${plan.persona.id} · ${plan.persona.timezone}${plan.persona.team ? ` · ${t(lang, msg('team'))} ${plan.persona.team}` : ''}`,
    '',
    `- ${label(lang, t(lang, msg('posts')))} ${d.posts}`,
    `- ${label(lang, t(lang, msg('marketing-posts')))} ${d.marketing} · ${label(lang, t(lang, msg('marketing-share')))} ${t(lang, msg('of-ceiling', { value: percent(d.share), max: percent(r.maxMarketingShare) }))}`,
    `- ${label(lang, t(lang, msg('salesiness-budget')))} ${t(lang, msg('of-ceiling', { value: num(d.salesiness), max: num(r.weeklySalesinessBudget) }))}`,
    `- ${t(lang, msg('rules', { windows: r.windows.join(', '), min: r.postsPerDay.min, max: r.postsPerDay.max, perDay: r.maxMarketingPerDay, hours: r.minHoursBetweenMarketing, seed: plan.seed }))}`,
  ];
}

/** Chinese punctuation is full-width: 拍摄清单：, not 拍摄清单:. */
function label(lang: Lang, text: string): string {
  return `${text}${lang === 'zh-CN' ? '：' : ':'}`;
}

/** Punctuation or an emoji that closes a Chinese sentence, so the next one may follow without a space. */
const ZH_CLOSED = /[。！？!?…～~，,、；;：:）)」』”"\p{Extended_Pictographic}\uFE0F]$/u;

/**
 * A script on one list line. Chinese sentences run on without a space after their full stop or emoji; a line
 * that ends without one (a persona without emoji loses the 🙂 that closed it) keeps a space, or two sentences
 * would read as one ("点了赞朋友圈写得短"). English lines join with a space.
 */
function oneLine(text: string, locale: Plan['persona']['locale']): string {
  if (locale !== 'zh-CN') return text.replaceAll('\n', ' ');
  return text.split('\n').filter((line) => line.trim() !== '').reduce((out, line) => (out === '' ? line : `${out}${ZH_CLOSED.test(out) ? '' : ' '}${line}`), '');
}

function postBlock(post: Post, lang: Lang, paint: InstanceType<typeof Chalk>, locale: Plan['persona']['locale'], options: FormatOptions): string[] {
  const flag = post.marketing ? ` · ${paint.yellow(t(lang, msg('marketing')))}` : '';
  const series = post.series ? ` · ${t(lang, msg('series'))}「${post.series}」` : '';
  const lines = [`### ${paint.bold(localTime(post))} · ${headline(lang, post, options)}${series}${flag} · ${t(lang, msg('salesiness'))} ${num(post.salesiness)}`, '', quote(post.text), ''];
  if (post.images.length) {
    lines.push(label(lang, t(lang, msg('shot-list'))), ...post.images.map((i) => `- ${i}`), '');
  }
  if (post.chats.length) {
    lines.push(label(lang, t(lang, msg('chats'))), ...post.chats.map((c) => `- ${label(lang, stageName(lang, c.stage))} ${oneLine(c.text, locale)}`), '');
  }
  lines.push(`<sub>${label(lang, t(lang, msg('template')))} ${post.template} · ${post.id}</sub>`, '');
  return lines;
}

export const markdown: PlanFormatter = (plan, options) => {
  const lang = options.lang;
  // Files never carry colour; only a terminal view asks for it.
  const paint = new Chalk({ level: options.color ? 1 : 0 });
  const lines = header(plan, lang);
  if (plan.warnings.length) {
    lines.push('', `## ${t(lang, msg('warnings'))}`, '', ...plan.warnings.map((w) => `- ${w}`));
  }
  for (const day of planDays(plan)) {
    const campaign = plan.rules.campaigns?.find((c) => c.from <= day.date && day.date <= c.to);
    const status = day.rest
      ? t(lang, msg('rest-day'))
      : `${t(lang, msg('day-density', { n: day.marketing, max: campaign?.maxMarketingPerDay ?? plan.rules.maxMarketingPerDay, s: num(day.salesiness) }))}${day.quiet ? ` · ${t(lang, msg('quiet-day'))}` : ''}${campaign ? ` · ${t(lang, msg('campaign-day', { name: campaign.name }))}` : ''}`;
    lines.push('', `## ${paint.cyan(`${weekdayLabel(lang, day.weekday)} ${day.date}`)} · ${status}`, '');
    if (!day.rest && day.posts.length === 0) lines.push(t(lang, msg('no-posts')), '');
    for (const post of day.posts) lines.push(...postBlock(post, lang, paint, plan.persona.locale, options));
  }
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
};

/** `<out>/<label>/index.md`: one line per persona with the density figures, linking to its calendar. */
export const markdownIndex: IndexFormatter = (plans, label, options) => {
  const lang = options.lang;
  const lines = [
    `# ${t(lang, msg('index-title', { label }))}`,
    '',
    `| ${t(lang, msg('persona'))} | ${t(lang, msg('team'))} | ${t(lang, msg('posts'))} | ${t(lang, msg('marketing-posts'))} | ${t(lang, msg('marketing-share'))} | ${t(lang, msg('salesiness-budget'))} |`,
    '|---|---|---:|---:|---:|---:|',
  ];
  for (const plan of [...plans].sort((a, b) => byCodePoint(a.persona.id, b.persona.id))) {
    const d = density(plan);
    const name = plan.persona.name.replaceAll('|', '\\|');
    lines.push(
      `| [${name}](${plan.persona.id}.md) | ${plan.persona.team ?? ''} | ${d.posts} | ${d.marketing} | ${percent(d.share)} / ${percent(plan.rules.maxMarketingShare)} | ${num(d.salesiness)} / ${num(plan.rules.weeklySalesinessBudget)} |`,
    );
  }
  return `${lines.join('\n')}\n`;
};
