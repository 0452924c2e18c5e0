// Hand-made plans in the v1 contract, read and validated the way `persona plan --check` reads plans.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../../src/i18n/text.js';
import { planSchema } from '../../src/model/plan-schema.js';
import type { Plan } from '../../src/model/plan.js';

export const FIXTURES = [
  /** zh-CN in Asia/Shanghai, the week of 立冬, folded long text, nine photos. */
  { name: 'zh-shanghai', lang: 'zh-CN' },
  /** en in America/Los_Angeles across the end of DST on 2026-11-01. */
  { name: 'en-los-angeles-dst', lang: 'en' },
  /** Hostile names, a product starting with "=", texts starting with "-", "+", "@" and a tab; en labels. */
  { name: 'hostile', lang: 'en' },
] as const satisfies readonly { name: string; lang: Lang }[];

export type FixtureName = (typeof FIXTURES)[number]['name'];

export function fixturePath(name: FixtureName): string {
  return fileURLToPath(new URL(`./fixtures/${name}.json`, import.meta.url));
}

export function loadFixture(name: FixtureName): Plan {
  // The zod output widens `kind` to string; the schema has just checked it is a Post kind.
  return planSchema.parse(JSON.parse(readFileSync(fixturePath(name), 'utf8'))) as Plan;
}

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
