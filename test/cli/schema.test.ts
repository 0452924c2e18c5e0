import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { planSchema } from '../../src/model/plan-schema.js';
import { cli } from '../helpers/cli.js';
import { isValidJsonSchema, jsonSchemaValidator } from '../helpers/ajv.js';
import { FIXTURE_REPO } from '../helpers/repo.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (rel: string) => parse(readFileSync(join(FIXTURE_REPO, rel), 'utf8')) as unknown;

/** A plan as `persona plan --format json` writes it (version 1). */
const PLAN = {
  schemaVersion: 1,
  persona: { id: 'lin-cha', name: '林茶', timezone: 'Asia/Shanghai', locale: 'zh-CN', team: 'hangzhou' },
  range: { from: '2026-11-30', to: '2026-12-06' },
  seed: 'default',
  rules: {
    windows: ['07:30-08:30'],
    postsPerDay: { min: 1, max: 2 },
    restDays: ['sun'],
    maxMarketingShare: 0.2,
    maxMarketingPerDay: 1,
    minHoursBetweenMarketing: 48,
    weeklySalesinessBudget: 2,
    marketingThreshold: 0.5,
    defaultCooldownDays: 28,
    quietDays: [],
    maxPersonasPerTemplatePerDay: 1,
    series: [],
  },
  posts: [
    {
      id: 'lin-cha-20261130-1',
      at: '2026-11-30T07:45:00+08:00',
      kind: 'lifestyle',
      marketing: false,
      salesiness: 0.05,
      template: 'zh-CN/lifestyle/tea-morning',
      cooldownDays: 28,
      topic: 'tea',
      product: null,
      text: '周一早上，先给自己泡一壶茶🍵',
      images: ['晨光里的盖碗，侧光'],
      series: null,
      chats: [],
    },
  ],
  warnings: [],
};

describe('persona schema persona|config|plan', () => {
  it.each([
    ['persona', fixture('personas/lin-cha.yaml')],
    ['config', fixture('persona.config.yaml')],
    ['plan', PLAN],
  ] as const)('%s prints a valid JSON Schema that a real document satisfies', async (name, document) => {
    const r = await cli(['schema', name]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const schema = JSON.parse(r.stdout) as object;
    expect(isValidJsonSchema(schema)).toBe(true);
    const validate = jsonSchemaValidator(schema);
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
  });

  it('the plan example is a plan for zod too (the schema and the type agree)', () => {
    expect(planSchema.safeParse(PLAN).success).toBe(true);
    const validate = jsonSchemaValidator(JSON.parse(readFileSync(join(ROOT, 'schemas/plan.v1.schema.json'), 'utf8')) as object);
    expect(validate({ ...PLAN, schemaVersion: 2 })).toBe(false);
    expect(planSchema.safeParse({ ...PLAN, schemaVersion: 2 }).success).toBe(false);
  });

  it('prints exactly the file shipped under schemas/', async () => {
    const r = await cli(['schema', 'persona']);
    expect(r.stdout).toBe(readFileSync(join(ROOT, 'schemas/persona.schema.json'), 'utf8'));
  });

  it.each([
    ['en', 'personas', 'error[usage]: unknown schema "personas"', 'Did you mean `persona schema persona`?'],
    ['zh-CN', 'conifg', '错误[usage]: 未知的 schema "conifg"', '你是不是想运行 `persona schema config`？'],
  ] as const)('an unknown schema name (%s) exits 2 with a suggestion', async (lang, name, message, hint) => {
    const r = await cli(['--lang', lang, 'schema', name], { lang: undefined });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe(message);
    expect(r.stderr).toContain(hint);
    expect(r.stderr).toContain('persona, config, plan');
  });

  it('a missing name is a usage error', async () => {
    const r = await cli(['schema']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("missing required argument 'what'");
  });
});
