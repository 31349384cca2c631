/**
 * The offline edition as a reader uses it: dist-offline/index.html opened from file:// in Chromium, every
 * request that is not file: blocked, no console error on any page. Then the same natural queries against
 * both editions (online: Pagefind over dist/ served; offline: MiniSearch from disk), each with the
 * expected page in its top three, and how often the two top threes agree printed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser, startPreview } from './harness.ts';
import { topIds } from './search-harness.ts';
import { NATURAL_QUERIES } from '../../scripts/bench/search-queries.ts';
import { LOCALE_CODES } from '../../src/model/locales.ts';

const COPY = path.resolve('dist-offline');
const fileUrl = (rel: string) => pathToFileURL(path.join(COPY, rel)).href;

let browser: Awaited<ReturnType<typeof launchBrowser>>;
let ctx: BrowserContext;
const blocked: string[] = [];
const errors: string[] = [];

beforeAll(async () => {
  if (!fs.existsSync(path.join(COPY, 'index.html'))) throw new Error('dist-offline/ is missing: run `npm run build && npm run build:offline` first');
  browser = await launchBrowser();
  ctx = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  await ctx.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    blocked.push(url);
    return route.abort();
  });
});
afterAll(async () => {
  await browser?.close();
});

/** A page that records its console errors and uncaught exceptions. */
async function watched(context: BrowserContext = ctx): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  return page;
}

const rel = (page: Page) => path.relative(COPY, decodeURIComponent(new URL(page.url()).pathname)).split(path.sep).join('/');

