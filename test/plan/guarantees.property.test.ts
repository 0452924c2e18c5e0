// Property tests: whatever the persona, rules, library and history, a plan the planner returns keeps every
// density guarantee (checked by verify() and by a naive oracle), and what it cannot plan it refuses.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/model/plan.js';
import { plan } from '../../src/plan/planner.js';
import { consecutiveWeeks, weekRange } from '../../src/plan/range.js';
import { verify } from '../../src/plan/verify.js';
import { fixedPosts } from '../../src/cli/plan-store.js';
import { en } from '../../src/i18n/translate.js';
import { measureFor, scenarioArb, type Scenario } from './arbitraries.js';
import { WEEKDAYS } from '../../src/model/constants.js';

function planWeeks(s: Scenario, weeks: number, seed: string) {
  const plans: Plan[] = [];
  for (const range of consecutiveWeeks(weekRange(2026, 49)!, weeks)) {
    const outcome = plan({
      persona: s.persona,
      rules: s.rules,
      range: { from: range.from, to: range.to },
      seed: `${seed}/${range.label}`,
      templates: s.templates,
      history: plans.flatMap(fixedPosts),
      team: [],
      measure: measureFor(s.measureSalt),
      bannedWords: [],
    });
    if (!outcome.ok) return { plans, refused: outcome.problems };
    plans.push(outcome.plan);
  }
  return { plans, refused: null };
}

describe('density guarantees hold for every plan produced', () => {
  it('one week: verify() and the oracle find nothing, or the planner refuses with a reason', () => {
    fc.assert(
      fc.property(scenarioArb, fc.string({ maxLength: 6 }), (s, seed) => {
        const { plans, refused } = planWeeks(s, 1, seed);
        if (refused) {
          expect(refused.length).toBeGreaterThan(0);
          for (const p of refused) expect(en(p.message)).toMatch(/persona p/);
          return;
        }
        const [only] = plans;
        expect(verify(only!, { history: [], team: [], words: ['家人们'] }).map((v) => en(v.message))).toEqual([]);
        expect(densityBreaches(only!, [])).toEqual([]);
        // A template kept to some weekdays goes out on those only (the post's local date decides).
        for (const post of only!.posts) {
          const days = s.templates.find((t) => t.template.id === post.template)?.template.days;
          if (days) expect(days).toContain(WEEKDAYS[(new Date(`${post.at.slice(0, 10)}T12:00:00Z`).getUTCDay() + 6) % 7]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('consecutive weeks: rolling windows and cooldowns hold across week boundaries', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { plans } = planWeeks(s, 4, 'multi');
        plans.forEach((p, i) => {
          const others = plans.filter((_, j) => j !== i);
          expect(verify(p, { history: others, team: [], words: ['家人们'] }).map((v) => `${v.rule}: ${en(v.message)}`)).toEqual([]);
          expect(densityBreaches(p, others)).toEqual([]);
        });
      }),
      { numRuns: 80 },
    );
  });

  it('re-planning a middle week keeps the guarantees against both neighbours', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { plans, refused } = planWeeks(s, 3, 'middle');
        if (refused || plans.length < 3) return;
        const neighbours = [plans[0]!, plans[2]!];
        const outcome = plan({
          persona: s.persona,
          rules: s.rules,
          range: plans[1]!.range,
          seed: 'reroll',
          templates: s.templates,
          history: neighbours.flatMap(fixedPosts),
          team: [],
          measure: measureFor(s.measureSalt),
          bannedWords: [],
        });
        if (!outcome.ok) return;
        expect(verify(outcome.plan, { history: neighbours, team: [], words: ['家人们'] }).map((v) => en(v.message))).toEqual([]);
        expect(densityBreaches(outcome.plan, neighbours)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('is deterministic: the same inputs and seed give the same plan', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const a = planWeeks(s, 2, 'same');
        const b = planWeeks(s, 2, 'same');
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }),
      { numRuns: 40 },
    );
  });
});

import { densityBreaches } from './oracle.js';

describe('the generated scenarios are worth testing', () => {
  // Guards the properties above against going vacuous: if most scenarios were refused or had no
  // marketing at all, "every plan keeps the rules" would prove little.
  it('most scenarios produce a plan, and a good share of those carry marketing posts', () => {
    let planned = 0;
    let withMarketing = 0;
    const samples = fc.sample(scenarioArb, { numRuns: 400, seed: 20261125 });
    for (const s of samples) {
      const { plans, refused } = planWeeks(s, 1, 'coverage');
      if (refused) continue;
      planned += 1;
      if (plans[0]!.posts.some((p) => p.marketing)) withMarketing += 1;
    }
    expect(planned / samples.length).toBeGreaterThan(0.6);
    expect(withMarketing / samples.length).toBeGreaterThan(0.08);
  });
});

describe('teams share contacts', () => {
  it('a template is used by at most maxPersonasPerTemplatePerDay teammates on a day', () => {
    fc.assert(
      fc.property(scenarioArb, fc.constantFrom(1, 2), (s, cap) => {
        const rules = { ...s.rules, maxPersonasPerTemplatePerDay: cap };
        const range = weekRange(2026, 49)!;
        const mates = ['a', 'b', 'c'].map((id) => ({ ...s.persona, id, team: 't' }));
        const plans: Plan[] = [];
        for (const persona of mates) {
          const outcome = plan({
            persona,
            rules,
            range,
            seed: persona.id,
            templates: s.templates,
            history: [],
            team: plans.flatMap(fixedPosts),
            measure: measureFor(s.measureSalt),
            bannedWords: [],
          });
          if (outcome.ok) plans.push(outcome.plan);
        }
        for (const p of plans) {
          const team = plans.filter((o) => o !== p);
          expect(verify(p, { history: [], team }).filter((v) => v.rule === 'team-template').map((v) => en(v.message))).toEqual([]);
        }
      }),
      { numRuns: 60 },
    );
  });
});
