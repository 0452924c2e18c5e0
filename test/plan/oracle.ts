// A second, deliberately naive reading of the density guarantees, used by the property tests next to verify():
// plain loops over the plan JSON, no shared helpers, so a bug would have to be made twice to slip through.
import type { Plan } from '../../src/model/plan.js';

const DAY = 86_400_000;

export function densityBreaches(plan: Plan, neighbours: readonly Plan[]): string[] {
  const r = plan.rules;
  const breaches: string[] = [];
  const posts = [...neighbours.flatMap((p) => p.posts), ...plan.posts];
  const dayOf = (at: string) => Date.parse(`${at.slice(0, 10)}T00:00:00Z`) / DAY;
  const from = Date.parse(`${plan.range.from}T00:00:00Z`) / DAY;
  const to = Date.parse(`${plan.range.to}T00:00:00Z`) / DAY;
  // Campaign days, as day numbers; a campaign loosens what touches it, nothing else.
  const campaigns = (r.campaigns ?? []).map((c) => ({ ...c, a: Date.parse(`${c.from}T00:00:00Z`) / DAY, b: Date.parse(`${c.to}T00:00:00Z`) / DAY }));
  const inCampaign = (d: number) => campaigns.find((c) => d >= c.a && d <= c.b);
  for (let start = from - 6; start <= to; start++) {
    const inside = posts.filter((p) => dayOf(p.at) >= start && dayOf(p.at) <= start + 6);
    let share = r.maxMarketingShare;
    let budget = r.weeklySalesinessBudget;
    for (const c of campaigns) {
      if (c.b >= start && c.a <= start + 6) {
        share = Math.max(share, c.maxMarketingShare);
        budget = Math.max(budget, c.weeklySalesinessBudget);
      }
    }
    const m = inside.filter((p) => p.marketing).length;
    if (m > share * inside.length + 1e-9) breaches.push(`share ${start}: ${m}/${inside.length}`);
    const s = inside.reduce((a, p) => a + p.salesiness, 0);
    if (s > budget + 1e-9) breaches.push(`budget ${start}: ${s}`);
  }
  const marketing = posts.filter((p) => p.marketing).map((p) => ({ t: Date.parse(p.at), d: dayOf(p.at) })).sort((a, b) => a.t - b.t);
  for (let i = 1; i < marketing.length; i++) {
    const a = marketing[i - 1]!;
    const b = marketing[i]!;
    const c = inCampaign(a.d);
    const gap = c && c === inCampaign(b.d) ? c.minHoursBetweenMarketing : r.minHoursBetweenMarketing;
    if (b.t - a.t < gap * 3_600_000) breaches.push(`gap at ${new Date(b.t).toISOString()}`);
  }
  for (let d = from; d <= to; d++) {
    const date = new Date(d * DAY).toISOString().slice(0, 10);
    const today = plan.posts.filter((p) => p.at.startsWith(date));
    const weekday = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'][new Date(d * DAY).getUTCDay()]!;
    if ((r.restDays as string[]).includes(weekday) && today.length) breaches.push(`rest day ${date}`);
    if (!(r.restDays as string[]).includes(weekday) && (today.length < r.postsPerDay.min || today.length > r.postsPerDay.max)) breaches.push(`count ${date}: ${today.length}`);
    if (today.filter((p) => p.marketing).length > (inCampaign(d)?.maxMarketingPerDay ?? r.maxMarketingPerDay)) breaches.push(`per day ${date}`);
    if (r.quietDays.includes(date) && today.some((p) => p.marketing)) breaches.push(`quiet ${date}`);
  }
  for (const p of plan.posts) {
    if ((p.kind === 'product' || p.kind === 'live' || p.salesiness >= r.marketingThreshold) && !p.marketing) breaches.push(`flag ${p.id}`);
    for (const q of posts) {
      if (q !== p && q.template === p.template && Math.abs(dayOf(q.at) - dayOf(p.at)) <= Math.max(p.cooldownDays, q.cooldownDays)) breaches.push(`cooldown ${p.id}`);
    }
  }
  return breaches;
}
