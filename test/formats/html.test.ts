// The HTML view as text: self-contained, everything escaped, one card per post, density against the ceilings.
import { describe, expect, it } from 'vitest';
import { escapeHtml, html, htmlIndex, wouldFold } from '../../src/formats/html.js';
import { FIXTURES, deepFreeze, loadFixture } from './fixtures.js';

const ALLOWED_TAGS = new Set(
  '!doctype html head meta title style body header main section aside footer h1 h2 p div span dl dt dd article time details summary ol ul li code figure figcaption input label'.split(' '),
);

describe('html view', () => {
  for (const fixture of FIXTURES) {
    it(`${fixture.name}: self-contained, no scripts, nothing to fetch`, () => {
      const page = html(deepFreeze(loadFixture(fixture.name)), { lang: fixture.lang });
      expect(page).toMatch(/^<!doctype html>\n<html lang="/);
      expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'`);
      // Data is escaped, so every "<" left in the page opens a tag the view wrote itself.
      const tags = page.match(/<[^>]*>/g) ?? [];
      const names = new Set(tags.map((tag) => /^<\/?([a-z0-9!]+)/i.exec(tag)?.[1]?.toLowerCase()));
      expect([...names].filter((n) => !ALLOWED_TAGS.has(n ?? ''))).toEqual([]);
      for (const tag of tags) {
        expect(tag).not.toMatch(/\s(src|srcset|action|poster|background|on[a-z]+)=/i);
        expect(tag).not.toMatch(/\shref="(?![a-z0-9-]+\.html")/i);
      }
      expect(page).not.toMatch(/@import|url\(/i);
    });

    it(`${fixture.name}: one card and one Moments preview per post`, () => {
      const plan = loadFixture(fixture.name);
      const page = html(plan, { lang: fixture.lang });
      expect(page.match(/<article class="card/g) ?? []).toHaveLength(plan.posts.length);
      expect(page.match(/<article class="moment"/g) ?? []).toHaveLength(plan.posts.length);
      const marketing = plan.posts.filter((p) => p.marketing).length;
      expect(page.match(/<article class="card marketing"/g) ?? []).toHaveLength(marketing);
      for (const post of plan.posts) expect(page).toContain(escapeHtml(post.text));
    });
  }

  it('escapes a hostile persona name, team, template, texts and warnings', () => {
    const page = html(loadFixture('hostile'), { lang: 'en' });
    expect(page).toContain('<h1 class="persona-name">&#60;script&#62;alert(1)&#60;/script&#62;</h1>');
    expect(page).toContain('<title>&#60;script&#62;alert(1)&#60;/script&#62; · week of posts');
    expect(page).toContain('&#60;b&#62;red&#60;/b&#62; &#38; &#34;team&#34;');
    expect(page).toContain('&#60;img src=x onerror=alert(2)&#62;');
    expect(page).toContain('&#38;amp; 不是实体');
    expect(page).toContain('&#60;iframe src=&#34;https://evil.example&#34;&#62;&#60;/iframe&#62;');
    // The avatar initial of "<script>…" is "<", escaped too.
    expect(page).toContain('<div class="avatar" aria-hidden="true">&#60;</div>');
  });

  it('shows the day density against maxMarketingPerDay and the week against the share and budget', () => {
    const page = html(loadFixture('zh-shanghai'), { lang: 'zh-CN' });
    expect(page).toContain('<div class="density" data-marketing="1" data-max="1">营销 1/1 · 推销分 0.55');
    expect(page).toContain('<div class="density" data-marketing="0" data-max="1">营销 0/1 · 推销分 0.05');
    expect(page).toContain('13%，上限 25%');
    expect(page).toContain('1.3，上限 2');
  });

  it('marks rest days and quiet days', () => {
    expect(html(loadFixture('en-los-angeles-dst'), { lang: 'en' })).toMatch(/<section class="day rest" data-date="2026-11-03">/);
    expect(html(loadFixture('hostile'), { lang: 'en' })).toMatch(/<section class="day rest quiet" data-date="2026-12-13">[\s\S]*Quiet day: no marketing/);
  });

  it('labels follow the UI language, posts stay as written', () => {
    const plan = loadFixture('zh-shanghai');
    const en = html(plan, { lang: 'en' });
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Moments preview');
    expect(en).toContain('Full text');
    expect(en).toContain(escapeHtml(plan.posts[0]!.text));
    expect(html(plan, { lang: 'zh-CN' })).toContain('全文');
  });

  it('declares a font stack that renders Chinese on Linux, macOS and Windows', () => {
    const page = html(loadFixture('zh-shanghai'), { lang: 'zh-CN' });
    expect(page).toMatch(/font-family:[^;}]*"PingFang SC"[^;}]*"WenQuanYi Micro Hei"[^;}]*"Microsoft YaHei"[^;}]*sans-serif/);
  });

  it('folds long texts the way WeChat does', () => {
    const cases: [string, boolean][] = [
      ['短短一句。', false],
      ['一二三四五六七八九十'.repeat(11), false],
      ['一二三四五六七八九十'.repeat(12), true],
      ['a\nb\nc\nd\ne\nf', false],
      ['a\nb\nc\nd\ne\nf\ng', true],
      ['word '.repeat(40), false],
      ['word '.repeat(60), true],
    ];
    for (const [text, folded] of cases) expect(wouldFold(text), text).toBe(folded);
    const page = html(loadFixture('zh-shanghai'), { lang: 'zh-CN' });
    expect(page).toContain('data-moment="lin-xiaoman-20261106-1" data-folded="true"');
    expect(page).not.toContain('data-moment="lin-xiaoman-20261102-1" data-folded');
  });

  it('index lists every persona with a link to its page and its density', () => {
    const plans = FIXTURES.map((f) => loadFixture(f.name));
    const page = htmlIndex(plans, '2026-W45', { lang: 'en' });
    expect(page).toContain('<title>Posts for 2026-W45</title>');
    expect(page).toContain('<a href="lin-xiaoman.html">林小满</a>');
    expect(page).toContain('<a href="maya-chen.html">Maya Chen</a>');
    expect(page).toContain('<a href="hostile-name.html">&#60;script&#62;alert(1)&#60;/script&#62;</a>');
    expect(page).toContain('13% / 25%');
    expect(page).toContain('All personas (3)');
    expect(page).not.toMatch(/<script/i);
  });
});
