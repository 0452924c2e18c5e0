// An Io for calling a command's action directly (the interactive ones take a pretend terminal besides).
import type { Io } from '../../src/cli/io.js';

export interface Captured {
  io: Io;
  out: () => string;
  err: () => string;
}

export function captureIo(overrides: Partial<Io> = {}): Captured {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    cwd: process.cwd(),
    env: { NO_COLOR: '1' },
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    readStdin: async () => '',
    stdinIsTTY: false,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    now: new Date('2026-11-25T10:00:00+08:00'),
    color: false,
    debug: false,
    lang: 'en',
    ...overrides,
  };
  return { io, out: () => stdout, err: () => stderr };
}
