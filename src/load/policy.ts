// Parse persona.config.yaml into a Policy; no file at all means the defaults.
import type { Result } from '../model/errors.js';
import { policySchema, type Policy } from '../model/policy.js';
import { msg } from './messages.js';
import { parseYaml, schemaProblems } from './yaml-source.js';
import { CONFIG_FILE } from './files.js';

export { CONFIG_FILE };

export function defaultPolicy(): Policy {
  return policySchema.parse({});
}

export function parsePolicy(text: string, file: string): Result<Policy> {
  const parsed = parseYaml(text, file);
  if (!parsed.ok) return parsed;
  const data = parsed.data ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, problems: [{ code: 'config', file, line: 1, message: msg('config-not-mapping', { file: CONFIG_FILE }), hint: msg('run-init') }] };
  }
  const result = policySchema.safeParse(data);
  if (!result.success) return { ok: false, problems: schemaProblems(parsed.src, policySchema, result.error.issues) };
  return { ok: true, value: result.data, warnings: [] };
}
