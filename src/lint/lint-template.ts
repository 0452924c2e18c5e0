// Lint one template: its static text with exact positions, every whole post it can make, its rendered output
// for each persona and product it fits, its kind's salesiness ceiling, and the suppression comments in it.
import type { Text } from '../i18n/text.js';
import type { Persona } from '../model/persona.js';
import { MARKETING_KINDS, type TemplateKind } from '../model/constants.js';
import type { Template } from '../model/template.js';
import { foldText } from './matcher.js';
import { MAX_LINES, visualLines } from './rules/length.js';
import { RULES, isRuleId, type RuleId } from './rules/index.js';
import { repeatWeights, salesinessOf, type Finding, type LintScorer } from './score.js';
import type { Position, StaticText } from './static-text.js';
import { sortStable } from './sort-small.js';
import { applySuppressions, parseDirectives, strayDirectives } from './suppress.js';
import { ruleText, type RuleLevel, type Severity } from './types.js';
import type { BasisId } from './lexicons/bases.js';
import { byCodePoint } from '../model/order.js';

export interface LintMessage {
  ruleId: RuleId;
  severity: Severity;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: Text;
  match: string;
  /** Set when the finding comes from text rendered for this persona (and product). */
  persona?: string;
  product?: string;
  gentler?: string;
  basis?: BasisId;
}

export interface SuppressedMessage extends LintMessage {
  justification?: string;
}

export interface TemplateLint {
  file: string;
  id: string;
  kind: TemplateKind;
  /** The highest salesiness measured: static whole posts and every render. */
  salesiness: number;
  messages: LintMessage[];
  suppressed: SuppressedMessage[];
}

export interface LintSettings {
  scorer: LintScorer;
  ceilings: Readonly<Record<TemplateKind, number>>;
  /** Severity overrides from `lint.rules` of the config. */
  levels: Readonly<Partial<Record<string, RuleLevel>>>;
}

export interface RenderedCase {
  persona: Persona;
  productId?: string;
  text: string;
}

export interface TemplateInput {
  /** The body's static text (staticTextOf). */
  text: StaticText;
  /** File line of `kind:` in the front matter, where template-level findings point. */
  kindLine: number;
  cases: readonly RenderedCase[];
}

/** File line of the `kind:` key, for findings about the template as a whole. */
export function kindLineOf(source: string): number {
  const at = /\nkind\s*:/.exec(source);
  if (!at) return 1;
  let line = 2;
  for (let i = source.indexOf('\n'); i >= 0 && i < at.index; i = source.indexOf('\n', i + 1)) line++;
  return line;
}

function span(st: StaticText, start: number, end: number): { start: Position; end: Position } {
  const from = st.positionOf(start);
  const last = st.positionOf(Math.max(start, end - 1));
  return { start: from, end: { line: last.line, column: last.column + 1 } };
}

/** A finding as a message at a file position; objects of one shape, optional fields set only when present. */
function fromFinding(f: Finding, at: { start: Position; end: Position }, who?: { persona: string; product?: string }): LintMessage {
  const m: LintMessage = {
    ruleId: f.ruleId,
    severity: f.severity,
    line: at.start.line,
    column: at.start.column,
    endLine: at.end.line,
    endColumn: at.end.column,
    message: f.message,
    match: f.match,
  };
  if (f.gentler !== undefined) m.gentler = f.gentler;
  if (f.basis) m.basis = f.basis;
  if (who) {
    m.persona = who.persona;
    if (who.product) m.product = who.product;
  }
  return m;
}

/** Persona and product fields a variable may have put into the rendered text. */
function fields(c: RenderedCase): [path: string, value: string][] {
  const p = c.persona;
  const out: [string, string][] = [
    ['persona.name', p.name],
    ['persona.role', p.role],
    ['persona.bio', p.bio],
    ['persona.voice.signature', p.voice.signature],
    ...p.voice.phrases.map((x): [string, string] => ['persona.voice.phrases', x]),
    ...p.events.map((e): [string, string] => ['event.title', e.title]),
    ...p.series.map((s): [string, string] => ['series.name', s.name]),
  ];
  const productFields = (prefix: string, product: Persona['products'][number]) => {
    out.push([`${prefix}.name`, product.name], [`${prefix}.category`, product.category]);
    for (const point of product.points) out.push([`${prefix}.points`, point]);
    for (const a of product.audience) out.push([`${prefix}.audience`, a]);
  };
  const product = c.productId ? p.products.find((x) => x.id === c.productId) : undefined;
  if (product) productFields('product', product);
  // A template may list the persona's products or events itself ({{#each persona.products}}{{name}}{{/each}}).
  for (const x of p.products) productFields('persona.products', x);
  for (const e of p.events) out.push(['persona.events.title', e.title]);
  return out;
}

