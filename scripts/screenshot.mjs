// `npm run screenshot`: the HTML week of one persona, rendered in Debian's chromium, saved as docs/screenshot.png.
// Uses `persona plan` on the example personas when the planner works, else the hand-made fixture plan,
// so the README picture never waits for the planner. Never downloads a browser.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'docs', 'screenshot.png');
const CHROMIUM = '/usr/bin/chromium';
const FIXTURE = join(ROOT, 'test', 'formats', 'fixtures', 'zh-shanghai.json');
const WEEK = '2026-W49';

/** The planner's page for the first example persona, or null when `persona plan` cannot make one yet. */
function plannedPage(work) {
  const bin = join(ROOT, 'bin', 'persona');
  if (!existsSync(join(ROOT, 'dist', 'cli.js'))) return null;
  const out = join(work, 'plans');
  const run = spawnSync(process.execPath, [bin, 'plan', '--all', '--week', WEEK, '--format', 'html', '--out', out], {
    cwd: ROOT,
    encoding: 'utf8',
    // The example team is Chinese; the README picture shows the labels its content lead would read.
    env: { ...process.env, NO_COLOR: '1', PERSONA_LANG: 'zh-CN' },
  });
  const dir = join(out, WEEK);
  if (run.status !== 0 || !existsSync(dir)) return null;
  const page = readdirSync(dir)
    .filter((f) => f.endsWith('.html') && f !== 'index.html')
    .sort()[0];
  return page ? { file: join(dir, page), source: `persona plan --all --week ${WEEK} (${page})` } : null;
}

/** The fixture plan through the HTML view, bundled from source on the fly (no build step needed). */
async function fixturePage(work) {
  const bundle = join(work, 'html.mjs');
  await build({ entryPoints: [join(ROOT, 'src', 'formats', 'html.ts')], bundle: true, format: 'esm', platform: 'node', outfile: bundle, logLevel: 'warning' });
  const { html } = await import(pathToFileURL(bundle).href);
  const file = join(work, 'lin-xiaoman.html');
  writeFileSync(file, html(JSON.parse(readFileSync(FIXTURE, 'utf8')), { lang: 'zh-CN' }));
  return { file, source: 'test/formats/fixtures/zh-shanghai.json' };
}

if (!existsSync(CHROMIUM)) {
  console.error(`${CHROMIUM} not found: install Debian's chromium and fonts-wqy-microhei (apt-get install -y chromium fonts-wqy-microhei)`);
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'persona-screenshot-'));
try {
  const page = plannedPage(work) ?? (await fixturePage(work));
  // A fresh profile in the throw-away folder: nothing from an earlier run or the user's own browser.
  const context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1680, height: 1000 },
    deviceScaleFactor: 1,
  });
  try {
    const tab = await context.newPage();
    await tab.goto(pathToFileURL(page.file).href);
    await tab.screenshot({ path: OUT, fullPage: true });
  } finally {
    await context.close();
  }
  console.log(`${OUT} ← ${page.source}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
