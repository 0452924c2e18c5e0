// Suppression comments inside templates, ESLint style:
//   {{!-- persona-lint-disable-next-line cta -- reason --}}   the next line
//   {{!-- persona-lint-disable-line cta --}}                  the comment's own line
//   {{!-- persona-lint-disable price --}} … {{!-- persona-lint-enable price --}}   a range (to the end without enable)
// No rule names means every rule. Template-level findings (kind-ceiling, length of the whole post) sit in the
// front matter, so a range disable naming them anywhere in the body suppresses them.
import type { Comment, Position } from './static-text.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids; empty means all rules. */
  rules: string[];
  reason?: string;
  start: Position;
  end: Position;
  /** The directive as written, without the reason, for messages. */
  text: string;
}

const DIRECTIVE = /^\s*persona-lint-(disable-next-line|disable-line|disable|enable)\b([\s\S]*)$/;

export function parseDirectives(comments: readonly Comment[]): Directive[] {
  const out: Directive[] = [];
  for (const c of comments) {
    const m = DIRECTIVE.exec(c.value);
    if (!m) continue;
    const [head = '', ...reason] = m[2]!.split(/\s--\s|\s--$/);
    const rules = head
      .split(/[\s,]+/)
      .map((r) => r.trim())
      .filter(Boolean);
    const why = reason.join(' -- ').trim();
    out.push({
      kind: m[1] as DirectiveKind,
      rules,
      ...(why ? { reason: why } : {}),
      start: c.start,
      end: c.end,
      text: `persona-lint-${m[1]}${rules.length ? ` ${rules.join(', ')}` : ''}`,
    });
  }
  return out;
}

/** Comments that start like a directive but are none ("persona-lint-disabel-next-line"): they suppress nothing. */
export function strayDirectives(comments: readonly Comment[]): Comment[] {
  return comments.filter((c) => /^\s*persona-lint\b/.test(c.value) && !DIRECTIVE.test(c.value));
}

export interface Suppressible {
  ruleId: string;
  line: number;
  column: number;
  /** Judges the whole template (reported in the front matter). */
  templateLevel?: boolean;
}

export interface DirectiveReport {
  directive: Directive;
  unknown: string[];
  unused: boolean;
}

export interface Suppressed<T> {
  finding: T;
  /** The reason given after `--`, for SARIF's justification. */
  justification?: string;
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.column < b.column);
}

function names(d: Directive, ruleId: string): boolean {
  return d.rules.length === 0 || d.rules.includes(ruleId);
}

interface Range {
  directive: Directive;
  from: Position;
  to: Position | null;
}

/** Ranges of the block directives, each disable closed by the next enable naming its rules (or all). */
function ranges(directives: readonly Directive[]): Range[] {
  const out: Range[] = [];
  const open: Range[] = [];
  for (const d of directives) {
    if (d.kind === 'disable') {
      const r: Range = { directive: d, from: d.end, to: null };
      out.push(r);
      open.push(r);
    } else if (d.kind === 'enable') {
      for (const r of open) {
        if (r.to) continue;
        const closes = d.rules.length === 0 || (r.directive.rules.length > 0 && r.directive.rules.every((x) => d.rules.includes(x)));
        if (closes) r.to = d.start;
      }
    }
  }
  return out;
}

export function applySuppressions<T extends Suppressible>(
  findings: readonly T[],
  directives: readonly Directive[],
  isRule: (id: string) => boolean,
  isTemplateLevel: (f: T) => boolean = (f) => f.templateLevel === true,
): { kept: T[]; suppressed: Suppressed<T>[]; reports: DirectiveReport[] } {
  // Most templates have no directive: nothing is suppressed and nothing reported.
  if (directives.length === 0) return { kept: findings.slice(), suppressed: [], reports: [] };
  const used = new Set<Directive>();
  const blocks = ranges(directives);
  const kept: T[] = [];
  const suppressed: Suppressed<T>[] = [];
  for (const f of findings) {
    const at: Position = { line: f.line, column: f.column };
    let by: Directive | undefined;
    if (isTemplateLevel(f)) {
      by = blocks.find((r) => r.directive.rules.includes(f.ruleId))?.directive;
    } else {
      by =
        directives.find((d) => d.kind === 'disable-next-line' && f.line === d.end.line + 1 && names(d, f.ruleId)) ??
        directives.find((d) => d.kind === 'disable-line' && f.line >= d.start.line && f.line <= d.end.line && names(d, f.ruleId)) ??
        blocks.find((r) => names(r.directive, f.ruleId) && !before(at, r.from) && (!r.to || before(at, r.to)))?.directive;
    }
    if (by) {
      used.add(by);
      suppressed.push({ finding: f, ...(by.reason ? { justification: by.reason } : {}) });
    } else kept.push(f);
  }
  const reports = directives
    .filter((d) => d.kind !== 'enable')
    .map((d) => ({ directive: d, unknown: d.rules.filter((r) => !isRule(r)), unused: !used.has(d) }))
    .filter((r) => r.unknown.length > 0 || r.unused);
  return { kept, suppressed, reports };
}