/** Where a phrase of the rendered text came from: the static text, else the variable that inserted it. */
function locate(st: StaticText, foldedStatic: string, match: string, c: RenderedCase, bodyLine: number): { start: Position; end: Position } {
  const needle = foldText(match);
  const inStatic = foldedStatic.indexOf(needle);
  if (inStatic >= 0) return span(st, inStatic, inStatic + needle.length);
  for (const [path, value] of fields(c)) {
    if (!foldText(value).includes(needle)) continue;
    const v = st.variables.find((x) => x.paths.some((p) => p === path || path.startsWith(`${p}.`)));
    if (v) return { start: v.start, end: v.end };
  }
  return { start: { line: bodyLine, column: 1 }, end: { line: bodyLine, column: 1 } };
}

function topHits(findings: readonly Finding[]): { ruleId: string; match: string }[] {
  return findings
    .filter((f) => !f.mention && f.weight > 0)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 3)
    .map((f) => ({ ruleId: f.ruleId, match: f.match }));
}

export function lintTemplate(template: Template, input: TemplateInput, settings: LintSettings): TemplateLint {
  const { scorer } = settings;
  const st = input.text;
  const commercial = MARKETING_KINDS.includes(template.kind);
  const candidates: LintMessage[] = [];
  /** Findings about the template as a whole (reported at the front matter); range suppressions reach them anywhere. */
  let templateLevel: Set<LintMessage> | null = null;
  const isTemplateLevel = (m: LintMessage) => templateLevel !== null && templateLevel.has(m);
  const bodyStart = { line: template.bodyLine, column: 1 };
  const atTemplate = (m: LintMessage): LintMessage => {
    (templateLevel ??= new Set()).add(m);
    return m;
  };

  // 1. The static text: every pick variant, positions exact.
  const whole = scorer.analyze(st.text, template.locale, { post: false, commercial, units: st.units });
  for (const f of whole.findings) if (!f.mention) candidates.push(fromFinding(f, span(st, f.start, f.end)));

  // 2. Whole posts the static text can make: the phrases found above that each post contains, and whether
  // it folds behind 全文. (Post k takes variant k mod n of every pick.)
  let salesiness = 0;
  let source: { persona?: string; product?: string } | null = null;
  let top: { ruleId: string; match: string }[] = [];
  let lengthReported = false;
  /**
   * Reports a post that folds behind 全文 (post k, or with null the widest); whether it did. At the first of the
   * longer variants that post takes, naming them all (line:column), or at the body's first line when it folds with
   * short ones too.
   */
  const reportFolded = (post: string, k: number | null): boolean => {
    const long = scorer.analyze(post, template.locale, { commercial }).findings.find((f) => f.ruleId === 'length');
    if (!long) return false;
    const longer = st.longerChoices(k);
    if (longer.length === 0) {
      candidates.push(atTemplate({ ...fromFinding(long, { start: bodyStart, end: bodyStart }), match: '' }));
      return true;
    }
    const where = longer.map((p) => `${p.line}:${p.column}`).join(', ');
    const data = { ...(long.message.data ?? {}), where };
    candidates.push(atTemplate({ ...fromFinding(long, { start: longer[0]!, end: longer[0]! }), message: ruleText('length', 'folded-variants', data), match: '' }));
    return true;
  };
  const counted = whole.findings.filter((f) => f.contextWeight > 0);
  // A body within the line limit with every variant in place has no post that folds; without weighed phrases
  // either, no post needs looking at.
  // Chat scripts go out in a 1:1 chat, which folds nothing: the post rules (length) are for Moments text.
  const moments = template.kind !== 'chat';
  const mayFold = moments && st.linesBound() > MAX_LINES;
  const posts = counted.length || mayFold ? st.postCount : 0;
  for (let k = 0; k < posts; k++) {
    if (counted.length) {
      const mine = counted.filter((f) => st.inPost(f.start, k));
      const measured = salesinessOf(repeatWeights(mine), st.unitsOfPost(k));
      if (measured > salesiness) {
        salesiness = measured;
        top = topHits(mine);
      }
    }
    // Only a post that might fold is built and measured exactly.
    if (!lengthReported && mayFold && st.linesBoundOfPost(k) > MAX_LINES && visualLines(st.post(k)) > MAX_LINES) lengthReported = reportFolded(st.post(k), k);
  }
  // The posts above take variant k of every pick together; the longest combination may be none of them.
  if (!lengthReported && mayFold && st.linesBoundOfWidest() > MAX_LINES) {
    const widest = st.widestPost();
    if (visualLines(widest) > MAX_LINES) lengthReported = reportFolded(widest, null);
  }

  // 3. Rendered output for each persona and product: what variables inject, and the persona's own avoid list.
  const foldedStatic = input.cases.length ? foldText(st.text) : '';
  // What the template text already reports is not reported again for each render.
  const staticKeys = input.cases.length ? new Set(whole.findings.filter((f) => !f.mention).map((f) => `${f.ruleId}\u0000${foldText(f.match)}`)) : null;
  const seen = input.cases.length ? new Set<string>() : null;
  for (const c of input.cases) {
    const a = scorer.analyze(c.text, c.persona.locale, { avoid: c.persona.voice.avoid, commercial, post: moments });
    const who: { persona: string; product?: string } = c.productId ? { persona: c.persona.id, product: c.productId } : { persona: c.persona.id };
    if (a.salesiness > salesiness) {
      salesiness = a.salesiness;
      source = who;
      top = topHits(a.findings);
    }
    for (const f of a.findings) {
      if (f.mention) continue;
      if (f.ruleId === 'length') {
        if (!lengthReported) {
          lengthReported = true;
          candidates.push(atTemplate({ ...fromFinding(f, { start: bodyStart, end: bodyStart }, who), match: '' }));
        }
        continue;
      }
      if (f.ruleId !== 'persona-avoid' && staticKeys!.has(`${f.ruleId}\u0000${foldText(f.match)}`)) continue;
      const at = locate(st, foldedStatic, f.match, c, template.bodyLine);
      const key = `${f.ruleId}\u0000${foldText(f.match)}\u0000${at.start.line}:${at.start.column}`;
      if (seen!.has(key)) continue;
      seen!.add(key);
      candidates.push(fromFinding(f, at, who));
    }
  }

  // 4. The kind's ceiling.
  const ceiling = settings.ceilings[template.kind];
  RULES['kind-ceiling'].check({
    kind: template.kind,
    salesiness,
    ceiling,
    source,
    top,
    report: (r) =>
      candidates.push(
        atTemplate({
          ruleId: 'kind-ceiling',
          severity: RULES['kind-ceiling'].meta.severity,
          line: input.kindLine,
          column: 1,
          endLine: input.kindLine,
          endColumn: 1,
          message: ruleText('kind-ceiling', r.messageId, r.data),
          match: '',
          ...(source?.persona ? { persona: source.persona } : {}),
          ...(source?.product ? { product: source.product } : {}),
        }),
      ),
  });

  // 5. Config: rules turned off or to another severity (soft invitations stay info).
  const configured: LintMessage[] = [];
  for (const c of candidates) {
    const level = settings.levels[c.ruleId];
    if (level === 'off') continue;
    const downgraded = c.severity === 'info' && (RULES[c.ruleId].meta.severity as Severity) !== 'info';
    if (!level || downgraded) configured.push(c);
    else {
      const m = { ...c, severity: level };
      if (isTemplateLevel(c)) templateLevel!.add(m);
      configured.push(m);
    }
  }

  // 6. Suppression comments, and the comments that suppress nothing.
  const directives = parseDirectives(st.comments);
  const { kept, suppressed, reports } = applySuppressions(configured, directives, isRuleId, isTemplateLevel);
  const unusedLevel = settings.levels['unused-suppression'] ?? RULES['unused-suppression'].meta.severity;
  if (unusedLevel !== 'off') {
    for (const r of reports) {
      RULES['unused-suppression'].check({
        directive: r.directive.text,
        unknown: r.unknown,
        unused: r.unused,
        report: (x) =>
          kept.push({
            ruleId: 'unused-suppression',
            severity: unusedLevel,
            line: r.directive.start.line,
            column: r.directive.start.column,
            endLine: r.directive.end.line,
            endColumn: r.directive.end.column,
            message: ruleText('unused-suppression', x.messageId, x.data),
            match: '',
          }),
      });
    }
    // A directive misspelled is no directive: say so, or the finding it was meant for comes back unexplained.
    for (const c of strayDirectives(st.comments)) {
      const written = c.value.trim().split(/\s/)[0]!;
      kept.push({
        ruleId: 'unused-suppression',
        severity: unusedLevel,
        line: c.start.line,
        column: c.start.column,
        endLine: c.end.line,
        endColumn: c.end.column,
        message: ruleText('unused-suppression', 'misspelled', { directive: written }),
        match: '',
      });
    }
  }

  const order = (a: LintMessage, b: LintMessage) => a.line - b.line || a.column - b.column || byCodePoint(a.ruleId, b.ruleId);
  return {
    file: template.file,
    id: template.id,
    kind: template.kind,
    salesiness,
    messages: sortStable(kept, order),
    suppressed: suppressed.length ? suppressed.map((s) => ({ ...s.finding, ...(s.justification ? { justification: s.justification } : {}) })).sort(order) : [],
  };
}
