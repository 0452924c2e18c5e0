// The calendar's fields in the policy (`holidays:`, `calendar:`) and in template front matter (`season:`).
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/translate.js';
import type { Text } from '../../src/i18n/text.js';
import { policySchema } from '../../src/model/policy.js';
import { frontMatterSchema } from '../../src/model/template.js';

function messages(error: { issues: readonly object[] }): string[] {
  return error.issues.map((i) => {
    const text = (i as { params?: { text?: Text } }).params?.text;
    return text ? t('en', text) : '';
  });
}

describe('policy holidays and calendar', () => {
  it('defaults: no declarations, built-in quiet days on', () => {
    const policy = policySchema.parse({});
    expect(policy.holidays).toEqual([]);
    expect(policy.calendar).toEqual({ builtinQuietDays: true, quietSeasons: [] });
  });

  it('reads declared days off and make-up workdays', () => {
    const policy = policySchema.parse({
      holidays: [
        { date: '2027-10-01', name: '国庆节', type: 'holiday' },
        { date: '2027-09-26', name: '国庆节', type: 'workday' },
        { date: '2027-07-05', name: 'Independence Day (observed)', type: 'holiday', locale: 'en' },
      ],
      calendar: { builtinQuietDays: false, quietSeasons: ['中元节'] },
    });
    expect(policy.holidays).toHaveLength(3);
    expect(policy.calendar).toEqual({ builtinQuietDays: false, quietSeasons: ['中元节'] });
  });

  it.each([
    [{ holidays: [{ date: '2027-02-30', name: '春节', type: 'holiday' }] }, /date like 2026-10-01|not a day|date/],
    [{ holidays: [{ date: '2027-10-01', name: '国庆节', type: 'off' }] }, /./],
    [{ holidays: [{ date: '2027-10-01', name: '国庆节', type: 'holiday', extra: 1 }] }, /./],
    [{ holidays: [{ date: '2027-10-01', name: '国庆节', type: 'holiday' }, { date: '2027-10-01', name: '国庆', type: 'holiday' }] }, /declared twice/],
    [{ calendar: { quietSeasons: ['立東'] } }, /unknown season "立東"/],
    [{ calendar: { builtinQuietDay: true } }, /./],
  ])('rejects %j', (input, message) => {
    const result = policySchema.safeParse(input);
    expect(result.success).toBe(false);
    if (!result.success && message.source !== '.') expect(messages(result.error).join('\n') + result.error.message).toMatch(message);
  });
});

describe('template season', () => {
  const base = { kind: 'lifestyle', topics: ['tea'], locale: 'zh-CN' };

  it.each([
    [undefined, []],
    ['立冬', ['立冬']],
    [['中秋节', '重阳节'], ['中秋节', '重阳节']],
  ])('season %j reads as %j', (season, expected) => {
    const fm = frontMatterSchema.parse(season === undefined ? base : { ...base, season });
    expect(fm.season).toEqual(expected);
  });

  it('en templates use en ids', () => {
    expect(frontMatterSchema.parse({ ...base, locale: 'en', season: 'christmas' }).season).toEqual(['christmas']);
    const wrong = frontMatterSchema.safeParse({ ...base, locale: 'en', season: '中秋节' });
    expect(wrong.success).toBe(false);
  });

  it('an unknown season names the value and what is known', () => {
    const result = frontMatterSchema.safeParse({ ...base, season: ['立冬', '立東'] });
    expect(result.success).toBe(false);
    if (!result.success) {
      const text = messages(result.error).join('\n');
      expect(text).toContain('unknown season "立東" for zh-CN');
      expect(text).toContain('立冬');
      expect(result.error.issues[0]!.path).toEqual(['season']);
    }
  });
});
