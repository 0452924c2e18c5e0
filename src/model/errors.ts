// Structured, user-actionable errors: they stay data until the CLI renders them.
import type { Text } from '../i18n/text.js';

export type ErrorCode =
  | 'yaml-syntax'
  | 'schema'
  | 'unknown-key'
  | 'id-mismatch'
  | 'unsafe-id'
  | 'duplicate-id'
  | 'density-looser'
  | 'front-matter'
  | 'template-syntax'
  | 'template-render'
  | 'config'
  | 'no-personas'
  | 'no-templates'
  | 'not-found'
  | 'usage'
  | 'unsatisfiable'
  | 'overlapping-plan'
  | 'io'
  | 'encoding'
  | 'out-of-memory'
  // Findings of `persona validate` (exit 1): the input is usable, but the library cannot serve it fully.
  | 'no-template-for-topic'
  | 'no-template-for-product'
  | 'no-template-for-event'
  | 'salesy-field'
  | 'crowded-windows';

export interface Problem {
  code: ErrorCode;
  /** What went wrong, in one sentence. */
  message: Text;
  file?: string;
  line?: number;
  column?: number;
  /** Field path inside the file, e.g. `voice.emoji` or `products[1].id`. */
  path?: string;
  /** What was expected there. */
  expected?: Text;
  /** How to fix it. */
  hint?: Text;
}

/** Thrown only at the edge (loaders, CLI); the core returns `Problem`s as values. */
export class PersonaError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: Problem | readonly Problem[]) {
    const list = Array.isArray(problems) ? problems : [problems as Problem];
    super(list.map((p) => p.message.key).join('\n'));
    this.name = 'PersonaError';
    this.problems = list;
  }
}

export type Result<T> = { ok: true; value: T; warnings: Problem[] } | { ok: false; problems: Problem[] };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}
