// Build templates and personas in code and lint them the way `persona lint` does.
import { createScorer } from '../../src/lint/score.js';
import { kindLineOf, lintTemplate, type TemplateLint } from '../../src/lint/lint-template.js';
import Handlebars from 'handlebars';
import { staticTextOf } from '../../src/lint/static-text.js';
import { parseTemplate } from '../../src/load/template.js';
import { DEFAULT_CEILINGS } from '../../src/model/policy.js';
import { personaSchema, type Persona } from '../../src/model/persona.js';
import type { TemplateKind } from '../../src/model/template.js';
import { templateFits } from '../../src/model/fit.js';
import { createRenderer } from '../../src/render/engine.js';
import { renderCases } from '../../src/render/check.js';
import type { RuleLevel } from '../../src/lint/types.js';
import { makePersona, type Overrides } from '../helpers/persona-yaml.js';

export function persona(overrides: Overrides = {}): Persona {
  return personaSchema.parse(makePersona(overrides));
}

export interface LintOptions {
  personas?: Persona[];
  levels?: Partial<Record<string, RuleLevel>>;
  ceilings?: Partial<Record<TemplateKind, number>>;
  bannedWords?: string[];
}

export function lintSource(source: string, options: LintOptions = {}): TemplateLint {
  const parsed = parseTemplate(source, 'templates/t.hbs', 't');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const template = parsed.value;
  const fitting = (options.personas ?? []).filter((p) => templateFits(template, p));
  let cases: { persona: Persona; productId?: string; text: string }[] = [];
  if (fitting.length) {
    const compiled = createRenderer().compile(template);
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.problem));
    const r = renderCases(template, compiled.render, fitting);
    if (r.problems.length) throw new Error(JSON.stringify(r.problems));
    cases = r.cases;
  }
  return lintTemplate(
    template,
    { text: staticTextOf(template.body, template.bodyLine, (b) => Handlebars.parseWithoutProcessing(b)), kindLine: kindLineOf(source), cases },
    {
      scorer: createScorer({ bannedWords: options.bannedWords ?? [] }),
      ceilings: { ...DEFAULT_CEILINGS, ...options.ceilings },
      levels: options.levels ?? {},
    },
  );
}

export const LIFESTYLE = 'kind: lifestyle\ntopics: [tea]\nlocale: zh-CN';
export const PRODUCT = 'kind: product\nlocale: zh-CN\nsalesiness: 0.5';
