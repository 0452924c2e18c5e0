// The spreadsheet view: one row per post, UTF-8 with BOM (Excel and WPS otherwise guess GBK), RFC 4180.
import { stringify } from 'csv-stringify/sync';
import type { PlanFormatter } from './types.js';
import { localDate, localTime, num, sortedPosts } from './view.js';

/** The header is a contract for spreadsheets and scripts: ids, not translated labels. */
export const CSV_COLUMNS = ['date', 'time', 'kind', 'topic', 'product', 'marketing', 'salesiness', 'template', 'text', 'images'] as const;

// A spreadsheet runs a cell that starts with one of these as a formula (CSV injection, OWASP);
// a leading apostrophe makes it text and is not shown by Excel, WPS or LibreOffice.
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralise(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export const csv: PlanFormatter = (plan) => {
  const rows = sortedPosts(plan).map((post) =>
    [
      localDate(post),
      localTime(post),
      post.kind,
      post.topic ?? '',
      post.product ?? '',
      post.marketing ? 'true' : 'false',
      num(post.salesiness),
      post.template,
      post.text,
      post.images.join('\n'),
    ].map(neutralise),
  );
  return stringify([[...CSV_COLUMNS], ...rows], { bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ });
};
