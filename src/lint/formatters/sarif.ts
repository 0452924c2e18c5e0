// `--format sarif`: SARIF 2.1.0 as GitHub code scanning ingests it. Rules carry helpUri to their docs page;
// suppressed findings stay in the log with `suppressions: [{ kind: "inSource" }]` so reviewers can see them.
import { t } from '../../i18n/translate.js';
import type { LintMessage, SuppressedMessage } from '../lint-template.js';
import { RULES, RULE_IDS } from '../rules/index.js';
import { ruleText, type Severity } from '../types.js';
import { fullText, problemText } from './common.js';
import { msg } from '../messages.js';
import type { LintFormatter } from './types.js';
import { DOCS_BASE_URL, INFORMATION_URI } from '../docs-url.js';

const LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * Where a file is: relative to the checkout (%SRCROOT%) as lint shows paths under the working folder, or a
 * file:// URI when it lies outside it (an absolute path with a base would point nowhere).
 */
function artifact(file: string): { uri: string; uriBaseId?: string } {
  const path = file.split('\\').join('/');
  if (path.startsWith('/') || /^[A-Za-z]:\//.test(path)) return { uri: `file://${path.startsWith('/') ? '' : '/'}${uri(path)}` };
  return { uri: uri(path), uriBaseId: '%SRCROOT%' };
}

function uri(file: string): string {
  return file
    .split('\\')
    .join('/')
    .split('/')
    .map((part) => encodeURIComponent(part))
    .join('/');
}

export const sarif: LintFormatter = (report, { lang, version }) => {
  const ruleIndex = new Map<string, number>(RULE_IDS.map((id, i) => [id, i]));
  const result = (file: string, m: LintMessage | SuppressedMessage, suppressed: boolean) => {
    const region: Record<string, number> = { startLine: m.line, startColumn: m.column };
    if (m.endLine > m.line || m.endColumn > m.column) Object.assign(region, { endLine: m.endLine, endColumn: m.endColumn });
    return {
      ruleId: m.ruleId,
      ruleIndex: ruleIndex.get(m.ruleId),
      level: LEVEL[m.severity],
      message: { text: fullText(m, lang) },
      locations: [{ physicalLocation: { artifactLocation: artifact(file), region } }],
      ...(suppressed ? { suppressions: [{ kind: 'inSource', ...('justification' in m && m.justification ? { justification: m.justification } : {}) }] } : {}),
      properties: {
        ...(m.match ? { match: m.match } : {}),
        ...(m.persona ? { persona: m.persona } : {}),
        ...(m.product ? { product: m.product } : {}),
      },
    };
  };
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'persona',
            informationUri: INFORMATION_URI,
            version,
            semanticVersion: version,
            rules: RULE_IDS.map((id) => {
              const meta = RULES[id].meta;
              const description = t(lang, ruleText(id, 'description'));
              return {
                id,
                name: id.replace(/-(\w)/g, (_, ch: string) => ch.toUpperCase()).replace(/^\w/, (ch) => ch.toUpperCase()),
                shortDescription: { text: description },
                fullDescription: { text: description },
                helpUri: `${DOCS_BASE_URL}${id}.md`,
                help: { text: t(lang, msg('sarif-help', { description, url: `${DOCS_BASE_URL}${id}.md` })) },
                defaultConfiguration: { level: LEVEL[meta.severity] },
                properties: { tags: ['salesiness', meta.lexicon ? 'lexicon' : 'style'], precision: 'high' },
              };
            }),
          },
        },
        // Files that could not be linted: notifications of a run that did not succeed, where SARIF puts them.
        invocations: [
          {
            executionSuccessful: !report.unusable?.length,
            toolExecutionNotifications: (report.unusable ?? []).map((p) => ({
              level: 'error',
              descriptor: { id: p.code },
              message: { text: problemText(p, lang) },
              ...(p.file ? { locations: [{ physicalLocation: { artifactLocation: artifact(p.file), region: { startLine: p.line ?? 1, startColumn: p.column ?? 1 } } }] } : {}),
            })),
          },
        ],
        columnKind: 'utf16CodeUnits',
        results: report.results.flatMap((r) => [...r.messages.map((m) => result(r.file, m, false)), ...r.suppressed.map((m) => result(r.file, m, true))]),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
