// Suppression comments: next line, own line, ranges, all rules, reasons kept, and comments that do nothing.
import { describe, expect, it } from 'vitest';
import { lineOf, makeTemplate } from '../helpers/persona-yaml.js';
import { parseDirectives } from '../../src/lint/suppress.js';
import { LIFESTYLE, PRODUCT, lintSource } from './template-helpers.js';

const rules = (r: { messages: { ruleId: string }[] }) => r.messages.map((m) => m.ruleId);
/** Ceilings out of the way: these tests are about the phrase findings. */
const open = { ceilings: { product: 1, lifestyle: 1 } };

describe('suppression comments', () => {
  it('parses rule lists and reasons', () => {
    const at = { line: 1, column: 1 };
    expect(parseDirectives([{ value: ' persona-lint-disable-next-line cta, price -- the price is the story ', start: at, end: at }])).toEqual([
      { kind: 'disable-next-line', rules: ['cta', 'price'], reason: 'the price is the story', start: at, end: at, text: 'persona-lint-disable-next-line cta, price' },
    ]);
    expect(parseDirectives([{ value: ' persona-lint-disable ', start: at, end: at }])[0]!.rules).toEqual([]);
    expect(parseDirectives([{ value: ' just a note ', start: at, end: at }])).toEqual([]);
  });

  it('disable-next-line suppresses the next line only, and keeps the finding with its reason', () => {
    const r = lintSource(makeTemplate(PRODUCT, '{{!-- persona-lint-disable-next-line price -- a price in a story --}}\n原价299\n现价199'), open);
    expect(r.messages.map((m) => m.match)).toEqual(['现价']);
    expect(r.suppressed).toMatchObject([{ ruleId: 'price', match: '原价', justification: 'a price in a story' }]);
  });

  it('disable-line suppresses the comment line', () => {
    const r = lintSource(makeTemplate(PRODUCT, '原价299 {{!-- persona-lint-disable-line price --}}\n包邮'), open);
    expect(r.messages.map((m) => m.match)).toEqual(['包邮']);
  });

  it('disable … enable suppresses a range, per rule', () => {
    const body = '{{!-- persona-lint-disable price --}}\n原价299，私聊我\n{{!-- persona-lint-enable price --}}\n包邮';
    const r = lintSource(makeTemplate(PRODUCT, body), open);
    expect(r.messages.map((m) => `${m.ruleId}:${m.match}`)).toEqual(['cta:私聊我', 'price:包邮']);
    expect(r.suppressed.map((m) => m.match)).toEqual(['原价']);
  });

  it('disable without rules suppresses every rule to the end of the file', () => {
    const r = lintSource(makeTemplate(PRODUCT, '开头\n{{!-- persona-lint-disable --}}\n原价299，私聊我！！'), open);
    expect(r.messages).toEqual([]);
    expect(r.suppressed.map((m) => m.ruleId).sort()).toEqual(['cta', 'exclamation', 'price']);
    // With the ceiling back, the measured salesiness still counts: suppressing phrases does not hide it.
    const measured = lintSource(makeTemplate(PRODUCT, '开头\n{{!-- persona-lint-disable cta, price, exclamation --}}\n原价299，私聊我！！'), { ceilings: { product: 0.3 } });
    expect(rules(measured)).toEqual(['kind-ceiling']);
  });
});

describe('rule unused-suppression', () => {
  it('reports a comment that suppresses nothing', () => {
    const source = makeTemplate(LIFESTYLE, '{{!-- persona-lint-disable-next-line cta --}}\n窗外下雨了。');
    const r = lintSource(source);
    expect(r.messages).toMatchObject([{ ruleId: 'unused-suppression', severity: 'warning', line: lineOf(source, 'persona-lint'), column: 1 }]);
  });

  it('reports a misspelled directive, which suppresses nothing, where it is written', () => {
    const source = makeTemplate(LIFESTYLE, '{{!-- persona-lint-disabel-next-line exclamation --}}\n窗外下雨了。');
    const r = lintSource(source);
    expect(r.messages).toMatchObject([{ ruleId: 'unused-suppression', line: lineOf(source, 'persona-lint'), column: 1, message: { key: 'lint.rule.unused-suppression.misspelled', data: { directive: 'persona-lint-disabel-next-line' } } }]);
  });

  it('reports a rule that does not exist', () => {
    const r = lintSource(makeTemplate(LIFESTYLE, '{{!-- persona-lint-disable-next-line ctaa --}}\n窗外下雨了。'));
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0]!.message).toEqual({ key: 'lint.rule.unused-suppression.unknown', data: { directive: 'persona-lint-disable-next-line ctaa', rules: 'ctaa' } });
  });

  it('does not report a comment that suppressed something, nor an enable', () => {
    const r = lintSource(makeTemplate(PRODUCT, '{{!-- persona-lint-disable price --}}\n原价299\n{{!-- persona-lint-enable price --}}'), open);
    expect(rules(r)).toEqual([]);
  });

  it('can be turned off in the config', () => {
    const r = lintSource(makeTemplate(LIFESTYLE, '{{!-- persona-lint-disable cta --}}\n窗外下雨了。'), { levels: { 'unused-suppression': 'off' } });
    expect(r.messages).toEqual([]);
  });
});
