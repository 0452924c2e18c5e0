// `persona schema persona|config|plan`: print a JSON Schema generated from the zod source of truth.
import { PersonaError } from '../../model/errors.js';
import { isSchemaName, JSON_SCHEMAS, schemaJson } from '../../model/json-schema.js';
import { verbatim } from '../../i18n/text.js';
import { closest } from '../../model/suggest.js';
import { EXIT, type Io } from '../io.js';
import { msg } from '../messages.js';

export async function runSchema(options: { what: string }, io: Io): Promise<number> {
  if (!isSchemaName(options.what)) {
    const names = Object.keys(JSON_SCHEMAS);
    const suggestion = closest(options.what, names);
    throw new PersonaError({
      code: 'usage',
      message: msg('unknown-schema', { what: options.what }),
      expected: verbatim(names.join(', ')),
      hint: suggestion ? msg('unknown-schema-suggest', { suggestion }) : msg('unknown-schema-hint'),
    });
  }
  io.stdout(schemaJson(options.what));
  return EXIT.ok;
}
