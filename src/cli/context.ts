// What a command's registration gets from main: the io, global options and a way to set the exit code.
import type { Catalog, Lang } from '../i18n/text.js';
import type { Io } from './io.js';

export interface GlobalOptions {
  config?: string;
  debug?: boolean;
  lang?: string;
}

export interface CommandContext {
  io: Io;
  globals(): GlobalOptions;
  setExit(code: number): void;
}

/** Help texts of one command, both languages side by side; `h('description')` picks the UI language. */
export function helpTexts<C extends Catalog>(catalog: C, lang: Lang): (key: keyof C) => string {
  return (key) => catalog[key]![lang];
}

/** commander collects repeatable, comma-separated values such as `--format md,json`. */
export const collectList = (value: string, previous: string[] = []): string[] => [
  ...previous,
  ...value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
];
