// `persona plan` as a user runs it: bad arguments, the printed calendar, written files, byte-identical
// reruns, re-planning a week, refusing an impossible persona without writing, and --check.
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planSchema } from '../../src/model/plan-schema.js';
import { cli } from '../helpers/cli.js';
import { tempDir, writeTree } from '../helpers/tmp.js';
import { contentRepo } from './content-repo.js';

describe('persona plan: bad usage exits 2 with one clear message', () => {
  const cwd = contentRepo(tempDir());
  it.each([
    [['plan'], /name the personas to plan, or use --all/],
    [['plan', 'lin-cha', '--week', '2026-W60'], /"2026-W60" is not a week: 2026 has 53 ISO weeks/],
    [['plan', 'lin-cha', '--week', '2027-W53'], /"2027-W53" is not a week: 2027 has 52 ISO weeks/],
    [['plan', 'lin-cha', '--week', 'someday'], /"someday" is not a week\n/],
    [['plan', 'lin-cha', '--week', 'someday'], /Use an ISO week such as 2026-W49/],
    [['plan', 'lin-cha', '--from', '2026-12-01'], /--from and --days go together/],
    [['plan', 'lin-cha', '--from', '2026-02-30', '--days', '7'], /"2026-02-30" is no day of the calendar: February 2026 has 28 days\n\s+fix: That month ends on 2026-02-28\./],
    [['plan', 'lin-cha', '--from', '2028-02-30', '--days', '7'], /February 2028 has 29 days\n\s+fix: That month ends on 2028-02-29\./],
    [['plan', 'lin-cha', '--from', '2026-13-01', '--days', '7'], /"2026-13-01" is not a date like 2026-12-01\n\s+fix: Write the date as YYYY-MM-DD/],
    [['plan', 'lin-cha', '--from', '2026-1-5', '--days', '7'], /"2026-1-5" is not a date like 2026-12-01\n\s+fix: Write the date as YYYY-MM-DD with two-digit month and day/],
    [['plan', 'lin-cha', '--week', '2026-W49', '--from', '2026-12-01', '--days', '3'], /either --week\/--weeks or --from\/--days, not both\n\s+fix: A week: --week 2026-W49/],
    [['plan', 'lin-cha', '--weeks', '0'], /--weeks must be a whole number from 1 to 104, got "0"\n\s+fix: For example --week 2026-W49 --weeks 4/],
    [['plan', 'lin-cha', '--from', '2026-12-01', '--days', '0'], /--days must be a whole number from 1 to 366, got "0"\n\s+fix: For example --from 2026-12-01 --days 14/],
    [['plan', 'lin-cha', '--from', '2026-12-01', '--days', '2.5'], /--days must be a whole number from 1 to 366, got "2.5"/],
    [['plan', 'lin-cha', '--format', 'pdf'], /unknown format "pdf"; known formats: md, json, ics, csv, html/],
    [['plan', 'lin-cha', '--format', ''], /unknown format ""; known formats: md, json, ics, csv, html/],
    [['plan', 'lin-cha', '--seed', ''], /--seed is empty\n\s+fix: Leave --seed out for the default seed/],
    [['plan', 'lin-cha', '--lang', 'fr'], /--lang "fr": persona speaks en and zh-CN\n\s+fix: Set --lang to en or zh-CN/],
    [['plan', 'nobody'], /no persona "nobody" in personas[\s\S]*Known personas: chen-ye, lin-cha/],
    [['plan', '../etc'], /"\.\.\/etc" is not a persona id: ids are file names without \.yaml[\s\S]*Known personas: chen-ye, lin-cha/],
    // A typo, another case, or the persona's name: what to type instead.
    [['plan', 'lin-chaa'], /fix: Did you mean lin-cha\? Known personas: chen-ye, lin-cha\./],
    [['plan', 'Lin-Cha'], /fix: Did you mean lin-cha\? Known personas/],
    [['plan', '林茶'], /fix: "林茶" is the name of lin-cha: commands take its id, lin-cha\./],
    [['plan', '--all', 'lin-cha'], /--all plans every persona; it does not go with ids \(lin-cha\)/],
  ])('%j', async (argv, message) => {
    const r = await cli(argv, { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
  });

  it('run outside any content repo, says so rather than suggesting a new persona there', async () => {
    const r = await cli(['plan', '--all'], { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/fix: There is no persona\.config\.yaml in .* or any folder above it: cd into your team's content repo/);
  });

  it('speaks Chinese with --lang zh-CN', async () => {
    const r = await cli(['plan', '--lang', 'zh-CN'], { cwd, lang: 'zh-CN' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('请写出要规划的人设 id，或使用 --all');
  });

  it('says a day the calendar lacks in Chinese too', async () => {
    const r = await cli(['plan', 'lin-cha', '--from', '2027-02-29', '--days', '3', '--lang', 'zh-CN'], { cwd, lang: 'zh-CN' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"2027-02-29" 这一天不存在：2027 年 2 月只有 28 天');
    expect(r.stderr).toContain('这个月的最后一天是 2027-02-28。');
  });
});

describe('persona plan: the holiday-data note once a run', () => {
  it('spans the run\'s uncovered days instead of repeating per week', async () => {
    const cwd = contentRepo(tempDir());
    const r = await cli(['plan', '--all', '--week', '2028-W02', '--weeks', '3', '--out', 'plans'], { cwd });
    expect(r.code).toBe(0);
    const notes = r.stderr.split('\n').filter((l) => l.includes('are not known for 2028'));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/^note \(chen-ye, lin-cha\): 2028-01-10 – 2028-01-30: China's public holidays/);
  });

  it('keeps one note when the run crosses New Year into a second uncovered year', async () => {
    const cwd = contentRepo(tempDir());
    const r = await cli(['plan', 'lin-cha', '--week', '2027-W51', '--weeks', '3', '--out', 'plans'], { cwd });
    expect(r.code).toBe(0);
    const notes = r.stderr.split('\n').filter((l) => l.includes("China's public holidays"));
    expect(notes).toEqual([expect.stringMatching(/^note \(lin-cha\): 2027-12-20 – 2028-01-09: .* are not known for 2027, 2028 /)]);
  });
});

describe('persona plan: each persona\'s files speak its language unless one is asked for by name', () => {
  it.each([
    ['the system language (LANG) alone', { LANG: 'en_US.UTF-8' }, [], '营销条数', 'Marketing posts'],
    ['--lang en', { LANG: 'en_US.UTF-8' }, ['--lang', 'en'], 'Marketing posts', '营销条数'],
    ['PERSONA_LANG=en', { PERSONA_LANG: 'en' }, [], 'Marketing posts', '营销条数'],
  ] as const)('%s', async (_name, env, flags, shown, notShown) => {
    const cwd = contentRepo(tempDir());
    const r = await cli(['plan', 'lin-cha', '--week', '2026-W49', '--out', 'plans', '--quiet', ...flags], { cwd, lang: undefined, env: { NO_COLOR: '1', ...env } });
    expect(r.code).toBe(0);
    const md = readFileSync(join(cwd, 'plans/2026-W49/lin-cha.md'), 'utf8');
    expect(md).toContain(shown);
    expect(md).not.toContain(notShown);
  });
});

describe('persona plan: notes speak the terminal\'s language, files the persona\'s', () => {
  // 2028 is past the holiday data, so a zh-CN persona's plan carries a note about it.
  it.each([
    ['en', "China's public holidays and make-up workdays (调休) are not known for 2028", '2028 年的法定节假日和调休安排尚无数据'],
    ['zh-CN', '2028 年的法定节假日和调休安排尚无数据', "are not known for 2028"],
  ] as const)('--lang %s', async (lang, shown, notShown) => {
    const cwd = contentRepo(tempDir());
    const r = await cli(['plan', 'lin-cha', '--from', '2028-03-06', '--days', '3', '--out', 'plans', '--lang', lang], { cwd, lang });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(shown);
    expect(r.stderr).not.toContain(notShown);
    // The plan file keeps the persona's language whatever the terminal's.
    const plan = JSON.parse(readFileSync(join(cwd, 'plans/2028-03-06_2028-03-08/lin-cha.json'), 'utf8'));
    expect(plan.warnings.join('\n')).toContain('2028 年的法定节假日和调休安排尚无数据');
  });
});

describe('persona plan: the calendar and the files', () => {
  it('prints a readable calendar when there is no out dir', async () => {
    const cwd = contentRepo(tempDir());
    const r = await cli(['plan', 'lin-cha', '--week', '2026-W49'], { cwd });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# 林茶 · week of posts 2026-11-30 – 2026-12-06');
    expect(r.stdout).toMatch(/## Thu 2026-12-03 · Marketing \d\/1 · salesiness/);
    // A product by its name (the JSON keeps the id).
    expect(r.stdout).toMatch(/### \d\d:\d\d · Live · 武夷肉桂/);
    expect(r.stdout).not.toContain('rougui');
    expect(r.stdout).toContain('## Sun 2026-12-06 · Rest day');
    expect(r.stdout).toContain('Shot list:');
    expect(existsSync(join(cwd, 'plans'))).toBe(false);
  });

  it('writes JSON that follows the schema and Markdown, byte-identical on a rerun', async () => {
    const cwd = contentRepo(tempDir());
    const r = await cli(['plan', '--all', '--week', '2026-W49', '--out', 'plans'], { cwd });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/lin-cha {2}2026-W49 {2}\d+ posts · \d+ marketing/);
    expect(r.stdout).toMatch(/team cha-she: 2 persona\(s\)/);
    const dir = join(cwd, 'plans', '2026-W49');
    expect(readdirSync(dir).sort()).toEqual(['chen-ye.json', 'chen-ye.md', 'index.md', 'lin-cha.json', 'lin-cha.md']);
    const first = readFileSync(join(dir, 'lin-cha.json'), 'utf8');
    const plan = planSchema.parse(JSON.parse(first));
    expect(plan.persona).toEqual({ id: 'lin-cha', name: '林茶', timezone: 'Asia/Shanghai', locale: 'zh-CN', team: 'cha-she' });
    expect(plan.seed).toBe('lin-cha/2026-W49');
    await cli(['plan', '--all', '--week', '2026-W49', '--out', 'plans'], { cwd });
    expect(readFileSync(join(dir, 'lin-cha.json'), 'utf8')).toBe(first);
  });

  it('says when re-planning replaced a written plan with a different one, and not when the rerun is identical', async () => {
    const cwd = contentRepo(tempDir());
    expect((await cli(['plan', 'lin-cha', '--week', '2026-W49', '--out', 'plans'], { cwd })).code).toBe(0);
    expect((await cli(['plan', 'lin-cha', '--week', '2026-W49', '--out', 'plans'], { cwd })).stderr).toBe('');
    const r = await cli(['plan', 'lin-cha', '--week', '2026-W49', '--out', 'plans', '--seed', 'other'], { cwd });
    expect(r.stderr).toContain('note: replaced plans written before, now different: plans/2026-W49/lin-cha.json (anything imported from them or swapped in them is out of date)');
  });

  it('re-plans one week in the middle with another seed and keeps the neighbours valid', async () => {
    const cwd = contentRepo(tempDir());
    expect((await cli(['plan', '--all', '--week', '2026-W49', '--weeks', '3', '--out', 'plans'], { cwd })).code).toBe(0);
    const before = readFileSync(join(cwd, 'plans/2026-W50/lin-cha.json'), 'utf8');
    const r = await cli(['plan', 'lin-cha', '--week', '2026-W50', '--seed', 'again', '--out', 'plans'], { cwd });
    expect(r.stderr).toBe('note: replaced plans written before, now different: plans/2026-W50/lin-cha.json (anything imported from them or swapped in them is out of date)\n');
    expect(readFileSync(join(cwd, 'plans/2026-W50/lin-cha.json'), 'utf8')).not.toBe(before);
    const check = await cli(['plan', '--check', 'plans'], { cwd });
    expect(check.stdout).toContain('checked 6 plan(s) in 3 label(s): 0 violation(s)');
    expect(check.code).toBe(0);
  });

  it('re-planning a week rewrites every view of the persona already there: no old calendar beside the new plan', async () => {
    const cwd = contentRepo(tempDir());
    expect((await cli(['plan', '--all', '--week', '2026-W49', '--out', 'plans', '--format', 'md,json,ics,csv'], { cwd })).code).toBe(0);
    const dir = join(cwd, 'plans', '2026-W49');
    const oldIcs = readFileSync(join(dir, 'lin-cha.ics'), 'utf8');
    // One persona again, another seed, the default views only.
    const r = await cli(['plan', 'lin-cha', '--week', '2026-W49', '--out', 'plans', '--seed', '7', '--quiet'], { cwd });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const plan = planSchema.parse(JSON.parse(readFileSync(join(dir, 'lin-cha.json'), 'utf8')));
    const ics = readFileSync(join(dir, 'lin-cha.ics'), 'utf8');
    expect(ics).not.toBe(oldIcs);
    const starts = [...ics.matchAll(/^DTSTART[^:]*:(\d{8}T\d{6}Z)/gm)].map((m) => m[1]);
    expect(starts).toEqual(plan.posts.map((p) => new Date(p.at).toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '')));
    const csv = readFileSync(join(dir, 'lin-cha.csv'), 'utf8');
    for (const post of plan.posts) expect(csv).toContain(`${post.at.slice(0, 10)},${post.at.slice(11, 16)},${post.kind},`);
    expect(csv.match(/^\d{4}-\d\d-\d\d,\d\d:\d\d,/gm)).toHaveLength(plan.posts.length);
    // The index still sums both personas, not only the one planned again.
    const index = readFileSync(join(dir, 'index.md'), 'utf8');
    expect(index).toContain('chen-ye.md');
    expect(index).toContain('lin-cha.md');
  });

  it('writes the index once a folder holds a second persona, though each was planned alone', async () => {
    const cwd = contentRepo(tempDir());
    const dir = join(cwd, 'plans', '2026-W49');
    expect((await cli(['plan', 'lin-cha', '--week', '2026-W49', '--out', 'plans', '--quiet'], { cwd })).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['lin-cha.json', 'lin-cha.md']);
    expect((await cli(['plan', 'chen-ye', '--week', '2026-W49', '--out', 'plans', '--quiet'], { cwd })).code).toBe(0);
    const index = readFileSync(join(dir, 'index.md'), 'utf8');
    expect(index).toContain('chen-ye.md');
    expect(index).toContain('lin-cha.md');
  });

  it('after the policy is tightened, names the weeks written under the looser ceiling and how to re-plan them (no "planner bug")', async () => {
    const cwd = contentRepo(tempDir());
    expect((await cli(['plan', 'lin-cha', '--week', '2026-W49', '--weeks', '2', '--out', 'plans', '--quiet'], { cwd })).code).toBe(0);
    const config = join(cwd, 'persona.config.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('maxMarketingShare: 0.25', 'maxMarketingShare: 0.05'));
    const r = await cli(['plan', 'lin-cha', '--week', '2026-W51', '--out', 'plans'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/persona lin-cha: 2026-W50, already written under a looser "marketing share of any 7 days" ceiling \(0\.25, now 0\.05\)/);
    expect(r.stderr).toContain('persona plan lin-cha --week 2026-W50 --out plans');
    expect(r.stderr).not.toMatch(/planner bug/);
    expect(existsSync(join(cwd, 'plans', '2026-W51'))).toBe(false);
  });

  it('refuses a range that overlaps another label already written, and says how to re-plan that label', async () => {
    const cwd = contentRepo(tempDir());
    expect((await cli(['plan', 'lin-cha', '--week', '2026-W50', '--out', 'plans'], { cwd })).code).toBe(0);
    const week = readFileSync(join(cwd, 'plans/2026-W50/lin-cha.json'), 'utf8');
    const r = await cli(['plan', 'lin-cha', '--from', '2026-12-10', '--days', '7', '--out', 'plans'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error[overlapping-plan]: persona lin-cha: 2026-12-10 – 2026-12-16 overlaps 2026-W50 (2026-12-07 – 2026-12-13), which is already planned; nothing was written');
    expect(r.stderr).toContain('Re-plan 2026-W50 itself (persona plan lin-cha --week 2026-W50 --out plans), or delete plans/2026-W50/lin-cha.json first.');
    expect(r.stderr).not.toContain('planner bug');
    expect(readdirSync(join(cwd, 'plans'))).toEqual(['2026-W50']);
    expect(readFileSync(join(cwd, 'plans/2026-W50/lin-cha.json'), 'utf8')).toBe(week);
    // Re-planning the label itself is not an overlap, and the days after it are free.
    expect((await cli(['plan', 'lin-cha', '--week', '2026-W50', '--out', 'plans'], { cwd })).code).toBe(0);
    expect((await cli(['plan', 'lin-cha', '--from', '2026-12-14', '--days', '7', '--out', 'plans'], { cwd })).code).toBe(0);
  });

  it('refuses a run of weeks when a later week overlaps a written label, and writes none of its weeks', async () => {
    const cwd = contentRepo(tempDir());
    expect((await cli(['plan', 'lin-cha', '--from', '2026-12-10', '--days', '3', '--out', 'plans'], { cwd })).code).toBe(0);
    const r = await cli(['plan', 'lin-cha', '--week', '2026-W49', '--weeks', '2', '--out', 'plans'], { cwd, lang: 'zh-CN' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('错误[overlapping-plan]: 人设 lin-cha：2026-12-07 – 2026-12-13 与已排好的 2026-12-10_2026-12-12（2026-12-10 – 2026-12-12）有重叠');
    expect(r.stderr).toContain('persona plan lin-cha --from 2026-12-10 --days 3 --out plans');
    expect(readdirSync(join(cwd, 'plans'))).toEqual(['2026-12-10_2026-12-12']);
  });

  it('refuses an impossible persona, names the rule and what to add, and writes nothing', async () => {
    const cwd = contentRepo(tempDir());
    writeTree(cwd, {
      'personas/chen-ye.yaml': readFileSync(join(cwd, 'personas/chen-ye.yaml'), 'utf8').replace('postsPerDay: { min: 1, max: 1 }', 'postsPerDay: { min: 6, max: 6 }'),
    });
    const r = await cli(['plan', '--all', '--week', '2026-W49', '--out', 'plans'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/persona chen-ye: \d+ zh-CN templates fit, \d+ needed for 6 post\(s\) a day under a 28-day cooldown/);
    expect(r.stderr).toMatch(/fix: Add templates for its interests \(tea, reading\)/);
    // Once for the run: nothing of anyone was written, and how to plan the others meanwhile.
    expect(r.stderr).toContain('nothing was written: 1 of 2 personas cannot be planned (chen-ye); a run is written whole or not at all');
    expect(r.stderr).toContain('persona plan lin-cha --week 2026-W49 --out plans');
    expect(existsSync(join(cwd, 'plans'))).toBe(false);
  });

  it('names the personas clashing with one written label in one problem, not one each', async () => {
    const cwd = contentRepo(tempDir());
    const lin = readFileSync(join(cwd, 'personas/lin-cha.yaml'), 'utf8');
    writeTree(cwd, { 'personas/lin-cha-2.yaml': lin.replace('id: lin-cha', 'id: lin-cha-2') });
    expect((await cli(['plan', '--all', '--from', '2026-12-10', '--days', '3', '--out', 'plans'], { cwd })).code).toBe(0);
    const r = await cli(['plan', '--all', '--week', '2026-W50', '--out', 'plans'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('plans/2026-12-10_2026-12-12: error[overlapping-plan]: 3 personas (chen-ye, lin-cha, lin-cha-2): 2026-12-07 – 2026-12-13 overlaps 2026-12-10_2026-12-12 (2026-12-10 – 2026-12-12), which is already planned; nothing was written');
    expect(r.stderr).toContain('Re-plan 2026-12-10_2026-12-12 itself (persona plan chen-ye lin-cha lin-cha-2 --from 2026-12-10 --days 3 --out plans), or delete their files in plans/2026-12-10_2026-12-12 first.');
    expect(r.stderr.match(/overlaps 2026-12-10_2026-12-12/g)).toHaveLength(1);
  });

  it('when every persona is refused, says so with their own code and no offer to plan the others', async () => {
    const cwd = contentRepo(tempDir());
    expect((await cli(['plan', '--all', '--from', '2026-12-10', '--days', '3', '--out', 'plans'], { cwd })).code).toBe(0);
    const r = await cli(['plan', '--all', '--week', '2026-W50', '--out', 'plans'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error[overlapping-plan]: nothing was written: none of the 2 personas can be planned');
    expect(r.stderr).toContain('fix: Fix the problems above and run again.');
    expect(r.stderr).not.toContain('plan the other');
    expect(r.stderr).not.toContain('unsatisfiable');
  });

  it('refuses a library with a Handlebars syntax error in any template, picked this week or not', async () => {
    const cwd = contentRepo(tempDir());
    // An English template no zh-CN persona can pick: before, it passed every plan until the week one could.
    writeTree(cwd, { 'templates/en/lifestyle/broken.hbs': '---\nkind: lifestyle\nlocale: en\ntopics: [tea]\n---\nTea {{#if persona.name}}at four\n' });
    const r = await cli(['plan', '--all', '--week', '2026-W49', '--out', 'plans'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('templates/en/lifestyle/broken.hbs:6:5: error[template-syntax]: {{#if}} opened here is never closed');
    expect(existsSync(join(cwd, 'plans'))).toBe(false);
  });

  it('names every template that cannot render for a persona, not only the first the planner tried', async () => {
    const cwd = contentRepo(tempDir());
    const lin = readFileSync(join(cwd, 'personas/lin-cha.yaml'), 'utf8').replace('team: cha-she\n', '');
    const team = (i: number) => `---\nkind: lifestyle\ntopics: [tea]\nlocale: zh-CN\n---\n今天和{{persona.team}}的同事喝了第${i}泡茶。\n`;
    writeTree(cwd, { 'personas/lin-cha.yaml': lin, 'templates/zh-CN/lifestyle/team-1.hbs': team(1), 'templates/zh-CN/lifestyle/team-2.hbs': team(2), 'templates/zh-CN/lifestyle/team-3.hbs': team(3) });
    const r = await cli(['plan', 'lin-cha', '--week', '2026-W49', '--weeks', '4', '--out', 'plans'], { cwd });
    expect(r.code).toBe(2);
    for (const i of [1, 2, 3]) expect(r.stderr).toContain(`templates/zh-CN/lifestyle/team-${i}.hbs:6:6: error[template-render]: unknown variable "persona.team"`);
    expect(existsSync(join(cwd, 'plans'))).toBe(false);
  });

  it('--json prints the plan object for scripts', async () => {
    const cwd = contentRepo(tempDir());
    const r = await cli(['plan', 'chen-ye', '--from', '2026-12-01', '--days', '3', '--json'], { cwd });
    expect(r.code).toBe(0);
    const plan = planSchema.parse(JSON.parse(r.stdout));
    expect(plan.range).toEqual({ from: '2026-12-01', to: '2026-12-03' });
    expect(plan.posts).toHaveLength(3);
  });
});

describe('persona plan --check', () => {
  it('names two labels that plan the same days for one persona (copied in by hand: plan refuses to write them)', async () => {
    const cwd = contentRepo(tempDir());
    expect((await cli(['plan', 'lin-cha', '--week', '2026-W50', '--out', 'plans'], { cwd })).code).toBe(0);
    expect((await cli(['plan', 'lin-cha', '--from', '2026-12-10', '--days', '7', '--out', 'elsewhere'], { cwd })).code).toBe(0);
    renameSync(join(cwd, 'elsewhere/2026-12-10_2026-12-16'), join(cwd, 'plans/2026-12-10_2026-12-16'));
    const r = await cli(['plan', '--check', 'plans'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('plans/2026-12-10_2026-12-16/lin-cha.json: overlapping plans: 2026-12-10 – 2026-12-16 overlaps plans/2026-W50/lin-cha.json (2026-12-07 – 2026-12-13); both would be posted');
  });

  it('exits 1 and names the rule when a written plan was edited to break it', async () => {
    const cwd = contentRepo(tempDir());
    await cli(['plan', 'chen-ye', '--week', '2026-W49', '--out', 'plans'], { cwd });
    const file = join(cwd, 'plans/2026-W49/chen-ye.json');
    const plan = JSON.parse(readFileSync(file, 'utf8'));
    for (const p of plan.posts) p.marketing = true;
    writeFileSync(file, JSON.stringify(plan));
    const r = await cli(['plan', '--check', 'plans'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/plans\/2026-W49\/chen-ye.json: hours between marketing posts: .* are 24 hours apart, at least 36 required/);
    expect(r.stdout).toMatch(/marketing share of any 7 days/);
  });

  it('measures what a plan records rather than trusting it: a product post relabelled calm at salesiness 0, or a salesy line added to a lifestyle post', async () => {
    const cwd = contentRepo(tempDir());
    expect((await cli(['plan', 'lin-cha', '--week', '2026-W49', '--out', 'plans'], { cwd })).code).toBe(0);
    expect((await cli(['plan', '--check', 'plans'], { cwd })).stdout).toContain(': 0 violation(s)');
    const file = join(cwd, 'plans/2026-W49/lin-cha.json');
    const plan = JSON.parse(readFileSync(file, 'utf8'));
    const product = plan.posts.find((p: { kind: string }) => p.kind === 'product');
    Object.assign(product, { kind: 'story', salesiness: 0, marketing: false });
    const calm = plan.posts.find((p: { kind: string }) => p.kind === 'lifestyle');
    calm.text += '\n限时秒杀，赶紧下单！';
    writeFileSync(file, JSON.stringify(plan));
    const r = await cli(['plan', '--check', 'plans'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`post ${product.id} is recorded as story, but its template is a product template (counted as product)`);
    expect(r.stdout).toMatch(new RegExp(`post ${product.id} records salesiness 0, below what it is \\(0\\.\\d+: the template declares 0\\.\\d+`));
    expect(r.stdout).toMatch(new RegExp(`post ${calm.id} records salesiness [\\d.]+, below what it is \\(0\\.[5-9]\\d*: .* the text measures 0\\.[5-9]`));
    // verify() then reads the plan as it is: both posts are marketing the file does not mark.
    expect(r.stdout).toMatch(new RegExp(`marketing classification: ${calm.id}: kind lifestyle with salesiness 0\\.\\d+ must be marked marketing`));
    expect(r.stdout).toMatch(new RegExp(`marketing classification: ${product.id}: kind product`));
  });

  it('says a team-template breach once, on the first file, naming both teammates', async () => {
    const cwd = contentRepo(tempDir());
    expect((await cli(['plan', '--all', '--week', '2026-W49', '--out', 'plans'], { cwd })).code).toBe(0);
    const read = (id: string) => JSON.parse(readFileSync(join(cwd, `plans/2026-W49/${id}.json`), 'utf8'));
    const [lin, chen] = [read('lin-cha'), read('chen-ye')];
    // chen-ye takes a template lin-cha posts that day (the team allows one persona per template per day).
    const theirs = lin.posts.find((p: { at: string; kind: string }) => chen.posts.some((q: { at: string; kind: string }) => q.at.slice(0, 10) === p.at.slice(0, 10) && q.kind === p.kind));
    const mine = chen.posts.find((q: { at: string; kind: string }) => q.at.slice(0, 10) === theirs.at.slice(0, 10) && q.kind === theirs.kind);
    mine.template = theirs.template;
    writeFileSync(join(cwd, 'plans/2026-W49/chen-ye.json'), JSON.stringify(chen));
    const r = await cli(['plan', '--check', 'plans'], { cwd });
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n').filter((l) => l.includes('one template per team per day'));
    expect(lines).toEqual([`plans/2026-W49/chen-ye.json: one template per team per day: ${theirs.at.slice(0, 10)}: template ${theirs.template} is used by 2 personas of team cha-she (chen-ye, lin-cha), at most 1`]);
    expect(r.stdout).toContain(': 1 violation(s)');
  });

  it('holds a plan to the ceilings the config sets now, not only to the ones it records (edited by hand or written before a tightening)', async () => {
    const cwd = contentRepo(tempDir());
    await cli(['plan', 'chen-ye', '--week', '2026-W49', '--out', 'plans'], { cwd });
    const file = join(cwd, 'plans/2026-W49/chen-ye.json');
    const plan = JSON.parse(readFileSync(file, 'utf8'));
    // Loosen the recorded rules so that two marketing posts on one day pass verify() against them.
    Object.assign(plan.rules, { maxMarketingPerDay: 2, minHoursBetweenMarketing: 1, maxMarketingShare: 0.5 });
    writeFileSync(file, JSON.stringify(plan));
    const r = await cli(['plan', '--check', 'plans'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('plans/2026-W49/chen-ye.json: written under a looser maxMarketingPerDay (2) than persona.config.yaml and the persona set now (1)');
    expect(r.stdout).toMatch(/looser minHoursBetweenMarketing \(1\)/);
  });

  it('holds a plan to the windows, series, rest days, campaigns and template cooldowns the workspace sets now', async () => {
    const cwd = contentRepo(tempDir());
    await cli(['plan', 'lin-cha', '--week', '2026-W49', '--out', 'plans'], { cwd });
    const file = join(cwd, 'plans/2026-W49/lin-cha.json');
    const plan = JSON.parse(readFileSync(file, 'utf8'));
    expect(plan.rules.series.length).toBeGreaterThan(0);
    expect(plan.rules.restDays.length).toBeGreaterThan(0);
    // Each edit hides a broken rule from verify(), which reads the rules the plan records.
    plan.rules.windows.push('10:00-11:00');
    plan.rules.series = [];
    plan.rules.restDays = [];
    plan.rules.campaigns = [{ name: 'made-up', from: '2026-11-30', to: '2026-12-06', maxMarketingShare: 0.5, maxMarketingPerDay: 2, minHoursBetweenMarketing: 8, weeklySalesinessBudget: 3 }];
    const edited = plan.posts.find((p: { cooldownDays: number }) => p.cooldownDays > 0);
    edited.cooldownDays = 0;
    writeFileSync(file, JSON.stringify(plan));
    const r = await cli(['plan', '--check', 'plans'], { cwd });
    expect(r.code).toBe(1);
    for (const field of ['windows', 'series', 'restDays', 'campaign "made-up"', `cooldownDays of ${edited.id}`]) expect(r.stdout).toContain(`written under a looser ${field} (`);
    // A campaign is named with its limits, so the line says what was looser.
    expect(r.stdout).toContain('written under a looser campaign "made-up" (2026-11-30 – 2026-12-06: share 0.5, 2 a day, 8 h apart, budget 3) than');
  });

  it('finds a built-in quiet day (清明节) dropped from a plan, and leaves alone a campaign the config has since loosened', async () => {
    const cwd = contentRepo(tempDir());
    await cli(['plan', 'lin-cha', '--week', '2027-W14', '--out', 'plans'], { cwd });
    const file = join(cwd, 'plans/2027-W14/lin-cha.json');
    const plan = JSON.parse(readFileSync(file, 'utf8'));
    expect(plan.rules.quietDays).toContain('2027-04-05');
    plan.rules.quietDays = plan.rules.quietDays.filter((d: string) => d !== '2027-04-05');
    writeFileSync(file, JSON.stringify(plan));
    const r = await cli(['plan', '--check', 'plans'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('written under a looser quietDays (');
  });

  it('finds an emoji added to a post of a persona whose voice has none (chen-ye: emoji none)', async () => {
    const cwd = contentRepo(tempDir());
    await cli(['plan', 'chen-ye', '--week', '2026-W49', '--out', 'plans'], { cwd });
    const file = join(cwd, 'plans/2026-W49/chen-ye.json');
    const plan = JSON.parse(readFileSync(file, 'utf8'));
    expect((await cli(['plan', '--check', 'plans'], { cwd })).code).toBe(0);
    plan.posts[0].text += ' 🍵';
    writeFileSync(file, JSON.stringify(plan));
    const r = await cli(['plan', '--check', 'plans'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`plans/2026-W49/chen-ye.json: words to avoid: ${plan.posts[0].id}: the text has "🍵", and the persona's voice has no emoji (emoji: none)`);
  });

  it('finds a live lead-up moved after its stream', async () => {
    const cwd = contentRepo(tempDir());
    await cli(['plan', 'lin-cha', '--week', '2026-W49', '--out', 'plans'], { cwd });
    const file = join(cwd, 'plans/2026-W49/lin-cha.json');
    const plan = JSON.parse(readFileSync(file, 'utf8'));
    const live = plan.posts.find((p: { kind: string }) => p.kind === 'live');
    expect(live).toBeDefined();
    live.at = '2026-12-03T21:30:00+08:00';
    writeFileSync(file, JSON.stringify(plan));
    const r = await cli(['plan', '--check', 'plans'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`live lead-ups before their stream: ${live.id}: a live lead-up at 2026-12-03T21:30:00+08:00 with no stream of ${live.product} in the 3 days after it`);
  });

  it('exits 2 on a plan file that is not JSON', async () => {
    const cwd = contentRepo(tempDir());
    writeTree(cwd, { 'plans/2026-W49/chen-ye.json': '{ nope' });
    const r = await cli(['plan', '--check', 'plans'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/plans\/2026-W49\/chen-ye.json is not a readable plan/);
  });
});

describe('campaign weeks', () => {
  const config = (campaigns: string) => `personas: personas
templates: [templates]
builtinTemplates: false
campaigns:
${campaigns}
`;
  it('loosen the ceilings on their days only, are recorded in the plan and shown in every view', async () => {
    const cwd = contentRepo(tempDir());
    writeTree(cwd, {
      'persona.config.yaml': config(`  - { name: 双12, from: 2026-12-09, to: 2026-12-12, density: { maxMarketingPerDay: 2, minHoursBetweenMarketing: 8, maxMarketingShare: 0.5, weeklySalesinessBudget: 3 } }`),
    });
    const r = await cli(['plan', 'lin-cha', '--week', '2026-W50', '--out', 'plans', '--format', 'md,json,csv,ics,html'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('note (lin-cha): campaign 双12 (2026-12-09 – 2026-12-12): up to 2 marketing a day, 8 h apart, 50% of any 7 days, salesiness 3');
    const plan = planSchema.parse(JSON.parse(readFileSync(join(cwd, 'plans/2026-W50/lin-cha.json'), 'utf8')));
    expect(plan.warnings).toContain('活动 双12（2026-12-09 – 2026-12-12）：每天最多 2 条营销，间隔 8 小时，任意 7 天占比 50%，推销分 3');
    expect(plan.rules.campaigns).toEqual([{ name: '双12', from: '2026-12-09', to: '2026-12-12', maxMarketingShare: 0.5, maxMarketingPerDay: 2, minHoursBetweenMarketing: 8, weeklySalesinessBudget: 3 }]);
    expect(plan.rules.maxMarketingPerDay).toBe(1);
    for (const p of plan.posts.filter((x) => x.marketing)) {
      const date = p.at.slice(0, 10);
      const sameDay = plan.posts.filter((x) => x.marketing && x.at.startsWith(date)).length;
      if (date < '2026-12-09' || date > '2026-12-12') expect(sameDay).toBe(1);
    }
    expect(readFileSync(join(cwd, 'plans/2026-W50/lin-cha.md'), 'utf8')).toContain('Campaign 双12');
    expect(readFileSync(join(cwd, 'plans/2026-W50/lin-cha.csv'), 'utf8').split('\r\n')[0]).toMatch(/,images,campaign$/);
    expect(readFileSync(join(cwd, 'plans/2026-W50/lin-cha.html'), 'utf8')).toContain('Campaign 双12');
    const check = await cli(['plan', '--check', 'plans'], { cwd });
    expect(check.code).toBe(0);
  });

  it('still pass --check when the config later loosens or lengthens the campaign they were planned under', async () => {
    const cwd = contentRepo(tempDir());
    writeTree(cwd, { 'persona.config.yaml': config(`  - { name: 双12, from: 2026-12-09, to: 2026-12-12, density: { maxMarketingPerDay: 2, minHoursBetweenMarketing: 8, maxMarketingShare: 0.5, weeklySalesinessBudget: 3 } }`) });
    expect((await cli(['plan', 'lin-cha', '--week', '2026-W50', '--out', 'plans'], { cwd })).code).toBe(0);
    writeTree(cwd, { 'persona.config.yaml': config(`  - { name: 双12, from: 2026-12-08, to: 2026-12-13, density: { maxMarketingPerDay: 3, minHoursBetweenMarketing: 6, maxMarketingShare: 0.5, weeklySalesinessBudget: 3 } }`) });
    const check = await cli(['plan', '--check', 'plans'], { cwd });
    expect(check.stdout).not.toContain('looser campaign');
    expect(check.code).toBe(0);
  });

  it.each([
    ['  - { name: 年货节, from: 2027-01-01, to: 2027-02-15, density: { maxMarketingPerDay: 2 } }', /a campaign of 46 days is not temporary; at most 31 days/],
    ['  - { name: 双11, from: 2026-11-09, to: 2026-11-12, density: { maxMarketingShare: 0.8 } }', /campaigns\[0\]\.density\.maxMarketingShare/],
    ['  - { name: a, from: 2026-11-09, to: 2026-11-12, density: {} }\n  - { name: b, from: 2026-11-11, to: 2026-11-13, density: {} }', /campaign "b" overlaps campaign "a"/],
  ])('an unbounded allowance is refused: %s', async (campaigns, message) => {
    const cwd = contentRepo(tempDir());
    writeTree(cwd, { 'persona.config.yaml': config(campaigns) });
    const r = await cli(['plan', 'lin-cha', '--week', '2026-W50'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('a content repo that relies on the bundled library', () => {
  it('plans without a templates/ folder of its own when the config does not name one', async () => {
    const cwd = tempDir();
    writeTree(cwd, {
      'persona.config.yaml': 'density:\n  maxMarketingShare: 0.25\n',
      'personas/emma.yaml': readFileSync(new URL('../../personas/emma.yaml', import.meta.url), 'utf8'),
    });
    const r = await cli(['plan', 'emma', '--week', '2026-W49', '--json'], { cwd });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(planSchema.parse(JSON.parse(r.stdout)).posts.length).toBeGreaterThan(0);
  });

  it("lets a template of the team's own replace a bundled one by taking its id (own folders come first)", async () => {
    const cwd = tempDir();
    const own = '---\nkind: lifestyle\ntopics: [coffee]\nlocale: en\nsalesiness: 0\nweight: 1000\ntime: any\nimages:\n  - The team mug\n---\nOur own cold brew note, {{weekday}}.\n';
    writeTree(cwd, {
      'persona.config.yaml': 'templates: [team-templates]\n',
      'personas/emma.yaml': readFileSync(new URL('../../personas/emma.yaml', import.meta.url), 'utf8'),
      'team-templates/en/lifestyle/coffee/cold-brew-jar-in-the-fridge.hbs': own,
    });
    const validate = await cli(['validate'], { cwd });
    expect(validate.stderr).not.toContain('duplicate-id');
    expect(validate.code).toBe(0);
    const r = await cli(['plan', 'emma', '--week', '2026-W49', '--json'], { cwd });
    expect(r.code).toBe(0);
    const posts = planSchema.parse(JSON.parse(r.stdout)).posts.filter((p) => p.template === 'en/lifestyle/coffee/cold-brew-jar-in-the-fridge');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.text).toMatch(/^Our own cold brew note, /);
  });

  it('still reports a templates folder the config names and that is missing', async () => {
    const cwd = tempDir();
    writeTree(cwd, {
      'persona.config.yaml': 'templates: [team-templates]\n',
      'personas/emma.yaml': readFileSync(new URL('../../personas/emma.yaml', import.meta.url), 'utf8'),
    });
    const r = await cli(['plan', 'emma', '--week', '2026-W49'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('template folder team-templates does not exist');
  });
});

describe('a campaign week', () => {
  it('carries more marketing than the same week without the campaign (each plan verified before it is printed)', async () => {
    const marketing = async (config: string) => {
      const cwd = contentRepo(tempDir());
      writeTree(cwd, { 'persona.config.yaml': config });
      const r = await cli(['plan', 'lin-cha', '--week', '2026-W50', '--json'], { cwd });
      expect(r.code).toBe(0);
      return planSchema.parse(JSON.parse(r.stdout)).posts.filter((p) => p.marketing).length;
    };
    const base = 'personas: personas\ntemplates: [templates]\nbuiltinTemplates: false\n';
    const without = await marketing(base);
    const during = await marketing(`${base}campaigns:\n  - { name: 双12, from: 2026-12-07, to: 2026-12-13, density: { maxMarketingPerDay: 2, minHoursBetweenMarketing: 8, maxMarketingShare: 0.5, weeklySalesinessBudget: 4 } }\n`);
    expect(during).toBeGreaterThan(without);
  });
});

describe('persona plan: a team whose earlier picks left a teammate nothing', () => {
  // Three teammates, one template a day each, one persona per template per day. Ada and Ben like tea and running;
  // Cai only tea, and one template is about tea. Planned in order, Ada or Ben takes the tea template some day and Cai
  // is refused; the team planned again with Cai first fits everyone.
  const persona = (id: string, interests: string) => `id: ${id}
name: ${id}
locale: en
timezone: Europe/London
role: shop assistant
bio: Works at the corner shop.
team: corner
voice: { tone: [warm], emoji: none, signature: "", phrases: [], avoid: [] }
interests: [${interests}]
schedule:
  windows: ["12:00-13:00"]
  postsPerDay: { min: 1, max: 1 }
  restDays: []
`;
  const template = (topic: string, n: number) => `---\nkind: lifestyle\ntopics: [${topic}]\nlocale: en\nsalesiness: 0\nimages: [a window]\n---\n${topic} note ${n}, {{weekday}} {{date}}.\n`;
  it('plans the team again with the refused teammate first, and every rule holds', async () => {
    const cwd = writeTree(tempDir(), {
      'persona.config.yaml': 'personas: personas\ntemplates: [templates]\nbuiltinTemplates: false\ndensity: { defaultCooldownDays: 0 }\nteam: { maxPersonasPerTemplatePerDay: 1 }\n',
      'personas/ada.yaml': persona('ada', '{ topic: tea, weight: 3 }, { topic: running, weight: 1 }'),
      'personas/ben.yaml': persona('ben', '{ topic: tea, weight: 3 }, { topic: running, weight: 1 }'),
      'personas/cai.yaml': persona('cai', '{ topic: tea, weight: 1 }'),
      'templates/en/lifestyle/tea.hbs': template('tea', 1),
      'templates/en/lifestyle/run-1.hbs': template('running', 1),
      'templates/en/lifestyle/run-2.hbs': template('running', 2),
    });
    const r = await cli(['plan', '--all', '--week', '2026-W49', '--out', 'plans'], { cwd });
    expect(r.stderr).not.toContain('error');
    expect(r.code).toBe(0);
    const posts = ['ada', 'ben', 'cai'].map((id) => JSON.parse(readFileSync(join(cwd, `plans/2026-W49/${id}.json`), 'utf8')).posts as { at: string; template: string }[]);
    expect(posts[2]!.map((p) => p.template)).toEqual(Array(7).fill('en/lifestyle/tea'));
    for (const p of [...posts[0]!, ...posts[1]!]) expect(p.template).not.toBe('en/lifestyle/tea');
    expect((await cli(['plan', '--check', 'plans'], { cwd })).code).toBe(0);
    // The summary keeps the personas' order.
    expect(r.stdout.indexOf('ada')).toBeLessThan(r.stdout.indexOf('cai'));
  });
});
