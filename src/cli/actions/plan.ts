// `persona plan`: not built yet.
import { PersonaError } from '../../model/errors.js';
import type { Io } from '../io.js';
import { msg } from '../messages.js';

export async function runPlan(_options: unknown, _io: Io): Promise<number> {
  throw new PersonaError({ code: 'usage', message: msg('not-built', { command: 'plan' }) });
}
