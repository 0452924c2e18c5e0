// `persona plan <id> --interactive`: the week walked post by post through a pretend terminal. Every action
// goes through revise.ts, so the written plan still verifies; refusals are shown with their reason.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPlan } from '../../src/cli/actions/plan.js';
import type { Plan } from '../../src/model/plan.js';
import { cli } from '../helpers/cli.js';
import { captureIo } from '../helpers/io.js';
import { FakeTerminal } from '../helpers/terminal.js';
import { tempDir } from '../helpers/tmp.js';
import { contentRepo } from './content-repo.js';

const OPTIONS = { ids: ['lin-cha'], week: '2026-W49', out: 'plans', interactive: true } as const;
const planOf = (cwd: string) => JSON.parse(readFileSync(join(cwd, 'plans/2026-W49/lin-cha.json'), 'utf8')) as Plan;

/** The same week planned without review: what the review starts from. */
async function unreviewed(): Promise<Plan> {
  const cwd = contentRepo(tempDir('persona-review-'));
  expect((await cli(['plan', 'lin-cha', '--week', '2026-W49', '--out', 'plans', '--format', 'json'], { cwd })).code).toBe(0);
  return planOf(cwd);
}

async function review(script: (term: FakeTerminal) => Promise<void>, lang: 'en' | 'zh-CN' = 'en') {
  const cwd = contentRepo(tempDir('persona-review-'));
  const term = new FakeTerminal();
  const { io, out, err } = captureIo({ cwd, lang });
  // What the command prints goes to the same terminal the questions are drawn on, as it would for a user.
  const print = io.stdout;
  io.stdout = (text) => {
    print(text);
    term.output.write(text);
  };
  const done = runPlan({ ...OPTIONS, ids: [...OPTIONS.ids] }, io, term.streams);
  await Promise.race([script(term), done]);
  return { cwd, code: await done, out: out(), err: err(), screen: term.screen() };
}

/** Pick the n-th action of the menu (0 = keep) for the post on screen. */
async function act(term: FakeTerminal, n: number): Promise<void> {
  // "? " marks the question while it waits for keys ("✔ " once answered).
  await term.waitFor('? This post:');
  for (let i = 0; i < n; i++) term.press('down');
  term.press('enter');
  // Each key redraws the question; the answered line ends it, so the next wait finds the next question.
  await term.waitFor('✔ This post:');
}
const KEEP = 0;
const SWAP = 1;
const EDIT = 2;
const DROP = 3;
const SAVE = 4;
const QUIT = 5;

