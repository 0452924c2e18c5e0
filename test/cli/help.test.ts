// `--help` as users read it, in both languages: golden snapshots of the top level and of plan, swap, init and
// new (UPDATE_GOLDEN=1 rewrites them on purpose), and real examples in every command's help.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Command } from 'commander';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { cli } from '../helpers/cli.js';

const UPDATE = process.env.UPDATE_GOLDEN === '1';
const SNAPSHOTS = [[], ['plan'], ['swap'], ['init'], ['new']] as const;

async function helpPages(lang: 'en' | 'zh-CN'): Promise<string> {
  const pages: string[] = [];
  for (const command of SNAPSHOTS) {
    const r = await cli([...command, '--help'], { lang });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    pages.push(`$ persona ${[...command, '--help'].join(' ')}\n${r.stdout}`);
  }
  return pages.join('\n');
}

describe.each(['en', 'zh-CN'] as const)('--help in %s', (lang) => {
  it('matches the golden pages', async () => {
    const text = await helpPages(lang);
    const file = new URL(`./golden/help.${lang}.txt`, import.meta.url);
    if (UPDATE) writeFileSync(file, text);
    expect(existsSync(file), 'missing golden; run UPDATE_GOLDEN=1').toBe(true);
    expect(text).toBe(readFileSync(file, 'utf8'));
  });

  const names = COMMANDS.map((register) => register(new Command('persona'), { io: { lang } as never, globals: () => ({}), setExit: () => {} }).name());
  it.each(names)('persona %s --help shows real examples', async (name) => {
    const r = await cli([name, '--help'], { lang });
    const examples = r.stdout.split(lang === 'zh-CN' ? '\n示例：\n' : '\nExamples:\n')[1];
    expect(examples, `${name} has no examples section`).toBeDefined();
    const lines = examples!.split('\n').filter((l) => l.trim().startsWith(`$ persona ${name}`));
    expect(lines.length).toBeGreaterThanOrEqual(2);
  });
});

it('shows the version without loading a command', async () => {
  const r = await cli(['--version']);
  expect(r.stdout).toMatch(/^\d+\.\d+\.\d+(-[\w.]+)?\n$/);
});
