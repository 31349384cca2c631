/**
 * The site built for a sub-path (dist-base/, BASE_PATH=/etom-atlas/, as on GitHub Pages) works there:
 * search finds a process and its result leads to the page; links, diagram, language picker and data stay
 * under the base; nothing is requested outside it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, startPreview } from './harness.ts';

const BASE = '/etom-atlas/';
let server: Awaited<ReturnType<typeof startPreview>>;
let browser: Browser;
beforeAll(async () => {
  server = await startPreview('dist-base', BASE);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe(`the site under ${BASE}`, () => {
  it('searches, follows a result, and keeps every request, link and diagram link under the base', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}${BASE}en/`, { waitUntil: 'load' });
    await page.locator('[data-search-open]').first().click();
    await page.locator('.search-dialog .search-input').first().fill('Order Handling');
    const first = page.locator('[data-search-results] a').first();
    await expect.poll(async () => new URL((await first.getAttribute('href')) ?? '', page.url()).pathname, { timeout: 15_000 }).toBe(`${BASE}en/1.1.1.5/`);
    await first.click();
    await page.waitForURL(`**${BASE}en/1.1.1.5/`);
    expect(await page.locator('h1').innerText()).toBe('Order Handling');
    const hrefs = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(50);
    expect(hrefs.filter((h) => !h.startsWith('/etom-atlas/'))).toEqual([]);
    const diagram = await page.locator('.diagram svg a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(diagram).toContain(`${BASE}en/1.1.1.5.1/`);
    await page.locator('atlas-lang-select select').first().selectOption({ label: 'Italiano' });
    await page.waitForURL(`**${BASE}it/1.1.1.5/`);
    expect(server.requests.filter((r) => !r.startsWith(BASE))).toEqual([]);
    await page.close();
  });

  it('serves the downloads and processes.json with URLs under the base', async () => {
    const res = await fetch(`${server.url}${BASE}processes.json`);
    const json = (await res.json()) as { processes: { id: string; locales: Record<string, { url: string } | null> }[] };
    expect(json.processes.length).toBeGreaterThan(400);
    for (const p of json.processes) for (const l of Object.values(p.locales)) if (l) expect(l.url.startsWith(BASE), l.url).toBe(true);
    const csv = await (await fetch(`${server.url}${BASE}downloads/etom-processes-it.csv`)).text();
    expect(csv).toContain(`https://example.github.io${BASE}it/1.1.1.5/`);
  });
});
