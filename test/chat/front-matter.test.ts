// The chat fields of template front matter: `stage:` and the sub-case `case:` (objection, after-sale only).
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/translate.js';
import type { Text } from '../../src/i18n/text.js';
import { frontMatterSchema } from '../../src/model/template.js';

const base = { kind: 'chat', stage: 'objection', locale: 'zh-CN' };
const messages = (input: object) => {
  const r = frontMatterSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => t('en', (i as { params?: { text?: Text } }).params!.text!));
};

describe('case:', () => {
  it.each([
    [{ ...base, case: 'too-expensive' }, 'too-expensive'],
    [{ ...base, stage: 'after-sale', case: 'day-14' }, 'day-14'],
    [base, undefined],
  ])('%j is accepted', (input, value) => {
    expect(frontMatterSchema.parse(input).case).toBe(value);
  });

  it.each([
    [{ ...base, case: 'too-cheap' }, 'case "too-cheap" is not a case of stage objection; known: too-expensive, think-about-it, already-have-one, not-now'],
    [{ ...base, stage: 'greeting', case: 'day-3' }, 'case is only for chat templates of the stages objection, after-sale'],
    [{ kind: 'product', locale: 'zh-CN', case: 'day-3' }, 'case is only for chat templates of the stages objection, after-sale'],
  ])('%j is refused', (input, message) => {
    expect(messages(input)).toContain(message);
  });
});
