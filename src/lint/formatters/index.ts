// Registry of lint output formats; the name type is derived from the registry (textlint's pattern).
import { github } from './github.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { LintFormatter } from './types.js';

export const LINT_FORMATTERS = { stylish, json, sarif, github } as const satisfies Record<string, LintFormatter>;
export type LintFormatName = keyof typeof LINT_FORMATTERS;
export const LINT_FORMAT_NAMES = Object.keys(LINT_FORMATTERS) as LintFormatName[];
