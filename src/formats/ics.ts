// The phone-calendar view (RFC 5545): one event per post at its instant, with a reminder and the text to copy.
import ical, { ICalAlarmType, ICalEventTransparency } from 'ical-generator';
import { t } from '../i18n/translate.js';
import { clip } from '../i18n/width.js';
import type { Plan, Post } from '../model/plan.js';
import { msg } from './messages.js';
import type { FormatOptions, PlanFormatter } from './types.js';
import { campaignOf, headline, kindLabel, sortedPosts } from './view.js';

/** How much of a post's first line the event title carries: about 15 Chinese characters or 30 letters. */
const SUMMARY_OPENING_COLUMNS = 30;

/** How long an event blocks the calendar: posting takes a few minutes, not an hour. */
const EVENT_MINUTES = 15;

/**
 * Post ids are `<persona>-<YYYYMMDD>-<slot>`, so the UID stays put when a week is re-planned and a
 * calendar app updates the event instead of adding a second one (RFC 5545 §3.8.4.7).
 */
export function eventUid(plan: Plan, post: Post): string {
  const id = post.id.startsWith(`${plan.persona.id}-`) ? post.id : `${plan.persona.id}-${post.id}`;
  return `${id}@persona`;
}

function description(plan: Plan, post: Post, options: FormatOptions): string {
  const campaign = campaignOf(plan, post);
  const note = campaign ? `\n\n${t(options.lang, msg('campaign-day', { name: campaign }))}` : '';
  if (post.images.length === 0) return `${post.text}${note}`;
  const shots = post.images.map((shot, i) => `${i + 1}. ${shot}`).join('\n');
  return `${post.text}\n\n${t(options.lang, msg('shot-list-heading'))}\n${shots}${note}`;
}

export const ics: PlanFormatter = (plan, options) => {
  const { lang } = options;
  const name = t(lang, msg('calendar-name', { name: plan.persona.name, from: plan.range.from, to: plan.range.to }));
  const calendar = ical({ name, prodId: { company: 'persona', product: 'plan', language: 'EN' } });
  // DTSTAMP must not come from the clock (same plan → same bytes); the plan's first day is a stable stand-in.
  const stamp = new Date(`${plan.range.from}T00:00:00Z`);
  for (const post of sortedPosts(plan)) {
    // An instant, written in UTC: a plain Date with a TZID label would be read as local wall time.
    const start = new Date(post.at);
    // A phone's calendar list shows the summary alone: the kind, the topic or product, and how the post begins.
    const opening = post.text.split('\n').find((line) => line.trim() !== '')?.trim() ?? '';
    const summary = opening ? `${headline(lang, post, options)} · ${clip(opening, SUMMARY_OPENING_COLUMNS)}` : headline(lang, post, options);
    const uid = eventUid(plan, post);
    const event = calendar.createEvent({
      id: uid,
      sequence: options.sequences?.[uid] ?? 0,
      start,
      end: new Date(start.getTime() + EVENT_MINUTES * 60_000),
      stamp,
      summary,
      description: description(plan, post, options),
      categories: [{ name: kindLabel(lang, post.kind) }, ...(post.marketing ? [{ name: t(lang, msg('marketing')) }] : [])],
      // A reminder to post, not a meeting: it should not make the salesperson look busy.
      transparency: ICalEventTransparency.TRANSPARENT,
    });
    event.createAlarm({ type: ICalAlarmType.display, trigger: 0, description: t(lang, msg('alarm', { summary })) });
  }
  // ical-generator ends the last line without CRLF; RFC 5545 §3.1 terminates every content line.
  return `${calendar.toString()}\r\n`;
};
