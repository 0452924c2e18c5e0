// The tuning set, scored the way a reviewer scores held-out sentences (`persona score --lines`, locale detected
// per line): every hard sell and advertising-law claim above every calm line, both locales, with margin. Calm
// lines include stories that mention buying, ordering and prices, and two long essays on private-domain selling,
// scored whole and paragraph by paragraph.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { tempDir, writeTree } from '../helpers/tmp.js';

const LOCALES = ['zh-CN', 'en'] as const;
/** Hard sells must clear this, calm lines stay under the other, and the gap between them is at least MARGIN. */
const HARD_AT_LEAST = 0.55;
const CALM_AT_MOST = 0.25;
const MARGIN = 0.35;

const lines = (name: string) =>
  readFileSync(new URL(`fixtures/tuning/${name}.txt`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim());

interface Scored {
  text: string;
  salesiness: number;
}

async function scoreLines(texts: readonly string[]): Promise<Scored[]> {
  const dir = writeTree(tempDir(), { 'drafts.txt': `${texts.join('\n')}\n` });
  const r = await cli(['score', 'drafts.txt', '--lines', '--format', 'json'], { cwd: dir });
  expect(r.code).toBe(0);
  const out = JSON.parse(r.stdout) as { line: number; salesiness: number }[];
  expect(out).toHaveLength(texts.length);
  return out.map((o) => ({ text: texts[o.line - 1]!, salesiness: o.salesiness }));
}

describe.each(LOCALES)('tuning set, %s', (locale) => {
  const essay = lines(`essay.${locale}`);
  const calmTexts = [...lines(`calm.${locale}`), ...essay, essay.join(locale === 'en' ? ' ' : '')];
  const hardTexts = [...lines(`hard.${locale}`), ...lines(`claims.${locale}`)];

  it('is as large as promised', () => {
    expect(lines(`calm.${locale}`).length).toBeGreaterThanOrEqual(60);
    expect(lines(`hard.${locale}`).length).toBeGreaterThanOrEqual(40);
    expect(lines(`claims.${locale}`).length).toBeGreaterThanOrEqual(20);
    expect(essay.length).toBeGreaterThanOrEqual(4);
    expect(essay.join('').length).toBeGreaterThan(500);
  });

  it(`scores every hard sell at least ${MARGIN} above every calm line`, async () => {
    const [calm, hard] = await Promise.all([scoreLines(calmTexts), scoreLines(hardTexts)]);
    const worstCalm = calm.reduce((a, b) => (b.salesiness > a.salesiness ? b : a));
    const mildestHard = hard.reduce((a, b) => (b.salesiness < a.salesiness ? b : a));
    const detail = `mildest hard sell ${mildestHard.salesiness} "${mildestHard.text}" vs most salesy calm line ${worstCalm.salesiness} "${worstCalm.text.slice(0, 80)}"`;
    expect(mildestHard.salesiness, detail).toBeGreaterThanOrEqual(HARD_AT_LEAST);
    expect(worstCalm.salesiness, detail).toBeLessThanOrEqual(CALM_AT_MOST);
    expect(mildestHard.salesiness - worstCalm.salesiness, detail).toBeGreaterThanOrEqual(MARGIN);
  });
});
