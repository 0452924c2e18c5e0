// Placeholder registration for a command whose issue has not landed yet: listed in help, says so when run.
import type { Command } from 'commander';
import { PersonaError } from '../../model/errors.js';
import type { CommandContext } from '../context.js';
import { msg } from '../messages.js';

export function registerNotBuilt(name: string, description: { en: string; 'zh-CN': string }) {
  return (program: Command, ctx: CommandContext): Command =>
    program
      .command(name)
      .description(description[ctx.io.lang])
      .allowUnknownOption()
      .allowExcessArguments()
      .action(() => {
        throw new PersonaError({ code: 'usage', message: msg('not-built', { command: name }) });
      });
}
