// Registry of plan views. Each is loaded only when asked for, so the ICS/HTML writers never slow start-up.
import type { IndexFormatter, PlanFormatter } from './types.js';

export const FORMATS = {
  md: { extension: 'md', load: async (): Promise<PlanFormatter> => (await import('./markdown.js')).markdown },
  json: { extension: 'json', load: async (): Promise<PlanFormatter> => (await import('./json.js')).json },
  ics: { extension: 'ics', load: async (): Promise<PlanFormatter> => (await import('./ics.js')).ics },
  csv: { extension: 'csv', load: async (): Promise<PlanFormatter> => (await import('./csv.js')).csv },
  html: { extension: 'html', load: async (): Promise<PlanFormatter> => (await import('./html.js')).html },
} as const;

export type FormatName = keyof typeof FORMATS;
export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];

/** Index pages written once per label when several personas are planned. */
export const INDEX_FORMATS = {
  html: { file: 'index.html', load: async (): Promise<IndexFormatter> => (await import('./html.js')).htmlIndex },
} as const;
