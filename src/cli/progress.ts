// A progress bar for long runs (`persona plan --all`), drawn on standard error and only on a terminal:
// piped or redirected output, CI logs and --quiet runs never see a carriage return.
import type { Io } from './io.js';

export interface Progress {
  /** One more item done (or `count` more); `label` names what was just finished (a persona id). */
  tick(label?: string, count?: number): void;
  /** Erase the bar so the next line starts clean. */
  done(): void;
}

const SILENT: Progress = { tick: () => {}, done: () => {} };
/** Redraw at most this often: thousands of personas must not mean thousands of terminal writes. */
const FRAME_MS = 80;

export interface ProgressOptions {
  total: number;
  /** Text before the bar, e.g. "planning". */
  title: string;
  quiet?: boolean;
  /** Terminal width; the bar and label shrink to fit. */
  columns?: number;
  clock?: () => number;
}

export function progressBar(io: Pick<Io, 'stderr' | 'stderrIsTTY'>, options: ProgressOptions): Progress {
  if (!io.stderrIsTTY || options.quiet || options.total < 2) return SILENT;
  const clock = options.clock ?? (() => Date.now());
  const columns = Math.max(40, options.columns ?? 80);
  const total = options.total;
  const state = { done: 0, drawnAt: -Infinity, drawn: false };

  const draw = (label: string) => {
    const width = Math.max(10, Math.min(30, columns - 40));
    const filled = Math.round((state.done / total) * width);
    const count = `${state.done}/${total}`;
    const room = Math.max(0, columns - width - count.length - options.title.length - 8);
    const name = label.length > room ? `${label.slice(0, Math.max(0, room - 1))}…` : label;
    io.stderr(`\r\x1b[2K${options.title} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${count} ${name}`);
    state.drawn = true;
  };

  return {
    tick(label = '', count = 1) {
      state.done = Math.min(total, state.done + count);
      const now = clock();
      if (now - state.drawnAt < FRAME_MS && state.done < total) return;
      state.drawnAt = now;
      draw(label);
    },
    done() {
      if (state.drawn) io.stderr('\r\x1b[2K');
    },
  };
}
