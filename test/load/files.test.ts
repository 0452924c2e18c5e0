// Finding template and persona files: the order and the paths other commands print and key by.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { walk } from '../../src/load/files.js';
import { tempDir, writeTree } from '../helpers/tmp.js';

/** The walk as it was written first, with path.join: the reference for the paths walk() gives. */
function reference(dir: string, extensions: readonly string[]): string[] {
  const out: string[] = [];
  const visit = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith('.')) continue;
      const full = join(d, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') visit(full);
      } else if (extensions.some((ext) => entry.name.endsWith(ext))) out.push(full);
    }
  };
  visit(dir);
  return out;
}

describe('walk', () => {
  let root = '';
  const cwd = process.cwd();
  beforeAll(() => {
    root = writeTree(tempDir('persona-walk-'), {
      'templates/zh-CN/b.hbs': 'x',
      'templates/zh-CN/a.md': 'x',
      'templates/en/tea/morning.hbs': 'x',
      'templates/.hidden/skip.hbs': 'x',
      'templates/.draft.hbs': 'x',
      'templates/node_modules/pkg/skip.hbs': 'x',
      'templates/notes.txt': 'x',
      'templates/Z.hbs': 'x',
    });
    process.chdir(root);
  });
  afterAll(() => process.chdir(cwd));

  it.each(['templates', 'templates/', './templates', 'templates/./zh-CN/..', '.', './', 'templates//en'])('gives what path.join gives, in order, from %j', (dir) => {
    const found = walk(dir, ['.hbs', '.md']);
    expect(found).toEqual(reference(dir, ['.hbs', '.md']));
    expect(found.length).toBeGreaterThan(0);
  });

  it('from an absolute folder: sorted by name, hidden files, node_modules and other extensions left out', () => {
    expect(walk(join(root, 'templates'), ['.hbs', '.md']).map((f) => f.slice(root.length + 1))).toEqual([
      'templates/Z.hbs',
      'templates/en/tea/morning.hbs',
      'templates/zh-CN/a.md',
      'templates/zh-CN/b.hbs',
    ]);
  });
});
