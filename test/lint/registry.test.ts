// Every rule is complete: ESLint-style description, both languages, a docs page, and tests of its own.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/i18n/catalog.js';
import { RULES, RULE_IDS, isRuleId } from '../../src/lint/rules/index.js';
import { RULE_CASES } from './rule-cases.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const testSources = readdirSync(fileURLToPath(new URL('.', import.meta.url)))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => readFileSync(fileURLToPath(new URL(f, import.meta.url)), 'utf8'))
  .join('\n');

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('rule registry', () => {
  it('has one module per file under src/lint/rules, registered under its own id', () => {
    const files = readdirSync(`${root}src/lint/rules`)
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect([...RULE_IDS].sort()).toEqual(files);
    for (const id of RULE_IDS) expect(RULES[id].meta.id).toBe(id);
  });

  it.each(RULE_IDS)('%s: description starts with Disallow, Require or Enforce, in both languages', (id) => {
    const { description } = RULES[id].meta;
    expect(description.en).toMatch(/^(Disallow|Require|Enforce) /);
    expect(description['zh-CN']).toMatch(/^(禁止|要求)/);
    expect(CATALOG[`lint.rule.${id}.description`]).toEqual(description);
  });

  it.each(RULE_IDS)('%s: every message exists in en and zh-CN with the same placeholders', (id) => {
    const messages = Object.entries(RULES[id].meta.messages);
    expect(messages.length).toBeGreaterThan(0);
    for (const [messageId, text] of messages) {
      expect(text.en.trim(), `${id}.${messageId}`).not.toBe('');
      expect(text['zh-CN'].trim(), `${id}.${messageId}`).not.toBe('');
      expect(placeholders(text['zh-CN'])).toEqual(placeholders(text.en));
      expect(CATALOG[`lint.rule.${id}.${messageId}`]).toEqual(text);
    }
  });

  it.each(RULE_IDS)('%s: has a docs page docs/rules/%s.md that starts with its id and description', (id) => {
    const page = `${root}docs/rules/${id}.md`;
    expect(existsSync(page), page).toBe(true);
    const text = readFileSync(page, 'utf8');
    expect(text.split('\n')[0]).toMatch(new RegExp(`^# ${id} — `));
    expect(text).toContain(RULES[id].meta.description.en);
  });

  it.each(RULE_IDS)('%s: has tests of its own (cases in rule-cases.ts, or a describe("rule <id>") block)', (id) => {
    const tabled = Object.hasOwn(RULE_CASES, id) && RULE_CASES[id]!.invalid.length > 0 && RULE_CASES[id]!.valid.length > 0;
    expect(tabled || testSources.includes(`describe('rule ${id}'`), id).toBe(true);
  });

  it('recognises rule ids and nothing else', () => {
    expect(isRuleId('cta')).toBe(true);
    expect(isRuleId('toString')).toBe(false);
    expect(isRuleId('CTA')).toBe(false);
  });

  it('has no docs page for a rule that does not exist', () => {
    const pages = readdirSync(`${root}docs/rules`).map((f) => f.replace(/\.md$/, ''));
    expect(pages.filter((p) => !isRuleId(p))).toEqual([]);
  });
});
