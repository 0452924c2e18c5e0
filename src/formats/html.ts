// The visual week: one self-contained static page per persona-week (no script, no network) and an index.
import type { Lang } from '../i18n/text.js';
import { t } from '../i18n/translate.js';
import type { Plan, Post } from '../model/plan.js';
import { msg } from './messages.js';
import { stageName } from './names.js';
import type { FormatOptions, IndexFormatter, PlanFormatter } from './types.js';
import {
  density,
  kindLabel,
  localDate,
  localTime,
  num,
  percent,
  planDays,
  sortedPosts,
  subject,
  weekdayLabel,
  weekdayOf,
  type PlanDay,
} from './view.js';
import { byCodePoint } from '../model/order.js';

/** Everything from personas, templates and plans goes through here: text and attribute values alike. */
export function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// The page loads nothing: no scripts, fonts, images or frames; only its own inline styles.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

// WeChat folds a Moments text longer than six lines behind 全文 / Full text.
const FOLD_LINES = 6;
// Characters of CJK width on one line of a 375 px phone at WeChat's 15 px text size.
const LINE_WIDTH = 19;

/** Whether WeChat would fold this text: counts wrapped lines, Latin letters as about half a CJK character. */
export function wouldFold(text: string): boolean {
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let width = 0;
    for (const ch of paragraph) width += /[\u0000-\u024f]/.test(ch) ? 0.55 : 1;
    lines += Math.max(1, Math.ceil(width / LINE_WIDTH));
  }
  return lines > FOLD_LINES;
}

const STYLE = `
:root{--ink:#1f2328;--muted:#656d76;--line:#d8dee4;--bg:#f6f8fa;--card:#fff;--mkt:#c2410c;--mkt-bg:#fff4ec;--ok:#1a7f37;--wx:#576b95;
font-family:-apple-system,"PingFang SC","WenQuanYi Micro Hei","Microsoft YaHei","Noto Sans CJK SC","Helvetica Neue",Arial,sans-serif,"Apple Color Emoji","Segoe UI Emoji","Noto Color Emoji";color:var(--ink);background:var(--bg)}
*{box-sizing:border-box}body{margin:0;padding:16px 20px 32px;line-height:1.5;font-size:14px}
h1{font-size:22px;margin:0 0 2px}h2{font-size:14px;margin:0}.meta{color:var(--muted);margin:0 0 12px}
.summary{display:flex;flex-wrap:wrap;gap:12px;margin:0 0 16px}
.stat{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:8px 12px;min-width:180px}
.stat dt{color:var(--muted);font-size:12px}.stat dd{margin:0;font-size:16px;font-weight:600}
.meter{position:relative;height:8px;border-radius:4px;background:#eaeef2;margin-top:6px;overflow:hidden}
.meter>.fill{position:absolute;left:0;top:0;bottom:0;background:var(--ok)}.meter.full>.fill{background:#d97706}.meter.over>.fill{background:#cf222e}
.meter>.cap{position:absolute;top:0;bottom:0;width:2px;background:var(--ink)}
.layout{display:flex;gap:20px;align-items:flex-start}.week{flex:1;min-width:0;overflow-x:auto}
.grid{display:grid;grid-template-columns:repeat(var(--days),minmax(136px,1fr));gap:10px}
.day{background:#eef1f4;border-radius:8px;padding:8px;min-height:120px}
.day.rest{background:repeating-linear-gradient(45deg,#eef1f4,#eef1f4 8px,#e6e9ed 8px,#e6e9ed 16px)}
.day>header{margin-bottom:6px}.day .date{color:var(--muted);font-weight:400}
.flag{display:inline-block;font-size:11px;border-radius:4px;padding:0 4px;margin:2px 4px 0 0;background:#e6e9ed;color:var(--muted)}
.flag.quiet{background:#e8f0fe;color:#1d4ed8}
.density{font-size:11px;color:var(--muted)}
.card{background:var(--card);border:1px solid var(--line);border-left:4px solid var(--line);border-radius:6px;padding:8px;margin-top:8px}
.card.marketing{border-left-color:var(--mkt);background:var(--mkt-bg)}
.card>header{display:flex;flex-wrap:wrap;gap:6px;align-items:baseline}
.card time{font-weight:700;font-variant-numeric:tabular-nums}
.kind{font-size:12px;color:var(--muted)}.badge{font-size:11px;color:#fff;background:var(--mkt);border-radius:4px;padding:0 5px}
.series{font-size:11px;color:var(--wx)}
.subject{margin:2px 0;font-size:12px;color:var(--muted);overflow-wrap:anywhere}
.text{margin:4px 0;white-space:pre-wrap;overflow-wrap:anywhere}
.sales{font-size:11px;color:var(--muted)}.sales code{overflow-wrap:anywhere;word-break:break-all}
details{margin-top:4px;font-size:12px}summary{cursor:pointer;color:var(--wx)}
details ol{margin:4px 0;padding-left:18px}.chat{white-space:pre-wrap;margin:4px 0;overflow-wrap:anywhere}.stage{color:var(--muted)}
.phone{flex:0 0 375px;width:375px;background:#fff;border:10px solid #111;border-radius:36px;overflow:hidden}
.phone>h2{background:#ededed;text-align:center;padding:10px 0;font-weight:600}
.feed{max-height:900px;overflow-y:auto}
.moment{display:flex;gap:10px;padding:12px;border-bottom:1px solid #eee}
.avatar{flex:0 0 40px;height:40px;border-radius:4px;background:#8aa1c1;color:#fff;font-size:20px;display:flex;align-items:center;justify-content:center}
.mbody{flex:1;min-width:0;position:relative}.name{color:var(--wx);font-weight:600;font-size:15px}
.mtext{font-size:15px;margin:2px 0;white-space:pre-wrap;overflow-wrap:anywhere}
.fold-toggle{position:absolute;opacity:0;pointer-events:none}
.fold-toggle:not(:checked)+.mtext{display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:${FOLD_LINES};overflow:hidden}
.fold{color:var(--wx);font-size:15px;cursor:pointer}.fold .less{display:none}
.fold-toggle:checked~.fold .more{display:none}.fold-toggle:checked~.fold .less{display:inline}
.photos{display:grid;grid-template-columns:repeat(3,80px);gap:4px;margin-top:6px}
.photos.n1{grid-template-columns:180px}.photos.n1 .photo{height:180px}.photos.n4{grid-template-columns:repeat(2,80px)}
.photo{margin:0;height:80px;background:#d9dde3;display:flex;align-items:flex-end;overflow:hidden}
.photo figcaption{font-size:10px;line-height:1.3;color:#3b4048;padding:3px;overflow:hidden;max-height:100%;overflow-wrap:anywhere}
.mtime{color:#b2b2b2;font-size:12px;margin-top:6px}
.warnings{margin-top:16px;color:var(--muted)}footer{margin-top:16px;color:var(--muted);font-size:12px}
table{border-collapse:collapse;background:var(--card);width:100%}th,td{border:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
th{background:#eef1f4;font-weight:600}td.num{text-align:right;font-variant-numeric:tabular-nums}tfoot td{font-weight:600}
/* Seven day columns of 136 px and the 375 px phone side by side need about 1,480 px; on a narrower screen (a
   1366 px laptop) the phone goes below the week, which otherwise scrolled sideways with Sunday out of sight. */
@media (max-width:1480px){.layout{flex-direction:column}.week{width:100%}.phone{align-self:center}}
`;

