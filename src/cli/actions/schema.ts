// `persona schema persona|config|plan`: the JSON Schemas generated from the one zod source of truth.
import { z } from 'zod';
import { PersonaError } from '../../model/errors.js';
import { personaSchema } from '../../model/persona.js';
import { planSchema } from '../../model/plan-schema.js';
import { policySchema } from '../../model/policy.js';
import { EXIT, type Io } from '../io.js';
import { msg } from '../messages.js';
import { verbatim } from '../../i18n/text.js';

export const SCHEMAS = {
  persona: () => z.toJSONSchema(personaSchema, { io: 'input', unrepresentable: 'any' }),
  config: () => z.toJSONSchema(policySchema, { io: 'input', unrepresentable: 'any' }),
  plan: () => z.toJSONSchema(planSchema, { io: 'output', unrepresentable: 'any' }),
} as const;

export function schemaJson(what: keyof typeof SCHEMAS): string {
  const titles = { persona: 'persona profile', config: 'persona.config.yaml', plan: 'persona plan, version 1' };
  return `${JSON.stringify({ title: titles[what], ...SCHEMAS[what]() }, null, 2)}\n`;
}

export async function runSchema(options: { what: string }, io: Io): Promise<number> {
  if (!(options.what in SCHEMAS)) {
    throw new PersonaError({ code: 'usage', message: msg('unknown-schema', { what: options.what }), expected: verbatim(Object.keys(SCHEMAS).join(', ')), hint: msg('unknown-schema-hint') });
  }
  io.stdout(schemaJson(options.what as keyof typeof SCHEMAS));
  return EXIT.ok;
}
