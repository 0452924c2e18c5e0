// A pretend terminal for driving @inquirer/prompts in tests: keys go in as the bytes a terminal sends,
// the screen comes out as text, and a test waits for a question before it answers — like a person would.
import { PassThrough, Writable } from 'node:stream';
import type { PromptStreams } from '../../src/cli/ask.js';

const KEYS = {
  enter: '\r',
  up: '\x1b[A',
  down: '\x1b[B',
  space: ' ',
  backspace: '\x7f',
  /** Ctrl-U: readline deletes everything left of the cursor. */
  clearLine: '\x15',
  /** Ctrl-E: end of line. */
  end: '\x05',
  ctrlC: '\x03',
} as const;

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;?]*[A-Za-z]|\x1b[78]/g;

export class FakeTerminal {
  readonly input = new PassThrough();
  /** The screen so far without escape codes (inquirer writes whole sequences, so chunks strip cleanly). */
  private plain = '';
  /** Where the next wait starts looking: just past what the previous wait found. */
  private seen = 0;
  private waiters: (() => void)[] = [];
  readonly output = new Writable({
    write: (chunk, _encoding, callback) => {
      this.plain += String(chunk).replace(ANSI, '');
      for (const wake of this.waiters.splice(0)) wake();
      callback();
    },
  });
  readonly streams: PromptStreams = { input: this.input, output: this.output };

  /** Everything drawn so far, escape codes removed. */
  screen(): string {
    return this.plain;
  }

  /** Resolves once `text` appears on the screen after what the previous wait found; fails with the screen after `ms`. */
  async waitFor(text: string | RegExp, ms = 5000): Promise<void> {
    const deadline = Date.now() + ms;
    for (;;) {
      const fresh = this.plain.slice(this.seen);
      const match = typeof text === 'string' ? { index: fresh.indexOf(text), length: text.length } : (() => {
        const m = text.exec(fresh);
        return { index: m ? m.index : -1, length: m ? m[0].length : 0 };
      })();
      if (match.index >= 0) {
        this.seen += match.index + match.length;
        return;
      }
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${String(text)}; screen since last wait:\n${fresh.slice(-2000)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 50));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  type(text: string): void {
    this.input.write(text);
  }

  press(...keys: (keyof typeof KEYS)[]): void {
    for (const key of keys) this.input.write(KEYS[key]);
  }

  /** Wait for a question, then type an answer and Enter. */
  async answer(question: string | RegExp, text: string): Promise<void> {
    await this.waitFor(question);
    this.type(text);
    this.press('enter');
  }
}
