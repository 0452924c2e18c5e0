import { describe, expect, it } from 'vitest';
import { defaultPolicy, parsePolicy } from '../../src/load/policy.js';
import { DEFAULT_DENSITY } from '../../src/model/policy.js';
import type { Problem } from '../../src/model/errors.js';
import { expectOneProblem } from '../helpers/problems.js';

const FILE = 'persona.config.yaml';

const GOOD = `# The team policy
personas: personas
templates: [templates]
out: plans
density:
  maxMarketingShare: 0.2
  minHoursBetweenMarketing: 48
quietDays:
  - 2026-12-13
team:
  maxPersonasPerTemplatePerDay: 2
bannedWords: [微商, 代理]
`;

interface Case {
  name: string;
  text: string;
  code: Problem['code'];
  line: number;
  column?: number;
  path?: string;
  says: string[];
  hint?: string;
}

const cases: Case[] = [
  { name: 'malformed YAML', text: GOOD.replace('templates: [templates]', 'templates: [templates'), code: 'yaml-syntax', line: 3, column: 12, says: ['never closed'] },
  {
    name: 'a misspelt section',
    text: GOOD.replace('density:', 'densty:'),
    code: 'unknown-key',
    line: 5,
    column: 1,
    path: 'densty',
    says: ['unknown field "densty"'],
    hint: 'Did you mean "density"?',
  },
  {
    name: 'a misspelt ceiling',
    text: GOOD.replace('maxMarketingShare', 'maxMarketingShar'),
    code: 'unknown-key',
    line: 6,
    column: 3,
    path: 'density.maxMarketingShar',
    says: ['unknown field "maxMarketingShar" in density'],
    hint: 'Did you mean "maxMarketingShare"?',
  },
  {
    name: 'a share above 1',
    text: GOOD.replace('maxMarketingShare: 0.2', 'maxMarketingShare: 25'),
    code: 'schema',
    line: 6,
    column: 22,
    path: 'density.maxMarketingShare',
    says: ['must be ≤ 1'],
  },
  {
    name: 'a share written as a percentage',
    text: GOOD.replace('maxMarketingShare: 0.2', 'maxMarketingShare: "30%"'),
    code: 'schema',
    line: 6,
    path: 'density.maxMarketingShare',
    says: ['maxMarketingShare'],
    hint: 'Write density.maxMarketingShare as a fraction: 0.3.',
  },
  {
    name: 'templates as a single string',
    text: GOOD.replace('templates: [templates]', 'templates: templates'),
    code: 'schema',
    line: 3,
    path: 'templates',
    says: ['expected a list, got text'],
  },
  {
    name: 'a quiet day that is not a date',
    text: GOOD.replace('2026-12-13', '12/13'),
    code: 'schema',
    line: 9,
    path: 'quietDays[0]',
    says: ['"12/13" is not a date like 2026-10-01'],
  },
  {
    name: 'a quiet day the calendar does not have',
    text: GOOD.replace('2026-12-13', '2026-13-01'),
    code: 'schema',
    line: 9,
    path: 'quietDays[0]',
    says: ['2026-13-01 is not a day of the calendar'],
  },
  {
    name: 'a team cap of zero',
    text: GOOD.replace('maxPersonasPerTemplatePerDay: 2', 'maxPersonasPerTemplatePerDay: 0'),
    code: 'schema',
    line: 11,
    path: 'team.maxPersonasPerTemplatePerDay',
    says: ['must be ≥ 1'],
  },
  { name: 'a list at the top', text: '- personas\n', code: 'config', line: 1, says: ['must be a YAML mapping'] },
];

describe('parsePolicy rejects a malformed persona.config.yaml', () => {
  it.each(cases)('$name', (c) => {
    const r = parsePolicy(c.text, FILE);
    expect(r.ok).toBe(false);
    if (!r.ok) expectOneProblem(r.problems, FILE, c);
  });
});

describe('parsePolicy fills the defaults', () => {
  it('documented defaults hold without a config', () => {
    const policy = defaultPolicy();
    expect(policy.density).toEqual({
      maxMarketingShare: 0.25,
      maxMarketingPerDay: 1,
      minHoursBetweenMarketing: 36,
      weeklySalesinessBudget: 2.0,
      marketingThreshold: 0.5,
      defaultCooldownDays: 28,
    });
    expect(policy.density).toEqual(DEFAULT_DENSITY);
    expect(policy).toMatchObject({ personas: 'personas', templates: ['templates'], builtinTemplates: true, quietDays: [], bannedWords: [], team: { maxPersonasPerTemplatePerDay: 1 } });
    expect(policy.out).toBeUndefined();
  });

  it('an empty file, or one with comments only, is the defaults', () => {
    for (const text of ['', '# nothing yet\n', '\uFEFF']) {
      const r = parsePolicy(text, FILE);
      expect(r.ok && r.value).toEqual(defaultPolicy());
    }
  });

  it('merges a partial density section with the defaults', () => {
    const r = parsePolicy(GOOD, FILE);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.density).toEqual({ ...DEFAULT_DENSITY, maxMarketingShare: 0.2, minHoursBetweenMarketing: 48 });
    expect(r.value.quietDays).toEqual(['2026-12-13']);
    expect(r.value.out).toBe('plans');
  });
});
