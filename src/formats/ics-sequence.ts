// Which version of a calendar event a re-written .ics holds: its SEQUENCE, read from the file it replaces. Apart
// from ics.ts so that deciding it never loads the calendar writer (ical-generator) on the way to a plan.

interface EventState {
  sequence: number;
  /** What a calendar app shows of the event: when, its title and its text. */
  shown: string;
}

/** The events of a calendar file by UID, read from its text (lines unfolded, RFC 5545 §3.1). */
export function icsEvents(text: string): Map<string, EventState> {
  const events = new Map<string, EventState>();
  let current: { uid?: string; sequence: number; fields: string[] } | null = null;
  for (const line of text.replace(/\r?\n[ \t]/g, '').split(/\r?\n/)) {
    if (line === 'BEGIN:VEVENT') current = { sequence: 0, fields: [] };
    else if (line === 'END:VEVENT' && current) {
      if (current.uid) events.set(current.uid, { sequence: current.sequence, shown: current.fields.join('\n') });
      current = null;
    } else if (current) {
      const [key] = line.split(/[:;]/, 1);
      if (key === 'UID') current.uid = line.slice(4);
      else if (key === 'SEQUENCE') current.sequence = Number(line.slice(9)) || 0;
      else if (key === 'DTSTART' || key === 'SUMMARY' || key === 'DESCRIPTION') current.fields.push(line);
    }
  }
  return events;
}

/**
 * SEQUENCE for the events of a calendar file that replaces `before`: an event whose time, title or text changed
 * goes one up, so a calendar that imported the week takes the new version (RFC 5545 §3.8.7.4); an unchanged one
 * keeps its number. Events new to the file start at 0 and are left out.
 */
export function nextSequences(before: string, after: string): Record<string, number> {
  const old = icsEvents(before);
  const out: Record<string, number> = {};
  for (const [uid, now] of icsEvents(after)) {
    const was = old.get(uid);
    if (!was) continue;
    const sequence = was.shown === now.shown ? was.sequence : was.sequence + 1;
    if (sequence > 0) out[uid] = sequence;
  }
  return out;
}
