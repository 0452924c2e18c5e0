// Placeholder until the csv view lands (issue 6).
import type { PlanFormatter } from './types.js';

export const csv: PlanFormatter = (plan) => JSON.stringify(plan);
