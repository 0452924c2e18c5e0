// The plan JSON view: the versioned contract (schemas/plan.v1.schema.json), keys in schema order.
import type { PlanFormatter } from './types.js';

export const json: PlanFormatter = (plan) => `${JSON.stringify(plan, null, 2)}\n`;
