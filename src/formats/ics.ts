// Placeholder until the ics view lands (issue 6).
import type { PlanFormatter } from './types.js';

export const ics: PlanFormatter = (plan) => JSON.stringify(plan);
