// A JSON Schema validator independent of zod, to check that the generated schemas say what zod enforces.
// ajv is reached through textlint's dependencies; declaring it as a devDependency would make that explicit.
import { Ajv, type ValidateFunction } from 'ajv';

export function jsonSchemaValidator(schema: object): ValidateFunction {
  // strict: true rejects unknown keywords, so a schema zod emits wrongly fails here rather than being ignored.
  const ajv = new Ajv({ strict: true, allErrors: true });
  return ajv.compile(schema);
}

export function isValidJsonSchema(schema: object): boolean {
  return new Ajv({ strict: true }).validateSchema(schema) === true;
}
