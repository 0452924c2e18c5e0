// The build's snapshot of the bundled library stands in for reading its files only while it says what reading
// them would: the same template for every file, and nothing for a file added, edited or removed since.
import { rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSnapshot, writeSnapshot } from '../../src/load/library-snapshot.js';
import { builtinTemplatesDir, display, loadTemplateFile, templateId, TEMPLATE_EXTENSIONS, walk } from '../../src/load/workspace.js';
import { tempDir, writeTree } from '../helpers/tmp.js';

const TEA = `---
kind: lifestyle
topics: [tea]
locale: zh-CN
images:
  - 窗台上的茶杯
---
下午泡了一壶老白茶，窗外在下雨。
`;

/** A small library and its snapshot, written the way the build writes them. */
function library(files: Record<string, string>) {
  const root = tempDir('persona-snapshot-');
  const dir = join(root, 'templates');
  writeTree(dir, files);
  const file = join(root, 'library.json');
  writeSnapshot(dir, file);
  return { dir, file };
}

/** Back-date a file so an edit within the same millisecond as the snapshot still shows as a change. */
function touched(file: string, text: string): void {
  writeFileSync(file, text);
  const later = new Date(Date.now() + 5000);
  utimesSync(file, later, later);
}

describe('library snapshot', () => {
  it('gives, for every file of the bundled library, the template reading the file gives', () => {
    const dir = builtinTemplatesDir();
    const root = tempDir('persona-snapshot-');
    const file = join(root, 'library.json');
    writeSnapshot(dir, file);
    const snapshot = openSnapshot(dir, file)!;
    const files = walk(dir, TEMPLATE_EXTENSIONS);
    expect(snapshot.files()).toEqual(files);
    expect(files.length).toBeGreaterThan(800);
    for (const f of files) {
      const read = loadTemplateFile(f, dir);
      expect(snapshot.template(f, templateId(dir, f), display(f)), f).toEqual(read);
    }
  });

  it('reads a file again once it was edited, and leaves out one with a problem', () => {
    const { dir, file } = library({ 'zh-CN/tea.md': TEA, 'zh-CN/broken.md': '---\nkind: nonsense\n---\n正文\n', 'README.md': '# 说明\n' });
    const snapshot = openSnapshot(dir, file)!;
    const tea = join(dir, 'zh-CN/tea.md');
    expect(snapshot.template(tea, 'zh-CN/tea', 'tea.md')?.template?.body).toContain('老白茶');
    expect(snapshot.template(join(dir, 'README.md'), 'README', 'README.md')).toEqual({ problems: [], skipped: true });
    expect(snapshot.template(join(dir, 'zh-CN/broken.md'), 'zh-CN/broken', 'broken.md')).toBeUndefined();
    // Same length: only the time tells.
    touched(tea, TEA.replace('老白茶', '大红袍'));
    expect(snapshot.template(tea, 'zh-CN/tea', 'tea.md')).toBeUndefined();
  });

  it("takes a file's entry by its text when only its time changed, as in an installed package", () => {
    const { dir, file } = library({ 'zh-CN/tea.md': TEA });
    const tea = join(dir, 'zh-CN/tea.md');
    const npmTime = new Date('1985-10-26T08:15:00Z');
    utimesSync(tea, npmTime, npmTime);
    const snapshot = openSnapshot(dir, file)!;
    expect(snapshot.template(tea, 'zh-CN/tea', 'tea.md')).toBeUndefined();
    expect(snapshot.templateOfText(tea, TEA, 'zh-CN/tea', 'tea.md')?.template?.body).toContain('老白茶');
    expect(snapshot.templateOfText(tea, TEA.replace('老白茶', '大红袍'), 'zh-CN/tea', 'tea.md')).toBeUndefined();
  });

  it('lists a file added or removed since, through the folder times', () => {
    const { dir, file } = library({ 'zh-CN/tea.md': TEA, 'en/walk.md': TEA.replace('zh-CN', 'en') });
    expect(openSnapshot(dir, file)!.files().map((f) => f.slice(dir.length + 1))).toEqual(['en/walk.md', 'zh-CN/tea.md']);
    writeFileSync(join(dir, 'zh-CN/rain.md'), TEA);
    const later = new Date(Date.now() + 5000);
    utimesSync(join(dir, 'zh-CN'), later, later);
    expect(openSnapshot(dir, file)!.files().map((f) => f.slice(dir.length + 1))).toEqual(['en/walk.md', 'zh-CN/rain.md', 'zh-CN/tea.md']);
    rmSync(join(dir, 'en'), { recursive: true });
    expect(openSnapshot(dir, file)!.files().map((f) => f.slice(dir.length + 1))).toEqual(['zh-CN/rain.md', 'zh-CN/tea.md']);
  });

  it.each([
    ['no snapshot', null],
    ['not JSON', '{"format": 1, "fil'],
    ['another format', JSON.stringify({ format: 99, dirs: [], files: [] })],
    ['not a snapshot', '[1, 2, 3]'],
  ])('is not used when there is %s', (_, text) => {
    const { dir, file } = library({ 'zh-CN/tea.md': TEA });
    if (text === null) rmSync(file);
    else writeFileSync(file, text);
    expect(openSnapshot(dir, file)).toBeNull();
  });
});
