// Table-driven tests per text rule (cases in rule-cases.ts), both locales, positives and near misses.
import { describe, expect, it } from 'vitest';
import { createScorer } from '../../src/lint/score.js';
import { RULES, type RuleId } from '../../src/lint/rules/index.js';
import { RULE_CASES, type RuleCase } from './rule-cases.js';

function findingsOf(c: RuleCase, ruleId: string) {
  const scorer = createScorer({ bannedWords: c.bannedWords ?? [] });
  const a = scorer.analyze(Object.freeze(c.text) as string, c.locale, { ...(c.avoid ? { avoid: Object.freeze([...c.avoid]) } : {}), ...(c.commercial ? { commercial: true } : {}) });
  return a.findings.filter((f) => f.ruleId === ruleId && !f.mention);
}

for (const [ruleId, cases] of Object.entries(RULE_CASES)) {
  describe(`rule ${ruleId}`, () => {
    it.each(cases.invalid.map((c) => [c.text.slice(0, 40), c] as const))('reports %s', (_, c) => {
      const found = findingsOf(c, ruleId);
      const hit = found.find((f) => f.match === c.match);
      expect(hit, `${ruleId} should report "${c.match}" in "${c.text}", found ${JSON.stringify(found.map((f) => f.match))}`).toBeDefined();
      expect(hit!.severity).toBe(c.severity ?? RULES[ruleId as RuleId].meta.severity);
      expect(c.text.slice(hit!.start, hit!.end)).toBe(hit!.match);
    });
    it.each(cases.valid.map((c) => [c.text.slice(0, 40), c] as const))('stays clean on %s', (_, c) => {
      const found = findingsOf(c, ruleId).filter((f) => f.severity !== 'info');
      expect(found.map((f) => f.match)).toEqual([]);
    });
  });
}