describe('the offline edition from file://', () => {
  it('opens the English home from index.html, styled, and follows links home → Level 0 → Level 1 → Level 2 (a diagram box)', async () => {
    const page = await watched();
    await page.goto(fileUrl('index.html'));
    await page.waitForURL(/\/en\/index\.html$/);
    // Starlight's styles applied: its custom properties are defined.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--sl-color-bg').trim())).not.toBe('');

    await page.locator('.home-card a').first().click();
    await page.waitForURL(/\/en\/1\.1\/index\.html$/);
    await page.locator('.process-children a[href="../1.1.1/index.html"]').first().click();
    await page.waitForURL(/\/en\/1\.1\.1\/index\.html$/);

    // The diagram is static SVG: present with its boxes as links to files of the copy.
    const diagram = page.locator('figure.process-diagram svg');
    await expect.poll(() => diagram.count()).toBeGreaterThan(0);
    expect(await diagram.first().isVisible()).toBe(true);
    const box = diagram.first().locator('a[href="../1.1.1.5/index.html"]');
    expect(await box.count()).toBeGreaterThan(0);
    await box.first().click();
    await page.waitForURL(/\/en\/1\.1\.1\.5\/index\.html$/);
    expect(await page.locator('figure.process-diagram svg [aria-current="page"]').count()).toBeGreaterThan(0);

    // Sidebar, breadcrumbs and prev/next point at files of the copy, and those files exist.
    const hrefs = await page.locator('#starlight__sidebar a[href], nav a[href], .pagination-links a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThan(10);
    for (const h of hrefs.filter((x) => !x.includes('#'))) {
      expect(h, h).toMatch(/^file:.*\.html$/);
      expect(fs.existsSync(decodeURIComponent(new URL(h).pathname)), h).toBe(true);
    }
    await page.close();
  });

  it('switches the theme, and the language picker lands on the same process in the copy', async () => {
    const page = await watched();
    await page.goto(fileUrl('en/1.1.1.5/index.html'));
    await page.locator('starlight-theme-select select').first().selectOption('dark');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.locator('atlas-lang-select select').first().selectOption({ label: 'Italiano' });
    await page.waitForURL(/\/it\/1\.1\.1\.5\/index\.html$/);
    expect(rel(page)).toBe('it/1.1.1.5/index.html');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('it');
    expect(await page.locator('figure.process-diagram svg').count()).toBeGreaterThan(0);
    // The theme chosen on the English page is kept (localStorage works from disk).
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.close();
  });

  it('filters the map and lists every process on the all-processes page', async () => {
    const page = await watched();
    await page.goto(fileUrl('en/map/index.html'));
    await page.locator('#map-filter').fill('1.1.3');
    await expect.poll(() => page.locator('li[data-id="1.1.1.5"]').first().evaluate((li) => (li as HTMLElement).hidden), { timeout: 10_000 }).toBe(true);
    expect(await page.locator('li[data-id="1.1.3.3"]').first().evaluate((li) => (li as HTMLElement).hidden)).toBe(false);
    expect(await page.locator('#map-status').innerText()).toMatch(/\d/);
    await page.goto(fileUrl('en/all/index.html'));
    expect(await page.locator('main a[href$="/index.html"]').count()).toBeGreaterThan(400);
    await page.close();
  });

  for (const locale of LOCALE_CODES) {
    it(`searches from disk in ${locale} through the box and opens a result`, async () => {
      const page = await watched();
      await page.goto(fileUrl(`${locale}/index.html`));
      await page.locator('[data-search-open]').click();
      const query = { en: 'invoice', it: 'fatture', zh: '订单' }[locale]!;
      await page.locator('dialog.search-dialog input[type="search"]').fill(query);
      const first = page.locator('dialog.search-dialog .search-result').first();
      await first.waitFor({ timeout: 15_000 });
      expect(await page.evaluate('window.etomSearch.backend')).toBe('offline');
      const href = await first.getAttribute('href');
      expect(href).toMatch(/^file:.*\/index\.html$/);
      // A result shows an excerpt in the page's language (the summary), after its id and title.
      await expect.poll(() => first.locator('.search-result-excerpt').innerText(), { timeout: 10_000 }).not.toBe('');
      await first.click();
      await page.waitForURL(new RegExp(`/${locale}/[^/]+/index\\.html$`));
      expect(await page.locator('h1').first().innerText()).not.toBe('');
      await page.close();
    });
  }

  it('searches with its own index when the copy is served over http instead (it ships no Pagefind)', async () => {
    const server = await startPreview('dist-offline');
    const served = await browser.newContext();
    try {
      const page = await watched(served);
      await page.goto(`${server.url}/en/index.html`);
      await page.waitForFunction('window.etomSearch');
      expect(await page.evaluate('window.etomSearch.backend')).toBe('offline');
      expect((await topIds(page, ['1.1.1.5'], 1))[0]).toEqual(['1.1.1.5']);
      expect(server.requests.some((r) => r.includes('pagefind'))).toBe(false);
    } finally {
      await served.close();
      await server.stop();
    }
  });

  it('made no request off the disk and logged no console error', () => {
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('the same answers online and offline', () => {
  it('finds every natural query\'s page in the top three in both editions, and reports their agreement', async () => {
    const server = await startPreview('dist');
    const online = await browser.newContext();
    try {
      const lines: string[] = [];
      for (const locale of LOCALE_CODES) {
        const queries = NATURAL_QUERIES[locale]!;
        const on = await online.newPage();
        await on.goto(`${server.url}/${locale}/`);
        await on.waitForFunction('window.etomSearch');
        await on.evaluate('window.etomSearch.ready()');
        expect(await on.evaluate('window.etomSearch.backend')).toBe('pagefind');
        const off = await watched();
        await off.goto(fileUrl(`${locale}/index.html`));
        await off.waitForFunction('window.etomSearch');
        const [a, b] = [await topIds(on, queries.map((q) => q.q)), await topIds(off, queries.map((q) => q.q))];
        const missed = (tops: string[][]) => queries.map((q, i) => (tops[i]!.includes(q.expect) ? '' : `"${q.q}" → ${q.expect}, got ${tops[i]!.join(' ')}`)).filter(Boolean);
        expect(missed(a), `${locale} online`).toEqual([]);
        expect(missed(b), `${locale} offline`).toEqual([]);
        const same = a.filter((t, i) => t.join() === b[i]!.join()).length;
        const sameSet = a.filter((t, i) => [...t].sort().join() === [...b[i]!].sort().join()).length;
        lines.push(`${locale}: top three identical ${same}/${queries.length}, same pages in any order ${sameSet}/${queries.length}`);
        await on.close();
        await off.close();
      }
      console.log(`online vs offline, natural queries:\n${lines.join('\n')}`);
      expect(errors).toEqual([]);
    } finally {
      await online.close();
      await server.stop();
    }
  }, 240_000);
});
