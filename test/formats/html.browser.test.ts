// The HTML view in Debian's headless chromium: loads cleanly, fetches nothing, runs nothing, shows the plan.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { html, htmlIndex } from '../../src/formats/html.js';
import { localTime, sortedPosts } from '../../src/formats/view.js';
import { tempDir } from '../helpers/tmp.js';
import { FIXTURES, loadFixture } from './fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
if (!present) console.warn(`skipping the chromium test: ${CHROMIUM} is missing (apt-get install -y chromium fonts-wqy-microhei; .ci/run installs it)`);

interface Visit {
  page: Page;
  console: string[];
  requests: string[];
  dialogs: string[];
}

describe.skipIf(!present)('html view in chromium', () => {
  const dir = tempDir('persona-html-');
  let context: BrowserContext;

  beforeAll(async () => {
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1600, height: 1000 },
    });
  });
  afterAll(async () => {
    await context?.close();
  });

  async function visit(file: string, text: string): Promise<Visit> {
    const path = join(dir, file);
    writeFileSync(path, text);
    const page = await context.newPage();
    const seen: Visit = { page, console: [], requests: [], dialogs: [] };
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') seen.console.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => seen.console.push(`pageerror: ${e.message}`));
    page.on('dialog', async (d) => {
      seen.dialogs.push(d.message());
      await d.dismiss();
    });
    const url = pathToFileURL(path).href;
    page.on('request', (r) => {
      if (r.url() !== url) seen.requests.push(r.url());
    });
    await page.goto(url, { waitUntil: 'load' });
    return seen;
  }

  for (const fixture of FIXTURES) {
    it(`${fixture.name}: no console errors, no requests, cards match the plan`, async () => {
      const plan = loadFixture(fixture.name);
      const { page, console: logs, requests, dialogs } = await visit(`${fixture.name}.html`, html(plan, { lang: fixture.lang }));
      try {
        const cards = await page.$$eval('article.card', (els) =>
          els.map((el) => ({
            id: el.getAttribute('data-post'),
            time: el.querySelector('time')?.textContent,
            at: el.querySelector('time')?.getAttribute('datetime'),
            text: el.querySelector('.text')?.textContent,
            marketing: el.classList.contains('marketing'),
            day: el.closest('section.day')?.getAttribute('data-date'),
            shots: [...el.querySelectorAll('.shots li')].map((li) => li.textContent),
          })),
        );
        // HTML parsing turns CR LF into LF (HTML §13.2.3.5); the text is otherwise exact.
        expect(cards).toEqual(
          sortedPosts(plan).map((p) => ({
            id: p.id,
            time: localTime(p),
            at: p.at,
            text: p.text.replace(/\r\n?/g, '\n'),
            marketing: p.marketing,
            day: p.at.slice(0, 10),
            shots: p.images,
          })),
        );
        expect(await page.$$eval('section.day', (els) => els.length)).toBe(7);
        expect(await page.$$eval('article.moment', (els) => els.length)).toBe(plan.posts.length);
        expect(await page.locator('h1').textContent()).toBe(plan.persona.name);
        expect(await page.title()).toContain(plan.persona.name);
        expect(await page.$$eval('script, iframe, img, link, object, embed', (els) => els.length)).toBe(0);
        expect(logs).toEqual([]);
        expect(requests).toEqual([]);
        expect(dialogs).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }

  it('shows a hostile persona name as text and runs no script', async () => {
    const plan = loadFixture('hostile');
    const { page, console: logs, dialogs } = await visit('hostile-check.html', html(plan, { lang: 'en' }));
    try {
      expect(await page.locator('h1').textContent()).toBe('<script>alert(1)</script>');
      expect(await page.locator('.moment .name').first().textContent()).toBe('<script>alert(1)</script>');
      expect(await page.title()).not.toBe('pwned');
      expect(await page.locator('.warnings li').textContent()).toBe("<script>alert('warning')</script>");
      expect(dialogs).toEqual([]);
      expect(logs).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('folds a long Moments text behind Full text, and the label unfolds it without script', async () => {
    const plan = loadFixture('zh-shanghai');
    const { page } = await visit('fold.html', html(plan, { lang: 'zh-CN' }));
    try {
      const story = page.locator('[data-moment="lin-xiaoman-20261106-1"]');
      const text = story.locator('.mtext');
      const folded = (await text.boundingBox())!.height;
      expect(await story.locator('.fold .more').isVisible()).toBe(true);
      await story.locator('.fold').click();
      const open = (await text.boundingBox())!.height;
      expect(open).toBeGreaterThan(folded * 1.3);
      expect(await story.locator('.fold .less').isVisible()).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('shows every day of the week on a 1366 px laptop screen, the phone preview below it', async () => {
    const plan = loadFixture('zh-shanghai');
    const { page } = await visit('laptop.html', html(plan, { lang: 'zh-CN' }));
    try {
      await page.setViewportSize({ width: 1366, height: 768 });
      const fit = await page.evaluate(() => {
        const week = document.querySelector('.week') as HTMLElement;
        const days = [...document.querySelectorAll('section.day')].map((d) => d.getBoundingClientRect());
        const phone = document.querySelector('.phone')!.getBoundingClientRect();
        return { scrolls: week.scrollWidth > week.clientWidth, lastRight: days[days.length - 1]!.right, width: document.documentElement.clientWidth, phoneTop: phone.top, weekBottom: week.getBoundingClientRect().bottom };
      });
      expect(fit.scrolls).toBe(false);
      expect(fit.lastRight).toBeLessThanOrEqual(fit.width);
      expect(fit.phoneTop).toBeGreaterThanOrEqual(fit.weekBottom);
    } finally {
      await page.close();
    }
  });

  it('renders Chinese with a CJK font from the stack, not boxes', async () => {
    const plan = loadFixture('zh-shanghai');
    const { page } = await visit('font.html', html(plan, { lang: 'zh-CN' }));
    try {
      // Ask the renderer which installed fonts drew the glyphs of the first post.
      const cdp = await context.newCDPSession(page);
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      const { root } = await cdp.send('DOM.getDocument');
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'article.card .text' });
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      const cjk = fonts.filter((f) => /WenQuanYi|PingFang|YaHei|Noto Sans CJK/i.test(f.familyName));
      expect(cjk.length, JSON.stringify(fonts)).toBeGreaterThan(0);
      expect(cjk.reduce((n, f) => n + f.glyphCount, 0)).toBeGreaterThan(20);
    } finally {
      await page.close();
    }
  });

  it('index page links each persona and loads cleanly', async () => {
    const plans = FIXTURES.map((f) => loadFixture(f.name));
    const { page, console: logs, requests } = await visit('index.html', htmlIndex(plans, '2026-W45', { lang: 'en' }));
    try {
      const links = await page.$$eval('tbody a', (els) => els.map((a) => [a.getAttribute('href'), a.textContent]));
      expect(links).toEqual([
        ['hostile-name.html', '<script>alert(1)</script>'],
        ['lin-xiaoman.html', '林小满'],
        ['maya-chen.html', 'Maya Chen'],
      ]);
      expect(logs).toEqual([]);
      expect(requests).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
