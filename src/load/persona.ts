// Parse a persona profile (text in, persona or problems out); checks that need the file name or the policy.
import type { Problem, Result } from '../model/errors.js';
import { verbatim } from '../i18n/text.js';
import { personaSchema, type Persona } from '../model/persona.js';
import type { Policy } from '../model/policy.js';
import { SLUG } from '../model/common.js';
import { msg } from './messages.js';
import { parseYaml, positionOf, schemaProblems } from './yaml-source.js';

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

export function parsePersona(text: string, file: string, policy: Policy): Result<Persona> {
  const parsed = parseYaml(text, file);
  if (!parsed.ok) return parsed;
  const { src, data } = parsed;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      ok: false,
      problems: [{ code: 'schema', file, line: 1, message: msg('persona-not-mapping'), hint: msg('see-readme') }],
    };
  }
  const result = personaSchema.safeParse(data);
  if (!result.success) return { ok: false, problems: schemaProblems(src, personaSchema, result.error.issues) };
  const persona = result.data;
  const problems: Problem[] = [];
  const expectedId = idFromFileName(file);
  if (!SLUG.test(expectedId)) {
    problems.push({
      code: 'unsafe-id',
      file,
      line: 1,
      message: msg('unsafe-file-name', { name: expectedId }),
      expected: msg('unsafe-file-name-expected'),
      hint: msg('rename-to-slug'),
    });
  } else if (persona.id !== expectedId) {
    problems.push({
      code: 'id-mismatch',
      file,
      ...positionOf(src, ['id']),
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
      problems.push({
        code: 'density-looser',
        file,
        ...positionOf(src, ['density', field]),
        path: `density.${field}`,
        message: msg('density-looser', { field, own, team }),
        expected: verbatim(direction === 'lower' ? `≤ ${team}` : `≥ ${team}`),
        hint: msg('density-looser-hint', { op: direction === 'lower' ? '≤' : '≥', team }),
      });
    }
  }
  for (const [i, s] of persona.series.entries()) {
    if (persona.schedule.restDays.includes(s.day)) {
      problems.push({
        code: 'schema',
        file,
        ...positionOf(src, ['series', i, 'day']),
        path: `series[${i}].day`,
        message: msg('series-rest-day', { name: s.name, day: s.day }),
        hint: msg('series-rest-day-hint'),
      });
    }
  }
  if (problems.length) return { ok: false, problems };
  return { ok: true, value: persona, warnings: [] };
}
