/**
 * The HTML report in a real headless Chromium (Debian's, as installed by .ci/run):
 * highlights render in their metric's colour, hovering and focusing (Tab) a
 * highlight shows its value, and a <script> or <img onerror> in the input stays
 * text. Set ZRM_SCREENSHOT=1 to refresh docs/report-screenshot.png.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { createHtmlWriter, writeAll, type DocumentFacts } from '../../src/output/index.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** Browser globals, typed here because the project compiles without the DOM library. */
type BrowserGlobals = { getComputedStyle(el: unknown): { backgroundColor: string }; scrollTo(x: number, y: number): void; __pwned?: boolean };
const root = join(import.meta.dirname, '../..');

const HOSTILE = '<script>window.__pwned = true</script><img src=x onerror="window.__pwned = true">'
  + '"quoted" \'single\' & 全市共排查各类安全隐患23.7万项，整改23万项，整改率97%。';

function documents(): DocumentFacts[] {
  const synthetic = join(root, 'corpus/synthetic');
  const docs = [...readdirSync(synthetic).sort().slice(0, 2)
    .map((f) => ({ doc: f, text: readFileSync(join(synthetic, f), 'utf8') })), { doc: 'hostile.txt', text: HOSTILE }];
  return docs.map(({ doc, text }) => ({ doc, text, facts: extract(text, { docId: doc, publishedAt: '2023-06-20' }).facts, publishedAt: '2023-06-20' }));
}

// On CI (CI=true) Chromium is installed by .ci/run, so a missing browser fails instead of skipping.
describe.skipIf(!existsSync(CHROMIUM) && !process.env.CI)('HTML report in Chromium (needs apt-get install chromium)', () => {
  let browser: Browser;
  let page: Page;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'zrm-html-'));
    const file = join(dir, 'report.html');
    writeFileSync(file, writeAll(createHtmlWriter(), documents()));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
    await page.goto(pathToFileURL(file).href);
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('renders every fact as a coloured highlight', async () => {
    const marks = page.locator('mark.fact');
    expect(await marks.count()).toBeGreaterThan(10);
    const background = await marks.first().evaluate((el) => (globalThis as unknown as BrowserGlobals).getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    expect(await page.locator('table.totals tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('svg.chart rect').count()).toBeGreaterThan(0);
  });

  it('shows the value on hover and on keyboard focus', async () => {
    const mark = page.locator('#d2 mark.fact').first();
    const tip = mark.locator('.tip');
    await expect.poll(() => tip.isVisible()).toBe(false);
    await mark.hover();
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.innerText()).toContain('237,000 项');
    await page.mouse.move(0, 0);
    await expect.poll(() => tip.isVisible()).toBe(false);
    await mark.focus();
    await expect.poll(() => tip.isVisible()).toBe(true);
    if (process.env.ZRM_SCREENSHOT) {
      await page.evaluate(() => (globalThis as unknown as BrowserGlobals).scrollTo(0, 0));
      await page.locator('#d0 mark.fact').nth(2).focus();
      await page.screenshot({ path: join(root, 'docs/report-screenshot.png') });
    }
  });

  it('keeps an injected <script> and onerror as text', async () => {
    expect(await page.evaluate(() => (globalThis as unknown as BrowserGlobals).__pwned)).toBeUndefined();
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('img').count()).toBe(0);
    const text = await page.locator('#d2 .text').innerText();
    expect(text).toContain('<script>window.__pwned = true</script>');
    expect(text).toContain('"quoted" \'single\' &');
  });
});
