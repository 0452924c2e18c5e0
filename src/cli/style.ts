// Colour for the shell's own output: chalk at the level main.ts decided (NO_COLOR, FORCE_COLOR, TTY), because
// chalk 5 would otherwise read the environment itself and ignore NO_COLOR.
import { Chalk, type ChalkInstance } from 'chalk';
import type { Io } from './io.js';

export interface Style {
  paint: ChalkInstance;
  /** A step that worked: "✔ wrote personas/xiao-mei.yaml". */
  ok(text: string): string;
  warn(text: string): string;
  error(text: string): string;
  /** Secondary information: paths, ids, hints. */
  dim(text: string): string;
  /** A command the user can type. */
  command(text: string): string;
  heading(text: string): string;
}

export function style(io: Pick<Io, 'color'>): Style {
  const paint = new Chalk({ level: io.color ? 1 : 0 });
  return {
    paint,
    ok: (text) => `${paint.green('✔')} ${text}`,
    warn: (text) => paint.yellow(text),
    error: (text) => paint.red(text),
    dim: (text) => paint.dim(text),
    command: (text) => paint.cyan(text),
    heading: (text) => paint.bold(text),
  };
}
