// The policy's `touches:` section: defaults, overrides, and values that would make the caps meaningless.
import { describe, expect, it } from 'vitest';
import { policySchema } from '../../src/model/policy.js';

describe('touches policy', () => {
  it('defaults: 09:00-21:00, one a week per contact, 30 days after 2 unanswered, 20 a day', () => {
    expect(policySchema.parse({}).touches).toEqual({ hours: '09:00-21:00', maxPerContactPerWeek: 1, waitAfterUnanswered: { count: 2, days: 30 }, maxPerDay: 20 });
  });

  it('takes overrides, filling what is left out', () => {
    expect(policySchema.parse({ touches: { hours: '10:00-20:00', waitAfterUnanswered: { days: 45 } } }).touches).toEqual({
      hours: '10:00-20:00',
      maxPerContactPerWeek: 1,
      waitAfterUnanswered: { count: 2, days: 45 },
      maxPerDay: 20,
    });
  });

  it.each([
    [{ hours: '21:00-09:00' }],
    [{ hours: '9-21' }],
    [{ maxPerContactPerWeek: 0 }],
    [{ maxPerContactPerWeek: 8 }],
    [{ maxPerDay: 0 }],
    [{ waitAfterUnanswered: { count: 0 } }],
    [{ perWeek: 1 }],
  ])('refuses %j', (touches) => {
    expect(policySchema.safeParse({ touches }).success).toBe(false);
  });
});
