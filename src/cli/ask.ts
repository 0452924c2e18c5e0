// Questions on the terminal (`persona new`, `persona plan --interactive`) through @inquirer/prompts, loaded only
// when a command asks, with inquirer's own hints in the UI language. Tests pass their own streams.
import { Writable } from 'node:stream';
import type { Lang } from '../i18n/text.js';

/** Where prompts read keys and draw; absent means the process's own terminal. */
export interface PromptStreams {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

export interface Choice<V> {
  name: string;
  value: V;
  description?: string;
  checked?: boolean;
}

export interface Ask {
  text(q: { message: string; default?: string; editable?: boolean; validate?: (value: string) => true | string }): Promise<string>;
  choose<V>(q: { message: string; choices: readonly Choice<V>[]; default?: V; pageSize?: number }): Promise<V>;
  chooseMany<V>(q: { message: string; choices: readonly Choice<V>[]; validate?: (values: readonly V[]) => true | string; pageSize?: number }): Promise<V[]>;
  confirm(q: { message: string; default?: boolean }): Promise<boolean>;
}

const KEY_WORDS: Record<string, string> = { navigate: '移动', select: '选择', submit: '确认', all: '全选', invert: '反选' };

/** True when the user pressed Ctrl-C (or the terminal closed) during a question. */
export function isPromptExit(err: unknown): boolean {
  const name = (err as Error | undefined)?.name;
  return name === 'ExitPromptError' || name === 'AbortPromptError' || name === 'CancelPromptError';
}

/**
 * inquirer ends the output stream it was given after each question; a terminal survives that, a test's
 * buffer would not, so each question gets its own pass-through into the shared stream.
 */
function passThrough(target: NodeJS.WritableStream): Writable {
  return new Writable({
    write(chunk, _encoding, callback) {
      target.write(chunk);
      callback();
    },
  });
}

export async function createAsk(lang: Lang, streams?: PromptStreams): Promise<Ask> {
  const p = await import('@inquirer/prompts');
  const context = () => (streams ? { input: streams.input, output: passThrough(streams.output) } : {});
  const zh = lang === 'zh-CN';
  const keysHelpTip = (keys: [string, string][]) => keys.map(([key, action]) => `${key} ${zh ? (KEY_WORDS[action] ?? action) : action}`).join(' • ');
  const theme = { style: { keysHelpTip } };
  return {
    text: (q) =>
      p.input(
        {
          message: q.message,
          ...(q.default !== undefined ? { default: q.default } : {}),
          ...(q.editable ? { prefill: 'editable' as const } : {}),
          ...(q.validate ? { validate: q.validate } : {}),
        },
        context(),
      ),
    choose: <V>(q: { message: string; choices: readonly Choice<V>[]; default?: V; pageSize?: number }) =>
      p.select<V>({ message: q.message, choices: q.choices.map((c) => ({ ...c })), ...(q.default !== undefined ? { default: q.default } : {}), pageSize: q.pageSize ?? 10, theme }, context()),
    chooseMany: <V>(q: { message: string; choices: readonly Choice<V>[]; validate?: (values: readonly V[]) => true | string; pageSize?: number }) =>
      p.checkbox<V>(
        {
          message: q.message,
          choices: q.choices.map((c) => ({ ...c })),
          pageSize: q.pageSize ?? 12,
          ...(q.validate ? { validate: (items: readonly { value: V }[]) => q.validate!(items.map((i) => i.value)) } : {}),
          theme,
        },
        context(),
      ),
    confirm: (q) =>
      p.confirm(
        { message: q.message, default: q.default ?? true, ...(zh ? { transformer: (yes: boolean) => (yes ? '是' : '否') } : {}) },
        context(),
      ),
  };
}
