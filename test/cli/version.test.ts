import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

describe('persona --version and --help', () => {
  it('prints a version without loading any command', async () => {
    const r = await cli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+/);
  });

  it.each([
    ['en', 'plan the week'],
    ['zh-CN', '规划一周的朋友圈'],
  ] as const)('lists the commands in %s', async (lang, phrase) => {
    const r = await cli(['--help'], { lang });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(phrase);
  });
});
