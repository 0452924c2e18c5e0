// The ICS view parsed back with ical.js: every post an event at its instant, with its alarm, text and shot list.
import ICAL from 'ical.js';
import { describe, expect, it, vi } from 'vitest';
import { eventUid, ics } from '../../src/formats/ics.js';
import { icsEvents, nextSequences } from '../../src/formats/ics-sequence.js';
import { headline } from '../../src/formats/view.js';
import type { Plan } from '../../src/model/plan.js';
import { FIXTURES, deepFreeze, loadFixture } from './fixtures.js';

function parse(text: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(text));
}

/** ICS escapes CR LF and lone CR as \n (RFC 5545 §3.3.11), so that is what comes back. */
function unCr(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

describe('ics view', () => {
  for (const fixture of FIXTURES) {
    describe(fixture.name, () => {
      const plan = deepFreeze(loadFixture(fixture.name));
      const text = ics(plan, { lang: fixture.lang });
      const calendar = parse(text);
      const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

      it('has one event per post, at the post instant, with its alarm', () => {
        expect(events).toHaveLength(plan.posts.length);
        for (const post of plan.posts) {
          const event = events.find((e) => e.uid === eventUid(plan, post));
          expect(event, post.id).toBeDefined();
          expect(event!.startDate.toJSDate().getTime()).toBe(Date.parse(post.at));
          expect(event!.endDate.toJSDate().getTime()).toBeGreaterThan(Date.parse(post.at));
          // The title a phone's calendar list shows: kind and subject, then how the post begins, clipped.
          const [head, opening] = [event!.summary.slice(0, headline(fixture.lang, post).length), event!.summary.slice(headline(fixture.lang, post).length + 3)];
          expect(head).toBe(headline(fixture.lang, post));
          const firstLine = post.text.split('\n').find((l) => l.trim())!.trim();
          expect(opening.endsWith('…') ? firstLine.startsWith(opening.slice(0, -1)) : opening === firstLine, `${post.id}: ${opening}`).toBe(true);
          expect(opening.length).toBeLessThanOrEqual(30);
          expect(event!.description).toContain(unCr(post.text));
          for (const shot of post.images) expect(event!.description).toContain(unCr(shot));
          const alarms = event!.component.getAllSubcomponents('valarm');
          expect(alarms).toHaveLength(1);
          expect(alarms[0]!.getFirstPropertyValue('action')).toBe('DISPLAY');
          const trigger = alarms[0]!.getFirstPropertyValue('trigger') as ICAL.Duration;
          expect(trigger.toSeconds()).toBe(0);
          expect(alarms[0]!.getFirstPropertyValue('description')).toContain(event!.summary);
          expect(event!.component.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
        }
      });

      it('names the calendar after the persona and the range', () => {
        const name = String(calendar.getFirstPropertyValue('x-wr-calname'));
        expect(name).toContain(plan.persona.name);
        expect(name).toContain(plan.range.from);
        expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
      });

      it('ends every line with CRLF and folds at 75 octets without splitting a UTF-8 character', () => {
        const bytes = Buffer.from(text, 'utf8');
        expect(bytes.subarray(-2).toString('latin1')).toBe('\r\n');
        expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
        const decoder = new TextDecoder('utf-8', { fatal: true });
        let start = 0;
        for (let i = bytes.indexOf('\r\n', 0, 'latin1'); i !== -1; i = bytes.indexOf('\r\n', start, 'latin1')) {
          const line = bytes.subarray(start, i);
          expect(line.length).toBeLessThanOrEqual(75);
          expect(() => decoder.decode(line)).not.toThrow();
          start = i + 2;
        }
      });

      it('writes instants in UTC, so no client reads them in the wrong zone', () => {
        const starts = text.split('\r\n').filter((l) => l.startsWith('DTSTART'));
        expect(starts).toHaveLength(plan.posts.length);
        for (const line of starts) expect(line).toMatch(/^DTSTART:\d{8}T\d{6}Z$/);
      });
    });
  }

  it('places posts on both sides of the end of DST at their own offsets', () => {
    const text = ics(loadFixture('en-los-angeles-dst'), { lang: 'en' });
    // 18:45 PDT (UTC-7) on Halloween and 07:30 PST (UTC-8) the morning after the clocks went back.
    expect(text).toContain('DTSTART:20261101T014500Z');
    expect(text).toContain('DTSTART:20261101T153000Z');
  });

  it('is byte-identical whatever the clock says', () => {
    const plan = loadFixture('zh-shanghai');
    vi.useFakeTimers();
    try {
      vi.setSystemTime(new Date('2026-01-01T00:00:00Z'));
      const first = ics(plan, { lang: 'zh-CN' });
      vi.setSystemTime(new Date('2031-07-15T12:34:56Z'));
      expect(ics(plan, { lang: 'zh-CN' })).toBe(first);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps the UIDs of unchanged posts when the week is re-planned', () => {
    const before = loadFixture('zh-shanghai');
    // Re-planned: Thursday's post swapped for another template, Sunday's post dropped.
    const after: Plan = {
      ...before,
      seed: 'reroll',
      posts: before.posts
        .filter((p) => !p.id.endsWith('20261108-1'))
        .map((p) => (p.id.endsWith('20261105-1') ? { ...p, template: 'zh-CN/interaction/other', text: '换个问题：你们喝茶加糖吗？' } : p)),
    };
    const uids = (plan: Plan): Map<string, string> =>
      new Map(parse(ics(plan, { lang: 'zh-CN' })).getAllSubcomponents('vevent').map((v) => [String(v.getFirstPropertyValue('uid')), String(v.getFirstPropertyValue('description'))]));
    const old = uids(before);
    const now = uids(after);
    for (const post of after.posts) expect(old.has(eventUid(after, post)), post.id).toBe(true);
    // The swapped post keeps its slot's UID, so the phone updates that event in place.
    expect(now.get('lin-xiaoman-20261105-1@persona')).toContain('换个问题');
    expect(new Set([...now.keys()]).size).toBe(after.posts.length);
  });

  it('labels follow the UI language', () => {
    const plan = loadFixture('zh-shanghai');
    expect(ics(plan, { lang: 'zh-CN' })).toContain('SUMMARY:产品 · 福鼎白茶·寿眉饼');
    expect(ics(plan, { lang: 'en' })).toContain('SUMMARY:Product · 福鼎白茶·寿眉饼');
  });
});

describe('SEQUENCE when a calendar file is written again', () => {
  const plan = loadFixture('zh-shanghai');
  const first = ics(plan, { lang: 'zh-CN' });
  const [a, b] = plan.posts;

  it('keeps every number when nothing changed (a re-plan to the same posts)', () => {
    expect(nextSequences(first, ics(plan, { lang: 'zh-CN' }))).toEqual({});
  });

  it('raises only the events whose text or time changed, from the number they had', () => {
    const edited = { ...plan, posts: plan.posts.map((p) => (p === a ? { ...p, text: `${p.text}\n改了一句` } : p)) };
    const once = nextSequences(first, ics(edited, { lang: 'zh-CN' }));
    expect(once).toEqual({ [eventUid(plan, a!)]: 1 });
    const second = ics(edited, { lang: 'zh-CN', sequences: once });
    expect(icsEvents(second).get(eventUid(plan, a!))!.sequence).toBe(1);
    const moved = { ...edited, posts: edited.posts.map((p) => (p.id === b!.id ? { ...p, at: p.at.replace(/T\d\d:/, 'T06:') } : p)) };
    expect(nextSequences(second, ics(moved, { lang: 'zh-CN', sequences: once }))).toEqual({ [eventUid(plan, a!)]: 1, [eventUid(plan, b!)]: 1 });
  });
});
