// Contracts of the lint engine: rule metadata, what a rule sees, and what it reports.
import type { Catalog, Data, Text } from '../i18n/text.js';
import type { Locale } from '../model/common.js';
import type { Mode } from './context.js';
import type { BasisId } from './lexicons/bases.js';
import type { LexiconEntry } from './lexicons/types.js';

export type Severity = 'error' | 'warning' | 'info';
export type RuleLevel = Severity | 'off';

/**
 * `text`: runs on any text, including the static text of a template with every pick variant side by side;
 * `post`: needs one whole post (length); `template`: judges a template, not a text (kind-ceiling).
 */
export type RuleScope = 'text' | 'post' | 'template' | 'directive';

export interface RuleMeta {
  id: string;
  /** One sentence starting "Disallow", "Require" or "Enforce" (ESLint's convention), both languages. */
  description: { readonly en: string; readonly 'zh-CN': string };
  severity: Severity;
  scope: RuleScope;
  /** Whether its phrases come from src/lint/lexicons (and so are fired by the lexicon test). */
  lexicon: boolean;
  /** messageId → message in both languages; `{match}` is the matched text. */
  messages: Catalog;
}

/** A lexicon or pattern hit handed to its rule, with how it is used in its sentence. */
export interface PhraseMatch {
  start: number;
  end: number;
  /** The text as written. */
  match: string;
  mode: Mode;
  entry: Pick<LexiconEntry, 'weight' | 'needs' | 'soft' | 'gentler'> & { basis?: BasisId };
}

export interface Report {
  messageId: string;
  start: number;
  end: number;
  /** Contribution to salesiness after context. */
  weight: number;
  /** Talked about rather than used (described, negated, quoted): counted lightly, not reported by lint. */
  mention?: boolean;
  /** Overrides the rule's severity for this hit (soft invitations are info). */
  severity?: Severity;
  data?: Data;
  /** Gentler wording in the text's language; '' = drop it. */
  gentler?: string;
  basis?: BasisId;
}

export interface TextContext {
  readonly text: string;
  readonly locale: Locale;
  /** This rule's lexicon and pattern hits, exemptions applied, leftmost-longest. */
  readonly matches: readonly PhraseMatch[];
  /**
   * Whether the text sells something near [start, end): a cue word (优惠, 品质, sale) or an undisputed
   * commercial hit within a few sentences, or always for product and live templates.
   */
  commercialNear(start: number, end: number, figure?: boolean): boolean;
  readonly avoid: readonly string[];
  readonly bannedWords: readonly string[];
  /** Weighted length: a CJK character is 1, a latin letter or digit 1/3. */
  readonly units: number;
  /** The text's quoted stretches (quoteSpans), worked out once per text for every rule that asks. */
  quotes(): readonly { start: number; end: number }[];
  report(r: Report): void;
}

export interface TextRule {
  meta: RuleMeta & { scope: 'text' | 'post' };
  check(ctx: TextContext): void;
}

/** What a template-level rule judges: the template's measured salesiness against its kind's ceiling. */
export interface TemplateContext {
  readonly kind: string;
  readonly salesiness: number;
  readonly ceiling: number;
  /** Where the salesiness was measured: static text, or a render naming persona/product. */
  readonly source: { persona?: string; product?: string } | null;
  readonly top: readonly { ruleId: string; match: string }[];
  report(r: { messageId: string; data?: Data }): void;
}

export interface TemplateRule {
  meta: RuleMeta & { scope: 'template' };
  check(ctx: TemplateContext): void;
}

/** What the suppression-comment rule judges: one `persona-lint-…` comment of a template. */
export interface DirectiveContext {
  readonly directive: string;
  /** Rule ids named in the comment that do not exist. */
  readonly unknown: readonly string[];
  /** The comment suppressed nothing. */
  readonly unused: boolean;
  report(r: { messageId: string; data?: Data }): void;
}

export interface DirectiveRule {
  meta: RuleMeta & { scope: 'directive' };
  check(ctx: DirectiveContext): void;
}

export type Rule = TextRule | TemplateRule | DirectiveRule;

/** A rule's message as a Text (catalog key `lint.rule.<id>.<messageId>`, see messages.ts). */
export function ruleText(ruleId: string, messageId: string, data?: Data): Text {
  return data ? { key: `lint.rule.${ruleId}.${messageId}`, data } : { key: `lint.rule.${ruleId}.${messageId}` };
}
