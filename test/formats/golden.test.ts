// Golden files of every view (ICS, CSV, HTML, HTML index) for the fixture plans; UPDATE_GOLDEN=1 rewrites them.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { csv } from '../../src/formats/csv.js';
import { html, htmlIndex } from '../../src/formats/html.js';
import { ics } from '../../src/formats/ics.js';
import { FIXTURES, deepFreeze, loadFixture } from './fixtures.js';

const VIEWS = { ics, csv, html } as const;
const UPDATE = process.env.UPDATE_GOLDEN === '1';

function golden(file: string, actual: string): void {
  const path = fileURLToPath(new URL(`./golden/${file}`, import.meta.url));
  if (UPDATE || !existsSync(path)) {
    if (!UPDATE) throw new Error(`missing golden file ${file}; run with UPDATE_GOLDEN=1 to create it`);
    writeFileSync(path, actual);
    return;
  }
  // Byte comparison: CRLF, BOM and UTF-8 are part of what is tested.
  expect(Buffer.from(actual, 'utf8').equals(readFileSync(path)), `${file} differs from its golden file`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('golden views', () => {
  const savedTz = process.env.TZ;
  afterEach(() => {
    if (savedTz === undefined) delete process.env.TZ;
    else process.env.TZ = savedTz;
  });

  for (const fixture of FIXTURES) {
    for (const [ext, view] of Object.entries(VIEWS)) {
      it(`${fixture.name}.${ext}`, () => {
        const plan = deepFreeze(loadFixture(fixture.name));
        golden(`${fixture.name}.${ext}`, view(plan, { lang: fixture.lang }));
      });

      it(`${fixture.name}.${ext} does not depend on the host time zone`, () => {
        const plan = loadFixture(fixture.name);
        process.env.TZ = 'UTC';
        const utc = view(plan, { lang: fixture.lang });
        process.env.TZ = 'Pacific/Chatham';
        expect(view(plan, { lang: fixture.lang })).toBe(utc);
      });
    }
  }

  it('index.html over all fixture plans', () => {
    const plans = FIXTURES.map((f) => deepFreeze(loadFixture(f.name)));
    golden('index.html', htmlIndex(plans, '2026-W45', { lang: 'zh-CN' }));
  });
});
