// The spreadsheet view: one row per post, UTF-8 with BOM (Excel and WPS otherwise guess GBK), RFC 4180.
import { stringify } from 'csv-stringify/sync';
import type { PlanFormatter } from './types.js';
import { campaignOf, localDate, localTime, num, sortedPosts } from './view.js';

/** The header is a contract for spreadsheets and scripts: ids, not translated labels. */
export const CSV_COLUMNS = ['date', 'time', 'kind', 'topic', 'product', 'marketing', 'salesiness', 'template', 'text', 'images'] as const;

// A spreadsheet runs a cell that starts with one of these as a formula (CSV injection, OWASP);
// a leading apostrophe makes it text and is not shown by Excel, WPS or LibreOffice.
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralise(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export const csv: PlanFormatter = (plan) => {
  // A campaign week adds one last column naming the campaign, so the allowance shows where it applies.
  const campaign = (plan.rules.campaigns?.length ?? 0) > 0;
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
      ...(campaign ? [campaignOf(plan, post) ?? ''] : []),
    ].map(neutralise),
  );
  const header = campaign ? [...CSV_COLUMNS, 'campaign'] : [...CSV_COLUMNS];
  return stringify([header, ...rows], { bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ });
};
