// The warning for planned dates beyond the holiday data, phrased so a content lead knows what to add.
import type { Text } from '../i18n/text.js';
import type { Calendar } from './calendar.js';
import { parseYmd } from './dates.js';
import { msg } from './messages.js';

/** Runs of consecutive years, e.g. [2004..2026] → "2004–2026". */
function yearSpans(years: readonly number[]): string {
  const spans: string[] = [];
  let start: number | undefined;
  years.forEach((y, i) => {
    start ??= y;
    if (years[i + 1] !== y + 1) {
      spans.push(start === y ? String(y) : `${start}–${y}`);
      start = undefined;
    }
  });
  return spans.join(', ');
}

/** A warning naming the uncovered dates among `dates` (zh-CN personas), or null when all are covered. */
export function coverageWarning(calendar: Calendar, dates: readonly string[]): Text | null {
  const uncovered = [...new Set(dates)].filter((d) => !calendar.dayInfo(d, 'zh-CN').covered).sort();
  const first = uncovered[0];
  const last = uncovered[uncovered.length - 1];
  if (first === undefined || last === undefined) return null;
  const years = [...new Set(uncovered.map((d) => parseYmd(d).year))];
  const known = calendar.packageYears();
  return msg('uncovered', {
    dates: first === last ? first : `${first} – ${last}`,
    years: years.join(', '),
    known: known.length > 0 ? yearSpans(known) : msg('years-none'),
    example: `${years[0]}-01-01`,
  });
}
