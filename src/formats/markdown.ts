// Placeholder: the Markdown calendar lands with the planner.
import type { PlanFormatter } from './types.js';

export const markdown: PlanFormatter = (plan) => `# ${plan.persona.name}\n`;
