// JSON Schemas generated from the zod schemas (the one source of truth), and where they ship in the package.
import { posix } from 'node:path';
import { z } from 'zod';
import { personaSchema } from './persona.js';
import { planSchema } from './plan-schema.js';
import { policySchema } from './policy.js';

/**
 * Draft-07 because that is what editors' YAML support (yaml-language-server) and most validators read best.
 * Inputs (persona, config) are described as written, with defaults optional; the plan as the tool writes it.
 */
export const JSON_SCHEMAS = {
  persona: { title: 'persona profile', file: 'schemas/persona.schema.json', build: () => z.toJSONSchema(personaSchema, { io: 'input', target: 'draft-7', unrepresentable: 'any' }) },
  config: { title: 'persona.config.yaml', file: 'schemas/config.schema.json', build: () => z.toJSONSchema(policySchema, { io: 'input', target: 'draft-7', unrepresentable: 'any' }) },
  plan: { title: 'persona plan, version 1', file: 'schemas/plan.v1.schema.json', build: () => z.toJSONSchema(planSchema, { io: 'output', target: 'draft-7', unrepresentable: 'any' }) },
} as const;

export type SchemaName = keyof typeof JSON_SCHEMAS;

export function isSchemaName(name: string): name is SchemaName {
  return Object.hasOwn(JSON_SCHEMAS, name);
}

/** The schema as the files under schemas/ hold it and `persona schema <name>` prints it. */
export function schemaJson(name: SchemaName): string {
  const { title, build } = JSON_SCHEMAS[name];
  const { $schema, ...rest } = build() as Record<string, unknown>;
  return `${JSON.stringify({ $schema, title, ...rest }, null, 2)}\n`;
}

/** Where the installed package keeps the persona schema, seen from a content repo's root. */
export const INSTALLED_PERSONA_SCHEMA = 'node_modules/persona/schemas/persona.schema.json';

/**
 * The first line of a generated persona file, so editors with YAML support autocomplete and check it.
 * The path is relative to the persona file: content repos install persona as a dev dependency, so
 * `<root>/node_modules/persona/schemas/persona.schema.json` exists; `personasDir` is the `personas:` folder
 * relative to that root (POSIX separators, as the config writes it).
 */
export function personaYamlHeader(personasDir = 'personas', schemaFromRoot: string = INSTALLED_PERSONA_SCHEMA): string {
  const path = posix.relative(posix.normalize(personasDir || '.'), schemaFromRoot);
  return `# yaml-language-server: $schema=${path}\n`;
}
