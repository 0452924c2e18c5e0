// The format registry hands out the ICS, CSV and HTML views (and the HTML index) lazily, under their names.
import { describe, expect, it } from 'vitest';
import { FORMATS, INDEX_FORMATS } from '../../src/formats/index.js';
import { loadFixture } from './fixtures.js';

describe('format registry', () => {
  const plan = loadFixture('zh-shanghai');
  it.each([
    ['ics', /^BEGIN:VCALENDAR\r\n/],
    ['csv', /^\uFEFFdate,time,kind,/],
    ['html', /^<!doctype html>\n/],
  ] as const)('%s', async (name, start) => {
    const view = await FORMATS[name].load();
    expect(view(plan, { lang: 'zh-CN' })).toMatch(start);
  });

  it('html index', async () => {
    const index = await INDEX_FORMATS.html.load();
    expect(index([plan], '2026-W45', { lang: 'en' })).toContain('<a href="lin-xiaoman.html">');
  });

  it.each([
    ['ics', (out: string) => expect(out).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/), (out: string) => expect(out).not.toContain('VEVENT')],
    ['csv', (out: string) => expect(out).toBe('\uFEFFdate,time,kind,topic,product,marketing,salesiness,template,text,images\r\n'), () => undefined],
    ['html', (out: string) => expect(out.match(/<section class="day/g)).toHaveLength(7), (out: string) => expect(out).not.toContain('<article')],
  ] as const)('%s renders a plan without posts', async (name, shape, noPosts) => {
    const view = await FORMATS[name].load();
    const out = view({ ...plan, posts: [] }, { lang: 'en' });
    shape(out);
    noPosts(out);
  });
});
