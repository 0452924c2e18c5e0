// Every command, in the order `persona --help` lists them. Each file registers options and lazily imports its action.
import type { Command } from 'commander';
import type { CommandContext } from '../context.js';
import { registerAudit } from './audit.js';
import { registerInit } from './init.js';
import { registerLint } from './lint.js';
import { registerNew } from './new.js';
import { registerPlan } from './plan.js';
import { registerSchema } from './schema.js';
import { registerScore } from './score.js';
import { registerScripts } from './scripts.js';
import { registerSwap } from './swap.js';
import { registerTouches } from './touches.js';
import { registerValidate } from './validate.js';

export const COMMANDS: readonly ((program: Command, ctx: CommandContext) => Command)[] = [
  registerPlan,
  registerSwap,
  registerValidate,
  registerLint,
  registerScore,
  registerScripts,
  registerTouches,
  registerAudit,
  registerInit,
  registerNew,
  registerSchema,
];