function page(lang: Lang, title: string, body: string): string {
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/** A bar filled to value/max with the ceiling marked: amber when the ceiling is reached, red above it. */
function meter(value: number, max: number, scale = max): string {
  const width = scale > 0 ? Math.min(1, value / scale) : value > 0 ? 1 : 0;
  const cap = scale > 0 ? Math.min(1, max / scale) : 0;
  const level = value > max + 1e-9 ? ' over' : value > 0 && value >= max - 1e-9 ? ' full' : '';
  return `<div class="meter${level}" role="presentation"><span class="fill" style="width:${percent(width)}"></span><span class="cap" style="left:calc(${percent(cap)} - 2px)"></span></div>`;
}

function stat(label: string, value: string, bar: string): string {
  return `<div class="stat"><dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>${bar}</div>`;
}

function summary(plan: Plan, lang: Lang): string {
  const d = density(plan);
  const r = plan.rules;
  const of = (value: string, max: string): string => t(lang, msg('of-ceiling', { value, max }));
  return `<dl class="summary">
${stat(t(lang, msg('posts')), String(d.posts), '')}
${stat(t(lang, msg('marketing-posts')), String(d.marketing), '')}
${stat(t(lang, msg('marketing-share')), of(percent(d.share), percent(r.maxMarketingShare)), meter(d.share, r.maxMarketingShare, 1))}
${stat(t(lang, msg('salesiness-budget')), of(num(d.salesiness), num(r.weeklySalesinessBudget)), meter(d.salesiness, r.weeklySalesinessBudget))}
</dl>`;
}

function card(post: Post, plan: Plan, lang: Lang, options: FormatOptions): string {
  const about = subject(post, lang, options);
  const shots =
    post.images.length > 0
      ? `<details class="shots"><summary>${escapeHtml(t(lang, msg('shot-list')))} (${post.images.length})</summary><ol>${post.images.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ol></details>`
      : '';
  const chats =
    post.chats.length > 0
      ? `<details class="chats"><summary>${escapeHtml(t(lang, msg('chats')))} (${post.chats.length})</summary>${post.chats
          .map((c) => `<p class="chat" lang="${escapeHtml(plan.persona.locale)}"><span class="stage">${escapeHtml(stageName(lang, c.stage))}</span>\n${escapeHtml(c.text)}</p>`)
          .join('')}</details>`
      : '';
  return `<article class="card${post.marketing ? ' marketing' : ''}" data-post="${escapeHtml(post.id)}" data-kind="${escapeHtml(post.kind)}" data-marketing="${post.marketing}">
<header><time datetime="${escapeHtml(post.at)}">${escapeHtml(localTime(post))}</time><span class="kind">${escapeHtml(kindLabel(lang, post.kind))}</span>${post.marketing ? `<span class="badge">${escapeHtml(t(lang, msg('marketing')))}</span>` : ''}${post.series ? `<span class="series">${escapeHtml(post.series)}</span>` : ''}</header>
${about ? `<p class="subject">${escapeHtml(about)}</p>` : ''}
<p class="text" lang="${escapeHtml(plan.persona.locale)}">${escapeHtml(post.text)}</p>
<div class="sales">${escapeHtml(t(lang, msg('salesiness')))} ${escapeHtml(num(post.salesiness))} · ${escapeHtml(t(lang, msg('template')))} <code>${escapeHtml(post.template)}</code></div>
${shots}${chats}
</article>`;
}

function dayColumn(day: PlanDay, plan: Plan, lang: Lang, options: FormatOptions): string {
  const r = plan.rules;
  // A campaign day shows its own (temporary, still capped) per-day ceiling.
  const campaign = r.campaigns?.find((c) => c.from <= day.date && day.date <= c.to);
  const maxPerDay = campaign?.maxMarketingPerDay ?? r.maxMarketingPerDay;
  const flags = [
    day.rest ? `<span class="flag rest">${escapeHtml(t(lang, msg('rest-day')))}</span>` : '',
    day.quiet ? `<span class="flag quiet">${escapeHtml(t(lang, msg('quiet-day')))}</span>` : '',
    campaign ? `<span class="flag campaign">${escapeHtml(t(lang, msg('campaign-day', { name: campaign.name })))}</span>` : '',
  ].join('');
  const densityLine = t(lang, msg('day-density', { n: day.marketing, max: maxPerDay, s: num(day.salesiness) }));
  const cards = day.posts.length > 0 ? day.posts.map((p) => card(p, plan, lang, options)).join('\n') : `<p class="meta">${escapeHtml(t(lang, msg('no-posts')))}</p>`;
  return `<section class="day${day.rest ? ' rest' : ''}${day.quiet ? ' quiet' : ''}" data-date="${escapeHtml(day.date)}">
<header><h2>${escapeHtml(weekdayLabel(lang, day.weekday))} <span class="date">${escapeHtml(day.date.slice(5))}</span></h2>${flags}
<div class="density" data-marketing="${day.marketing}" data-max="${maxPerDay}">${escapeHtml(densityLine)}${meter(day.marketing, maxPerDay)}</div></header>
${cards}
</section>`;
}

/** The first character of the name, as WeChat shows an avatar without a photo. */
function initial(name: string): string {
  return Array.from(name.trim())[0] ?? '?';
}

function moment(post: Post, index: number, plan: Plan, lang: Lang): string {
  const locale = escapeHtml(plan.persona.locale);
  const fold = wouldFold(post.text);
  const toggle = `fold-${index}`;
  const shown = post.images.slice(0, 9);
  const photos =
    shown.length > 0
      ? `<div class="photos n${shown.length}">${shown
          .map((shot, i) => `<figure class="photo" title="${escapeHtml(t(lang, msg('photo', { n: i + 1 })))}"><figcaption lang="${locale}">${escapeHtml(shot)}</figcaption></figure>`)
          .join('')}</div>`
      : '';
  // Folding without script: a visually hidden checkbox toggled by its label, as 全文 / 收起 do in WeChat.
  const text = fold
    ? `<input type="checkbox" class="fold-toggle" id="${toggle}"><p class="mtext" lang="${locale}">${escapeHtml(post.text)}</p><label class="fold" for="${toggle}"><span class="more">${escapeHtml(t(lang, msg('full-text')))}</span><span class="less">${escapeHtml(t(lang, msg('collapse')))}</span></label>`
    : `<p class="mtext" lang="${locale}">${escapeHtml(post.text)}</p>`;
  const when = `${weekdayLabel(lang, weekdayOf(localDate(post)))} ${localTime(post)}`;
  return `<article class="moment" data-moment="${escapeHtml(post.id)}"${fold ? ' data-folded="true"' : ''}>
<div class="avatar" aria-hidden="true">${escapeHtml(initial(plan.persona.name))}</div>
<div class="mbody"><div class="name">${escapeHtml(plan.persona.name)}</div>${text}${photos}<div class="mtime">${escapeHtml(when)}</div></div>
</article>`;
}

export const html: PlanFormatter = (plan, options) => {
  const { lang } = options;
  const p = plan.persona;
  const r = plan.rules;
  const days = planDays(plan);
  const title = t(lang, msg('page-title', { name: p.name, from: plan.range.from, to: plan.range.to }));
  const meta = [p.id, p.locale, p.timezone, ...(p.team ? [`${t(lang, msg('team'))} ${p.team}`] : []), `${plan.range.from} – ${plan.range.to}`];
  const warnings =
    plan.warnings.length > 0
      ? `<section class="warnings"><h2>${escapeHtml(t(lang, msg('warnings')))}</h2><ul>${plan.warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join('')}</ul></section>`
      : '';
  const rules = t(lang, msg('rules', {
    windows: r.windows.join(', '),
    min: r.postsPerDay.min,
    max: r.postsPerDay.max,
    perDay: r.maxMarketingPerDay,
    hours: num(r.minHoursBetweenMarketing),
    seed: plan.seed,
  }));
  const body = `<header>
<h1 class="persona-name">${escapeHtml(p.name)}</h1>
<p class="meta">${meta.map(escapeHtml).join(' · ')}</p>
${summary(plan, lang)}
</header>
<main class="layout">
<section class="week" aria-label="${escapeHtml(t(lang, msg('week')))}">
<div class="grid" style="--days:${days.length}">
${days.map((d) => dayColumn(d, plan, lang, options)).join('\n')}
</div>
${warnings}
</section>
<aside class="phone" aria-label="${escapeHtml(t(lang, msg('preview')))}"><h2>${escapeHtml(t(lang, msg('preview')))}</h2>
<div class="feed">
${sortedPosts(plan).map((post, i) => moment(post, i, plan, lang)).join('\n')}
</div>
</aside>
</main>
<footer>${escapeHtml(rules)} · ${escapeHtml(t(lang, msg('generated-by')))}</footer>`;
  return page(lang, title, body);
};

export const htmlIndex: IndexFormatter = (plans, label, options) => {
  const { lang } = options;
  const sorted = [...plans].sort((a, b) => byCodePoint(a.persona.id, b.persona.id));
  const head = [msg('persona'), msg('team'), msg('timezone'), msg('posts'), msg('marketing-posts'), msg('marketing-share'), msg('salesiness-budget')]
    .map((m) => `<th>${escapeHtml(t(lang, m))}</th>`)
    .join('');
  const rows = sorted.map((plan) => {
    const d = density(plan);
    const r = plan.rules;
    const href = `${encodeURIComponent(plan.persona.id)}.html`;
    return `<tr data-persona="${escapeHtml(plan.persona.id)}"><td><a href="${escapeHtml(href)}">${escapeHtml(plan.persona.name)}</a> <span class="meta">${escapeHtml(plan.persona.id)}</span></td><td>${escapeHtml(plan.persona.team ?? '')}</td><td>${escapeHtml(plan.persona.timezone)}</td><td class="num">${d.posts}</td><td class="num">${d.marketing}</td><td class="num">${escapeHtml(percent(d.share))} / ${escapeHtml(percent(r.maxMarketingShare))}${meter(d.share, r.maxMarketingShare, 1)}</td><td class="num">${escapeHtml(num(d.salesiness))} / ${escapeHtml(num(r.weeklySalesinessBudget))}${meter(d.salesiness, r.weeklySalesinessBudget)}</td></tr>`;
  });
  const posts = sorted.reduce((n, p) => n + p.posts.length, 0);
  const marketing = sorted.reduce((n, p) => n + p.posts.filter((x) => x.marketing).length, 0);
  const salesiness = sorted.reduce((n, p) => n + density(p).salesiness, 0);
  const total = `<tr><td colspan="3">${escapeHtml(t(lang, msg('total', { n: sorted.length })))}</td><td class="num">${posts}</td><td class="num">${marketing}</td><td class="num">${escapeHtml(percent(posts === 0 ? 0 : marketing / posts))}</td><td class="num">${escapeHtml(num(salesiness))}</td></tr>`;
  const title = t(lang, msg('index-title', { label }));
  const body = `<h1>${escapeHtml(title)}</h1>
<table>
<thead><tr>${head}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
<tfoot>${total}</tfoot>
</table>
<footer>${escapeHtml(t(lang, msg('generated-by')))}</footer>`;
  return page(lang, title, body);
};
