// `persona audit` on hand-made histories: a clean fortnight, then the same fortnight broken one rule at a time,
// each violation named with its dates and numbers.
import { describe, expect, it } from 'vitest';
import { audit, type AuditInput } from '../../src/audit/audit.js';
import type { HistoryKind, HistoryPost } from '../../src/audit/history.js';
import { t } from '../../src/i18n/translate.js';
import { createScorer } from '../../src/lint/score.js';
import type { PlanRules } from '../../src/model/plan.js';
import { effectiveRules } from '../../src/model/rules.js';
import { policySchema } from '../../src/model/policy.js';
import { zhPersona } from '../chat/fixtures.js';

const persona = zhPersona();
const RULES: PlanRules = effectiveRules(persona, policySchema.parse({}));
const scorer = createScorer({ bannedWords: ['微商'] });

type Row = [at: string, text: string, kind?: HistoryKind];

const EVERYDAY = ['午睡的间隙，窗外在下小雨。', '娃睡了，厨房里还飘着饼干的味道。', '橘猫又被追着跑了一下午。', '今天的午饭是番茄鸡蛋面。', '翻到娃一岁时的照片，胖得认不出。', '楼下的桂花树叶子掉了一地。', '冬天的晚上，一碗热汤就够了。'];
const PRODUCT_DAYS: Readonly<Record<string, string>> = {
  '2026-12-01': '儿童吸管保温杯用了大半年，吸管带防呛阀这点我很认。',
  '2026-12-04': '六层纱布浴巾越洗越软，冬天给娃当小被子。',
  '2026-12-08': '软底学步鞋的鞋底能对折，娃走得稳多了。',
  '2026-12-11': '儿童吸管保温杯摔了好几次都没坏，杯身的刻度也清楚。',
};

/** Two weeks from Mon 2026-11-30, Saturdays off, an everyday post at lunch and one at night, and a product post
 *  instead of the night one twice a week (three or four days apart). */
const CLEAN: Row[] = Array.from({ length: 14 }, (_, i) => new Date(Date.UTC(2026, 10, 30 + i)).toISOString().slice(0, 10))
  .filter((date) => new Date(`${date}T00:00:00Z`).getUTCDay() !== 6)
  .flatMap((date, i): Row[] => [
    [`${date}T13:10:00+08:00`, `${EVERYDAY[i % 7]}（${date.slice(5)}）`, 'lifestyle'],
    PRODUCT_DAYS[date] ? [`${date}T21:45:00+08:00`, PRODUCT_DAYS[date], 'product'] : [`${date}T21:40:00+08:00`, `${EVERYDAY[(i + 3) % 7]}（夜）`, 'story'],
  ]);

function history(rows: readonly Row[]): HistoryPost[] {
  return rows.map(([at, text, kind], i) => ({ line: i + 2, at, epochMs: Date.parse(at), text, kind: kind ?? null }));
}

function run(rows: readonly Row[], rules: Partial<PlanRules> = {}, over: Partial<AuditInput> = {}) {
  return audit({
    persona: { id: persona.id, name: persona.name, timezone: persona.timezone, locale: persona.locale, avoid: persona.voice.avoid },
    rules: { ...RULES, ...rules },
    posts: history(rows),
    scorer,
    ...over,
  });
}

describe('a clean fortnight', () => {
  it('has no violations and counts its marketing posts', () => {
    const report = run(CLEAN);
    expect(report.violations.map((v) => t('en', v.message))).toEqual([]);
    expect(report).toMatchObject({ persona: 'a-ning', from: '2026-11-30', to: '2026-12-13' });
    expect(report.posts.filter((p) => p.marketing)).toHaveLength(4);
    // A product post weighs at least the marketing threshold in the weekly budget.
    expect(report.posts.find((p) => p.kind === 'product')!.salesiness).toBeGreaterThanOrEqual(0.5);
  });

  it('reads instants in the persona\'s zone whatever offset the export used', () => {
    const rows = CLEAN.map((r, i): Row => (i === 0 ? ['2026-11-30T05:10:00Z', r[1], r[2]] : r));
    expect(run(rows).posts[0]).toMatchObject({ at: '2026-11-30T13:10:00+08:00', date: '2026-11-30' });
    expect(run(rows).violations).toEqual([]);
  });
});

