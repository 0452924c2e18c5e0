// Drive the CLI in-process, the way a user would from a shell, and capture what it prints.
import { run } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(argv: string[], io: Partial<Io> = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    env: { NO_COLOR: '1' },
    lang: 'en',
    color: false,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdinIsTTY: false,
    now: new Date('2026-11-25T10:00:00+08:00'),
    readStdin: async () => '',
    ...io,
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
  });
  return { code, stdout, stderr };
}
