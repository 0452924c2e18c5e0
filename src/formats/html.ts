// Placeholder until the html view lands (issue 6).
import type { PlanFormatter } from './types.js';

export const html: PlanFormatter = (plan) => JSON.stringify(plan);
export const htmlIndex: import('./types.js').IndexFormatter = (plans) => JSON.stringify(plans.length);