describe('each rule broken once', () => {
  const at = (date: string, time: string) => `${date}T${time}:00+08:00`;
  const without = (rows: readonly Row[], ...ats: string[]) => rows.filter((r) => !ats.includes(r[0]));
  const swap = (rows: readonly Row[], old: string, row: Row) => rows.map((r) => (r[0] === old ? row : r));
  const lunch = (date: string) => at(date, '13:10');
  const cases: [name: string, rows: Row[], rules: Partial<PlanRules>, rule: string, message: string, involved: string[]][] = [
    [
      'two marketing posts on one day',
      swap(CLEAN, lunch('2026-12-01'), [lunch('2026-12-01'), '六层纱布浴巾越洗越软。', 'product']),
      { minHoursBetweenMarketing: 0 },
      'marketing-per-day',
      '2026-12-01: 2 marketing posts, at most 1 a day',
      [lunch('2026-12-01'), at('2026-12-01', '21:45')],
    ],
    [
      'marketing posts too close together',
      swap(swap(CLEAN, at('2026-12-02', '21:40'), [at('2026-12-02', '21:40'), '六层纱布浴巾越洗越软。', 'product']), at('2026-12-04', '21:45'), [at('2026-12-04', '21:45'), '周五晚上。', 'story']),
      {},
      'marketing-gap',
      'marketing at 2026-12-01 21:45 and again at 2026-12-02 21:40: 23.92 h apart, at least 36 h',
      [at('2026-12-01', '21:45'), at('2026-12-02', '21:40')],
    ],
    [
      'a quiet week with the usual two product posts: too much marketing in 7 days',
      without(CLEAN, ...['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04'].map(lunch)),
      {},
      'rolling-share',
      '2026-11-30 – 2026-12-06: 2 of 7 posts were marketing (29%); at most 25%, i.e. 1',
      [at('2026-12-01', '21:45'), at('2026-12-04', '21:45')],
    ],
    [
      'over the weekly salesiness budget',
      CLEAN,
      { weeklySalesinessBudget: 0.9 },
      'salesiness-budget',
      '2026-11-30 – 2026-12-06: salesiness adds up to 1; the weekly budget is 0.9 (worst of 8 overlapping 7-day windows from 2026-11-30 to 2026-12-13)',
      [at('2026-12-01', '21:45'), at('2026-12-04', '21:45')],
    ],
    ['marketing on a quiet day', CLEAN, { quietDays: ['2026-12-08'] }, 'quiet-days', '2026-12-08 is a quiet day, and 1 marketing post(s) went out (21:45)', [at('2026-12-08', '21:45')]],
    [
      'too many posts in a day',
      [...CLEAN, [at('2026-12-02', '18:00'), '傍晚的天空有点粉。', 'lifestyle']],
      {},
      'posts-per-day',
      '2026-12-02: 3 posts, at most 2 a day',
      [lunch('2026-12-02'), at('2026-12-02', '18:00'), at('2026-12-02', '21:40')],
    ],
    ['a post on a rest day', [...CLEAN, [at('2026-12-05', '21:40'), '周六也想记一笔。', 'lifestyle']], {}, 'rest-days', '2026-12-05 (Saturday) is a rest day, and 1 post(s) went out', [at('2026-12-05', '21:40')]],
    [
      'salesy phrasing',
      swap(CLEAN, lunch('2026-12-06'), [lunch('2026-12-06'), '家人们，周日的早午饭，烤箱里是第二盘饼干，想要的私我！', 'lifestyle']),
      {},
      'lint',
      '2026-12-06 13:10 (line 12): cta "家人们", persona-avoid "家人们", cta "要的私"',
      [lunch('2026-12-06')],
    ],
  ];

  it.each(cases)('%s', (_name, rows, rules, rule, message, involved) => {
    const report = run(rows, rules);
    expect(report.violations.map((v) => v.rule)).toEqual([rule]);
    const v = report.violations[0]!;
    expect(t('en', v.message)).toBe(message);
    const lines = involved.map((a) => rows.findIndex((r) => r[0] === a) + 2);
    expect([...v.lines].sort((a, b) => a - b)).toEqual(lines.sort((a, b) => a - b));
  });

  it('a post that measures as salesy is marketing without a kind', () => {
    const rows = CLEAN.map((r): Row => (r[0] === '2026-12-01T13:10:00+08:00' ? [r[0], '赶紧下单！限时包邮，仅剩3件', undefined] : r));
    const report = run(rows, { minHoursBetweenMarketing: 0 });
    expect(report.posts[2]).toMatchObject({ marketing: true, kind: null });
    expect(report.violations.map((v) => v.rule).sort()).toEqual(['lint', 'marketing-per-day']);
  });

  it('the calendar\'s quiet days count too, in the persona\'s language', () => {
    const report = run(CLEAN, {}, { isQuiet: (iso) => iso === '2026-12-04' });
    expect(report.violations.map((v) => [v.rule, v.from])).toEqual([['quiet-days', '2026-12-04']]);
    expect(t('zh-CN', report.violations[0]!.message)).toBe('2026-12-04 是静默日，却发了 1 条营销帖（21:45）');
  });

  it('an empty history is an empty report', () => {
    expect(run([])).toEqual({ persona: 'a-ning', from: '', to: '', posts: [], violations: [] });
  });
});