describe('persona plan --interactive', () => {
  it('swaps, edits (a refused edit shows why and is asked again), drops, then writes a plan that verifies', async () => {
    const base = await unreviewed();
    const posts = [...base.posts].sort((a, b) => a.at.localeCompare(b.at));
    // The first two days have two posts each (postsPerDay 1–2), so dropping one of them is allowed.
    const r = await review(async (term) => {
      await act(term, SWAP);
      await term.waitFor('every rule still holds');
      await act(term, KEEP);
      await act(term, EDIT);
      await term.waitFor('New text');
      term.press('end');
      term.type('家人们');
      term.press('enter');
      await term.waitFor(/words to\s+avoid/);
      term.press('clearLine');
      term.type('今天的茶有点淡，明天多放两克。 ↵ 慢慢喝。');
      term.press('enter');
      await term.waitFor('re-scored');
      await act(term, KEEP);
      await act(term, DROP);
      await term.waitFor('Dropped');
      await act(term, SAVE);
    });
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('林茶 · 2026-11-30 – 2026-12-06');
    expect(r.out).toMatch(/\[1\/\d+\] Mon 2026-11-30/);
    const plan = planOf(r.cwd);
    const first = plan.posts.find((p) => p.id === posts[0]!.id)!;
    expect(first.template).not.toBe(posts[0]!.template);
    expect(first.at).toBe(posts[0]!.at);
    expect(plan.posts.find((p) => p.id === posts[1]!.id)!.text).toBe('今天的茶有点淡，明天多放两克。\n慢慢喝。');
    expect(readFileSync(join(r.cwd, 'plans/2026-W49/lin-cha.md'), 'utf8')).toContain('> 今天的茶有点淡，明天多放两克。');
    expect(r.out).toContain(`Dropped ${posts[2]!.id}.`);
    expect(plan.posts.some((p) => p.id === posts[2]!.id)).toBe(false);
    const check = await cli(['plan', '--check', 'plans'], { cwd: r.cwd });
    expect(check.stdout).toContain('0 violation(s)');
    expect(check.code).toBe(0);
  }, 30_000);

  it('refuses to drop the only post of a day, with the rule, and keeps it', async () => {
    const base = await unreviewed();
    const days = base.posts.map((p) => p.at.slice(0, 10));
    const sorted = [...base.posts].sort((a, b) => a.at.localeCompare(b.at));
    const lonely = sorted.findIndex((p) => days.filter((d) => d === p.at.slice(0, 10)).length === 1);
    expect(lonely).toBeGreaterThanOrEqual(0);
    const r = await review(async (term) => {
      for (let i = 0; i < lonely; i++) await act(term, KEEP);
      await act(term, DROP);
      await term.waitFor(/this change would break "posts\s+per\s+day"/);
      await act(term, SAVE);
    });
    expect(r.code).toBe(0);
    expect(planOf(r.cwd).posts.map((p) => p.id)).toContain(sorted[lonely]!.id);
  }, 30_000);

  it('writes nothing when the user quits, or presses Ctrl-C', async () => {
    const quit = await review(async (term) => {
      await act(term, SWAP);
      await act(term, QUIT);
    });
    expect(quit.code).toBe(0);
    expect(quit.err).toContain('Quit without saving: nothing was written.');
    expect(existsSync(join(quit.cwd, 'plans'))).toBe(false);

    const interrupted = await review(async (term) => {
      await act(term, KEEP);
      await term.waitFor('? This post:');
      term.press('ctrlC');
    });
    expect(interrupted.code).toBe(130);
    expect(interrupted.err).toContain('Cancelled: nothing was written.');
    expect(existsSync(join(interrupted.cwd, 'plans'))).toBe(false);
  }, 30_000);

  it('keeps everything when every post is accepted: the same bytes as planning without review', async () => {
    const base = await unreviewed();
    const r = await review(async (term) => {
      for (let i = 0; i < base.posts.length; i++) await act(term, KEEP);
    });
    expect(r.code).toBe(0);
    expect(planOf(r.cwd)).toEqual(base);
  }, 30_000);

  it('asks in Chinese', async () => {
    const r = await review(async (term) => {
      await term.waitFor('? 这一条：');
      term.press('down', 'down', 'down', 'down', 'down', 'enter');
      await term.waitFor('✔ 这一条：');
    }, 'zh-CN');
    expect(r.screen).toContain('换一条');
    expect(r.screen).toContain('不保存，退出');
    expect(r.out).toMatch(/\[1\/\d+\] 周一 2026-11-30/);
    expect(r.err).toContain('已退出，没有保存');
  }, 30_000);

  it('needs a terminal: without one it exits 2 before planning', async () => {
    const cwd = contentRepo(tempDir('persona-review-'));
    const r = await cli(['plan', 'lin-cha', '--week', '2026-W49', '--out', 'plans', '--interactive'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('plan --interactive asks about each post and needs a terminal');
    expect(r.stderr).toContain('persona swap');
    expect(existsSync(join(cwd, 'plans'))).toBe(false);
    const zh = await cli(['plan', 'lin-cha', '-i'], { cwd, lang: 'zh-CN', stdinIsTTY: true, stdoutIsTTY: false });
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('需要在终端里运行');
  });
});
