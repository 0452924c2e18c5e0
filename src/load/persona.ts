// Parse a persona profile (text in, persona or problems out); checks that need the file name or the policy.
import type { Problem, Result } from '../model/errors.js';
import { verbatim } from '../i18n/text.js';
import { personaSchema, type Persona } from '../model/persona.js';
import type { Policy } from '../model/policy.js';
import { SLUG } from '../model/common.js';
import { msg } from './messages.js';
import { locator, parseYaml, schemaProblems, type Locator } from './yaml-source.js';

/** Persona density fields and which direction is "stricter". */
const DENSITY_DIRECTIONS = {
  maxMarketingShare: 'lower',
  maxMarketingPerDay: 'lower',
  minHoursBetweenMarketing: 'higher',
  weeklySalesinessBudget: 'lower',
} as const;

export function idFromFileName(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.ya?ml$/i, '');
}

const NO_POSITION: Locator = () => ({ line: 1, column: 1 });

/** Like `parsePersona`, plus where each field sits in the file, for findings reported after loading. */
export function parsePersonaSource(text: string, file: string, policy: Policy): { result: Result<Persona>; locate: Locator } {
  const problems: Problem[] = [];
  const expectedId = idFromFileName(file);
  // The id becomes part of output paths (plans/<week>/<id>.json), so the file name must be safe on its own.
  if (!SLUG.test(expectedId)) {
    problems.push({
      code: 'unsafe-id',
      file,
      line: 1,
      message: msg('unsafe-file-name', { name: expectedId }),
      expected: msg('unsafe-file-name-expected'),
      hint: msg('rename-to-slug'),
    });
  }
  const parsed = parseYaml(text, file);
  if (!parsed.ok) return { result: { ok: false, problems: [...problems, ...parsed.problems] }, locate: NO_POSITION };
  const { data } = parsed;
  // Positions are worked out only when a message needs one (the careful YAML read is the slow part).
  const locate: Locator = (path) => locator(parsed.src)(path);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ code: 'schema', file, line: 1, message: msg('persona-not-mapping'), hint: msg('see-readme') });
    return { result: { ok: false, problems }, locate };
  }
  const result = personaSchema.safeParse(data);
  if (!result.success) {
    const schema = schemaProblems(parsed.src, personaSchema, result.error.issues).map((p): Problem =>
      p.path === 'id' && p.code === 'schema' ? { ...p, code: 'unsafe-id', hint: msg('id-hint', { expected: SLUG.test(expectedId) ? expectedId : 'xiao-mei' }) } : p,
    );
    return { result: { ok: false, problems: [...problems, ...schema] }, locate };
  }
  const persona = result.data;
  if (problems.length === 0 && persona.id !== expectedId) {
    problems.push({
      code: 'id-mismatch',
      file,
      ...locate(['id']),
      path: 'id',
      message: msg('id-mismatch', { id: persona.id, expected: expectedId }),
      hint: msg('id-mismatch-hint', { id: persona.id, expected: expectedId }),
    });
  }
  for (const [field, direction] of Object.entries(DENSITY_DIRECTIONS) as [keyof typeof DENSITY_DIRECTIONS, 'lower' | 'higher'][]) {
    const own = persona.density?.[field];
    const team = policy.density[field];
    if (own === undefined) continue;
    const looser = direction === 'lower' ? own > team : own < team;
    if (looser) {
      const op = direction === 'lower' ? '≤' : '≥';
      problems.push({
        code: 'density-looser',
        file,
        ...locate(['density', field]),
        path: `density.${field}`,
        message: msg('density-looser', { field, own, team }),
        expected: verbatim(`${op} ${team}`),
        hint: msg('density-looser-hint', { op, team }),
      });
    }
  }
  for (const [i, s] of persona.series.entries()) {
    if (persona.schedule.restDays.includes(s.day)) {
      problems.push({
        code: 'schema',
        file,
        ...locate(['series', i, 'day']),
        path: `series[${i}].day`,
        message: msg('series-rest-day', { name: s.name, day: s.day }),
        hint: msg('series-rest-day-hint'),
      });
    }
  }
  if (problems.length) return { result: { ok: false, problems }, locate };
  return { result: { ok: true, value: persona, warnings: [] }, locate };
}

export function parsePersona(text: string, file: string, policy: Policy): Result<Persona> {
  return parsePersonaSource(text, file, policy).result;
}
