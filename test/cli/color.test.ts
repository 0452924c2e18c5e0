// Colour and progress are for people at a terminal: NO_COLOR and FORCE_COLOR are honoured, pipes get plain
// text, and the progress bar appears on standard error only when it is a TTY.
import { describe, expect, it } from 'vitest';
import { colorEnabled } from '../../src/cli/io.js';
import { progressBar } from '../../src/cli/progress.js';
import { style } from '../../src/cli/style.js';
import { cli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { contentRepo } from './content-repo.js';

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[/;

describe('when output is coloured', () => {
  it.each([
    [{}, true, true],
    [{}, false, false],
    [{ NO_COLOR: '1' }, true, false],
    [{ NO_COLOR: '' }, true, true],
    [{ NO_COLOR: '1', FORCE_COLOR: '1' }, true, false],
    [{ FORCE_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '0' }, true, false],
    [{ FORCE_COLOR: 'false' }, true, false],
    [{ TERM: 'dumb' }, true, false],
  ] as const)('env %j, TTY %s → %s', (env, tty, expected) => {
    expect(colorEnabled(env, tty)).toBe(expected);
  });

  it('paints with chalk at the decided level, whatever chalk itself would detect', () => {
    expect(style({ color: true }).ok('done')).toMatch(ANSI);
    expect(style({ color: false }).ok('done')).toBe('✔ done');
    expect(style({ color: false }).command('persona plan')).toBe('persona plan');
  });

  it('colours command output and help headings only when asked', async () => {
    const root = tempDir('persona-color-');
    const plain = await cli(['init', 'one'], { cwd: root, color: false });
    expect(plain.stdout).not.toMatch(ANSI);
    const coloured = await cli(['init', 'two'], { cwd: root, color: true });
    expect(coloured.stdout).toMatch(ANSI);
    expect(coloured.stdout.replace(/\x1b\[[0-9;]*m/g, '')).toBe(plain.stdout.replaceAll('one', 'two'));
    expect((await cli(['--help'], { color: false })).stdout).not.toMatch(ANSI);
    expect((await cli(['--help'], { color: true })).stdout).toMatch(/\x1b\[1mUsage:\x1b\[22m/);
  });
});

describe('the progress bar', () => {
  const draw = (tty: boolean, options: Partial<Parameters<typeof progressBar>[1]> = {}) => {
    let err = '';
    let now = 0;
    const bar = progressBar({ stderr: (t) => (err += t), stderrIsTTY: tty }, { total: 4, title: 'planning', clock: () => (now += 100), ...options });
    for (const id of ['a', 'b', 'c', 'd']) bar.tick(id);
    bar.done();
    return err;
  };

  it('draws on a TTY and erases itself at the end', () => {
    const err = draw(true);
    expect(err).toContain('planning [');
    expect(err).toContain('] 4/4 d');
    expect(err.endsWith('\r\x1b[2K')).toBe(true);
  });

  it('draws nothing when standard error is not a TTY, with --quiet, or for a single item', () => {
    expect(draw(false)).toBe('');
    expect(draw(true, { quiet: true })).toBe('');
    expect(draw(true, { total: 1 })).toBe('');
  });

  it('redraws at most once a frame, always showing the last item', () => {
    let err = '';
    const bar = progressBar({ stderr: (t) => (err += t), stderrIsTTY: true }, { total: 1000, title: 'planning', clock: () => 0 });
    for (let i = 0; i < 1000; i++) bar.tick(`p${i}`);
    expect(err.split('\r').length - 1).toBe(2);
    expect(err).toContain('1000/1000 p999');
  });

  it('counts ticks that come in batches (plan workers send them gathered) and never past the total', () => {
    let err = '';
    let now = 0;
    const bar = progressBar({ stderr: (t) => (err += t), stderrIsTTY: true }, { total: 1000, title: 'planning', clock: () => (now += 100) });
    bar.tick('p0399', 400);
    expect(err).toContain('400/1000 p0399');
    bar.tick('p0999', 600);
    expect(err).toContain('1000/1000 p0999');
    bar.tick('p1000', 5);
    expect(err).not.toContain('1005/1000');
  });

  it('shows on standard error for plan --all on a TTY, and never on standard output', async () => {
    const cwd = contentRepo(tempDir('persona-progress-'));
    const tty = await cli(['plan', '--all', '--week', '2026-W49', '--json'], { cwd, stderrIsTTY: true });
    expect(tty.code).toBe(0);
    expect(tty.stderr).toContain('planning [');
    expect(() => JSON.parse(tty.stdout)).not.toThrow();
    const piped = await cli(['plan', '--all', '--week', '2026-W49', '--json'], { cwd, stderrIsTTY: false });
    expect(piped.stderr).toBe('');
    const quiet = await cli(['plan', '--all', '--week', '2026-W49', '--quiet'], { cwd, stderrIsTTY: true });
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toBe('');
    const zh = await cli(['plan', '--all', '--week', '2026-W49', '--json'], { cwd, stderrIsTTY: true, lang: 'zh-CN' });
    expect(zh.stderr).toContain('排期中 [');
  });
});
