// The constraints the planner asks, cheapest first within each moment of decision.
import type { Constraint } from './types.js';
import { cooldown } from './cooldown.js';
import { marketingFlag } from './marketing-flag.js';
import { marketingGap } from './marketing-gap.js';
import { marketingPerDay } from './marketing-per-day.js';
import { quietDays } from './quiet-days.js';
import { rollingShare } from './rolling-share.js';
import { salesinessBudget } from './salesiness-budget.js';
import { teamTemplate } from './team-template.js';
import { topicPerDay } from './topic-per-day.js';
import { uniqueText } from './unique-text.js';
import { voiceConstraint } from './voice.js';

export function constraintsFor(words: readonly string[]): readonly Constraint[] {
  return [
    quietDays,
    marketingPerDay,
    marketingGap,
    marketingFlag,
    topicPerDay,
    teamTemplate,
    cooldown,
    rollingShare,
    uniqueText,
    voiceConstraint(words),
    salesinessBudget,
  ];
}

export type { Constraint } from './types.js';
