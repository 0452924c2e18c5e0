// `persona scripts` as a salesperson runs it: alternatives in text and JSON, every case of a stage, and exit 2 with
// the known values for an unknown stage, case or product; plus the companion scripts `persona plan` attaches.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { chatRepo } from './chat-repo.js';
import { contentRepo } from './content-repo.js';

describe('persona scripts', () => {
  const cwd = chatRepo(tempDir());

  it('prints three alternatives for the product, addressed to the contact', async () => {
    const r = await cli(['scripts', 'lin-cha', '--stage', 'follow-up', '--contact', '王姐'], { cwd });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('林茶 · follow-up · 武夷肉桂 · to 王姐 · 2026-11-25');
    expect(r.stdout.match(/^\d\) 王姐，/gm)).toHaveLength(3);
    expect(r.stdout).toContain('(template zh-CN/chat/follow-up/');
  });

  it('lists every sub-case of a stage when --case is not given, and JSON is the same data', async () => {
    const r = await cli(['scripts', 'lin-cha', '--stage', 'objection', '--count', '2', '--format', 'json'], { cwd });
    expect(r.code).toBe(0);
    const scripts = JSON.parse(r.stdout) as { stage: string; case: string; product: string; template: string; text: string }[];
    expect(scripts.map((s) => s.case)).toEqual(['too-expensive', 'too-expensive', 'think-about-it', 'think-about-it', 'already-have-one', 'already-have-one', 'not-now', 'not-now']);
    expect(scripts.every((s) => s.stage === 'objection' && s.product === 'rougui' && s.text.length > 0)).toBe(true);
  });

  it('speaks the UI language in headings while the script stays in the persona\'s', async () => {
    const r = await cli(['scripts', 'grace', '--stage', 'after-sale', '--case', 'day-14', '--lang', 'zh-CN'], { cwd, lang: 'zh-CN' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Grace · 售后关怀 · the house blend');
    // Stage and case by their Chinese names, as the salesperson types them back (--stage 售后关怀 --case 第十四天).
    expect(r.stdout).toContain('== 售后关怀：第十四天 ==');
    expect(r.stdout).toMatch(/^1\) Hi/m);
  });

  it('invites to the next live stream', async () => {
    const r = await cli(['scripts', 'grace', '--stage', 'live-invite', '--count', '1'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Friday|Dec 4/);
    expect(r.stdout).toMatch(/6:00 pm/);
  });

  it("an unknown case is answered in Chinese with each case's Chinese name beside its id", async () => {
    const r = await cli(['scripts', 'lin-cha', '--stage', 'objection', '--case', '贵死了', '--lang', 'zh-CN'], { cwd, lang: 'zh-CN' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('以下之一：too-expensive（嫌贵）、think-about-it（再想想）、already-have-one（已经有了）、not-now（先不用）');
  });

  it("an unknown stage is answered in Chinese with each stage's Chinese name beside its id", async () => {
    const r = await cli(['scripts', 'lin-cha', '--stage', '成交', '--lang', 'zh-CN'], { cwd, lang: 'zh-CN' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('以下之一：greeting（打招呼）、icebreaker（破冰）、comment-reply（回复评论）、follow-up（跟进）');
  });

  it.each([
    [['--stage', '跟进', '--product', '武夷肉桂'], ['--stage', 'follow-up', '--product', 'rougui']],
    [['--stage', '顾虑', '--case', '太贵'], ['--stage', 'objection', '--case', 'too-expensive']],
    [['--stage', ' Follow-Up ', '--product', ' 武夷肉桂'], ['--stage', 'follow-up']],
    [['--stage', '售后关怀', '--case', '第三天'], ['--stage', 'after-sale', '--case', 'day-3']],
    [['--stage', 'follow-up', '--product', '肉桂'], ['--stage', 'follow-up', '--product', 'rougui']],
    // As people say and type them: a particle on the end, spaces for hyphens, a festival without 节.
    [['--stage', '顾虑', '--case', '太贵了'], ['--stage', 'objection', '--case', 'too-expensive']],
    [['--stage', 'Follow up'], ['--stage', 'follow-up']],
    [['--stage', 'after_sale', '--case', 'Day 14'], ['--stage', 'after-sale', '--case', 'day-14']],
    [['--stage', '节日问候', '--case', '中秋'], ['--stage', 'holiday-greeting', '--case', '中秋节']],
  ])('takes the names it prints and a Chinese CRM uses: %j is %j', async (named, ids) => {
    const a = await cli(['scripts', 'lin-cha', ...named], { cwd });
    expect(a.stderr).toBe('');
    expect(a.code).toBe(0);
    expect(a.stdout).toBe((await cli(['scripts', 'lin-cha', ...ids], { cwd })).stdout);
  });

  it('a name that fits two products asks which, naming both', async () => {
    const two = chatRepo(tempDir(), {
      'personas/grace.yaml': readFileSync(join(cwd, 'personas/grace.yaml'), 'utf8').replace(
        'products:\n',
        'products:\n  - { id: house-blend-decaf, name: the house blend decaf, category: coffee, points: [caramel], audience: [] }\n',
      ),
    });
    const r = await cli(['scripts', 'grace', '--stage', 'follow-up', '--product', 'house'], { cwd: two });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error[usage]: "house" fits more than one product: house-blend-decaf (the house blend decaf), house-blend (the house blend)');
    expect(r.stderr).toContain('fix: Name one of them by its id or full name.');
  });

  it('is the same on a rerun and different with another seed', async () => {
    const a = await cli(['scripts', 'lin-cha', '--stage', 'greeting'], { cwd });
    expect((await cli(['scripts', 'lin-cha', '--stage', 'greeting'], { cwd })).stdout).toBe(a.stdout);
    expect((await cli(['scripts', 'lin-cha', '--stage', 'greeting', '--seed', 'again'], { cwd })).stdout).not.toBe(a.stdout);
  });

  it.each([
    [['scripts', 'lin-cha'], /which stage\? --stage is required[\s\S]*expected: one of greeting, icebreaker/],
    [['scripts', 'lin-cha', '--stage', ' '], /which stage\? --stage is required/],
    [['scripts', 'lin-cha', '--stage', 'closing'], /unknown stage "closing"[\s\S]*expected: one of greeting, icebreaker, comment-reply, follow-up, recommendation, objection, after-sale, reactivation, holiday-greeting, live-invite/],
    [['scripts', 'lin-cha', '--stage', 'objection', '--case', 'too-cheap'], /stage objection has no case "too-cheap"[\s\S]*one of too-expensive, think-about-it, already-have-one, not-now/],
    [['scripts', 'lin-cha', '--stage', 'greeting', '--case', 'day-3'], /stage greeting has no cases/],
    [['scripts', 'lin-cha', '--stage', 'follow-up', '--product', 'oolong'], /lin-cha has no product "oolong"[\s\S]*one of rougui \(武夷肉桂\)/],
    [['scripts', 'chen-ye', '--stage', 'live-invite'], /stage live-invite needs a live stream, and chen-ye has none from 2026-11-25 on/],
    [['scripts', 'lin-cha', '--stage', 'greeting', '--format', 'yaml'], /unknown format "yaml"; known formats: text, json/],
    [['scripts', 'lin-cha', '--stage', 'greeting', '--count', '0'], /--count must be a whole number from 1 to 10/],
    [['scripts', 'nobody', '--stage', 'greeting'], /no persona "nobody"/],
  ])('%j exits 2 with the known values', async (argv, message) => {
    const r = await cli(argv, { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a library without chat templates says where to add them', async () => {
    const bare = contentRepo(tempDir());
    const r = await cli(['scripts', 'lin-cha', '--stage', 'greeting'], { cwd: bare });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no zh-CN chat template for greeting');
    expect(r.stderr).toContain('templates/zh-CN/chat/greeting/<slug>.hbs');
  });

  it('never offers a script saying a word the persona avoids or the team bans, and says so when none is left', async () => {
    const only = contentRepo(tempDir(), {
      'templates/zh-CN/chat/greeting/a.hbs': '---\nkind: chat\nstage: greeting\nlocale: zh-CN\n---\n说实话，好久不见啦。\n',
      'templates/zh-CN/chat/greeting/b.hbs': '---\nkind: chat\nstage: greeting\nlocale: zh-CN\n---\n其实一直想问问你最近怎么样。\n',
    });
    const some = await cli(['scripts', 'lin-cha', '--stage', 'greeting', '--format', 'json'], { cwd: only });
    expect(some.code).toBe(0);
    expect((JSON.parse(some.stdout) as { text: string }[]).map((x) => x.text)).toEqual(expect.arrayContaining([expect.stringContaining('说实话')]));
    const policy = readFileSync(join(only, 'persona.config.yaml'), 'utf8');
    writeFileSync(join(only, "persona.config.yaml"), policy.replace("bannedWords: [招商]", "bannedWords: [招商, 说实话, 其实]"));
    const none = await cli(['scripts', 'lin-cha', '--stage', 'greeting'], { cwd: only });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('lin-cha: every greeting chat template says a word the persona avoids or the team bans (其实, 说实话)');
    expect(none.stderr).toContain('without those words');
  });

  it('a broken chat template is named with file and line', async () => {
    const broken = chatRepo(tempDir(), { 'templates/zh-CN/chat/greeting/typo.hbs': '---\nkind: chat\nstage: greeting\nlocale: zh-CN\nweight: 100\n---\n你好\n{{contact.nmae}}\n' });
    const r = await cli(['scripts', 'lin-cha', '--stage', 'greeting', '--contact', '王姐'], { cwd: broken });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/templates\/zh-CN\/chat\/greeting\/typo\.hbs:8:\d+: error\[template-render\]: unknown variable "contact\.nmae"/);
  });
});

describe('persona plan: product and live posts carry their companion scripts', () => {
  it('comment reply and follow-up on every product post, and the invitation on live posts', async () => {
    const cwd = chatRepo(tempDir());
    const r = await cli(['plan', 'lin-cha', '--week', '2026-W49', '--json'], { cwd });
    expect(r.stderr).toBe('');
    const plan = JSON.parse(r.stdout) as { posts: { kind: string; product: string | null; chats: { stage: string; text: string }[] }[] };
    const marketing = plan.posts.filter((p) => p.kind === 'product' || p.kind === 'live');
    expect(marketing.length).toBeGreaterThan(0);
    for (const post of marketing) {
      expect(post.chats.map((c) => c.stage).slice(0, 2)).toEqual(['comment-reply', 'follow-up']);
      expect(post.chats[1]!.text).toContain('武夷肉桂');
    }
    const live = marketing.filter((p) => p.kind === 'live');
    for (const post of live) expect(post.chats.map((c) => c.stage)).toEqual(['comment-reply', 'follow-up', 'live-invite']);
    for (const post of plan.posts.filter((p) => p.kind !== 'product' && p.kind !== 'live')) expect(post.chats).toEqual([]);
    expect((await cli(['plan', 'lin-cha', '--week', '2026-W49', '--json'], { cwd })).stdout).toBe(r.stdout);
  });
});
