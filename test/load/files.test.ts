// The shortcuts loading a library takes for each of hundreds of files give path.relative's answers, and the
// buffered reader gives readFileSync's text.
import fc from 'fast-check';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PersonaError } from '../../src/model/errors.js';
import { display, displayer, idUnder, templateId, templateReader, walk } from '../../src/load/files.js';
import { tempDir, writeTree } from '../helpers/tmp.js';

/** Folder and file names as they come: dots, `..` prefixes, spaces, Chinese, template extensions. */
const name = fc.oneof(
  fc.constantFrom('..', '..hidden', '...', '.', 'a.md', 'b.hbs', 'c.hbs.md', '茶', 'with space', 'zh-CN'),
  fc.stringMatching(/^[a-z0-9.\-_ ]{1,8}$/).filter((s) => s !== '.' && s !== '..'),
);
const segments = fc.array(name, { minLength: 1, maxLength: 4 }).filter((xs) => !xs.includes('.') && !xs.includes('..'));

describe('displayer', () => {
  it('shows a file as display() does, below the working directory and elsewhere', () => {
    fc.assert(
      fc.property(segments, segments, fc.boolean(), (cwdParts, fileParts, under) => {
        const cwd = resolve('/', ...cwdParts);
        const file = under ? join(cwd, ...fileParts) : resolve('/elsewhere', ...fileParts);
        expect(displayer(cwd)(file)).toBe(display(file, cwd));
      }),
    );
  });

  it('is right at the file system root and for a folder named like a parent', () => {
    expect(displayer('/')('/a/b.hbs')).toBe(display('/a/b.hbs', '/'));
    expect(displayer('/w')('/w/..x/b.hbs')).toBe('/w/..x/b.hbs');
  });
});

describe('idUnder', () => {
  it('is templateId for the path below the root', () => {
    fc.assert(
      fc.property(segments, segments, (dirParts, fileParts) => {
        const dir = resolve('/', ...dirParts);
        const file = join(dir, ...fileParts);
        expect(idUnder(file.slice(dir.length + 1))).toBe(templateId(dir, file));
      }),
    );
  });
});

describe('templateReader', () => {
  it('reads what readFileSync reads, small files through its buffer and large ones without', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 't'));
    const texts = ['', '---\nkind: lifestyle\n---\n窗台的绿萝又长了一截。\n', '\ufeff---\nbom\n---\n', 'x'.repeat(70_000) + '茶'];
    texts.forEach((text, i) => writeFileSync(join(dir, 't', `${i}.hbs`), text));
    const read = templateReader(dir);
    texts.forEach((text, i) => expect(read(join(dir, 't', `${i}.hbs`))).toBe(text));
  });

  it('reports a file it cannot read by name, as readText does', () => {
    const dir = tempDir();
    const thrown = (() => {
      try {
        templateReader(dir)(join(dir, 'missing.hbs'));
      } catch (err) {
        return err;
      }
      return undefined;
    })();
    expect(thrown).toBeInstanceOf(PersonaError);
    expect((thrown as PersonaError).problems[0]).toMatchObject({ code: 'not-found', file: 'missing.hbs', message: { key: 'load.file-missing' } });
  });
});

describe('walk', () => {
  it('gives the paths path.join gives, however the folder is written', () => {
    const root = tempDir();
    for (const f of ['a/x.hbs', 'a/b/y.md', 'a/b/c/z.hbs', 'a/skip.txt', 'a/.hidden/h.hbs']) {
      mkdirSync(join(root, f, '..'), { recursive: true });
      writeFileSync(join(root, f), '');
    }
    const expected = (dir: string) => ['x.hbs', 'b/y.md', 'b/c/z.hbs'].map((f) => join(dir, f)).sort();
    const cwd = process.cwd();
    for (const dir of [join(root, 'a'), `${join(root, 'a')}/`, `${root}//a/./b/..`, relative(cwd, join(root, 'a'))]) {
      expect(walk(dir, ['.hbs', '.md']).sort()).toEqual(expected(dir));
    }
  });
});

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

describe('walk from relative, dotted and trailing-slash folders', () => {
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
