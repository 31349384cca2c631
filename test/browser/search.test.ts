import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { useBuiltSite } from './use-site.ts';
import { SEARCH_RANKING } from '../../src/model/site/search/pagefind.ts';

interface Proc { id: string; locales: Record<string, { title: string; summary: string; url: string } | null> }
const processes: Proc[] = JSON.parse(fs.readFileSync('dist/processes.json', 'utf8')).processes;
const byId = new Map(processes.map((p) => [p.id, p]));

const site = useBuiltSite();

/** Runs a query through Pagefind's own API on a page of that locale (the same index the search box uses). */
async function search(page: Page, locale: string, query: string, filters: Record<string, string> = {}): Promise<string[]> {
  if (!page.url().includes(`/${locale}/`)) await page.goto(`${site.server.url}/${locale}/`, { waitUntil: 'load' });
  // A string, so the test runner does not rewrite the dynamic import meant for the browser.
  return page.evaluate(`(async () => {
    const pf = await import('/pagefind/pagefind.js');
    await pf.options({ ranking: ${JSON.stringify(SEARCH_RANKING)} });
    await pf.init();
    const r = await pf.search(${JSON.stringify(query)}, { filters: ${JSON.stringify(filters)} });
    const data = await Promise.all(r.results.slice(0, 10).map((x) => x.data()));
    return data.map((d) => d.url);
  })()`) as Promise<string[]>;
}

describe('search', () => {
  it('finds a process by its title in each language, in the top three', async () => {
    const page = await site.browser.newPage();
    for (const locale of ['en', 'it', 'zh']) {
      for (const id of ['1.1.1.5', '1.1.3.3', '1.3.2.3']) {
        const entry = byId.get(id)!.locales[locale];
        expect(entry, `${id} has no ${locale} page`).not.toBeNull();
        const urls = await search(page, locale, entry!.title);
        expect(urls.slice(0, 3), `${locale} "${entry!.title}"`).toContain(entry!.url);
      }
    }
    await page.close();
  });

  it('segments Chinese: a word inside unbroken text finds the pages that contain it', async () => {
    const page = await site.browser.newPage();
    const urls = await search(page, 'zh', '订单');
    expect(urls.length).toBeGreaterThan(3);
    // Every top hit really contains the word, and none of them has it as a separate token in its title.
    const titles = urls.slice(0, 3).map((u) => processes.find((p) => p.locales.zh?.url === u)?.locales.zh?.title ?? '');
    expect(titles.some((t) => t.includes('订单') && t !== '订单')).toBe(true);
    await page.close();
  });

  it('puts the process first for an id query, and a longer id does not drown it', async () => {
    const page = await site.browser.newPage();
    for (const [locale, id] of [['en', '1.1.1.5'], ['it', '1.1.1.15'], ['zh', '1.3.2.6'], ['en', '1.1.1.5.2']] as const) {
      const urls = await search(page, locale, id);
      expect(urls[0], `${locale} ${id}`).toBe(`/${locale}/${id}/`);
    }
    await page.close();
  });

  it('finds a process by a name it had in another release', async () => {
    const page = await site.browser.newPage();
    // Its Level 3 children carry the same words in their own later names, so it is found, not necessarily first.
    expect(await search(page, 'en', 'Customer Order Management')).toContain('/en/1.1.1.5/');
    expect((await search(page, 'en', 'Enterprise Risk Audit Management')).slice(0, 3)).toContain('/en/1.3.2.4/');
    await page.close();
  });

  it('filters by level and by area', async () => {
    const page = await site.browser.newPage();
    const all = await search(page, 'en', 'billing');
    const level3 = await search(page, 'en', 'billing', { Level: 'Level 3' });
    expect(level3.length).toBeGreaterThan(0);
    for (const u of level3) expect(byId.get(u.split('/')[2]!)?.id.split('.').length, u).toBe(5);
    const em = await search(page, 'it', 'rischio', { Area: byId.get('1.3')!.locales.it!.title });
    expect(em.length).toBeGreaterThan(0);
    for (const u of em) expect(u, u).toMatch(/^\/it\/1\.3\./);
    expect(all).not.toEqual(level3);
    await page.close();
  });

  it('works from the search box in the page', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/it/1.1.1.5/`, { waitUntil: 'load' });
    await page.locator('button[data-open-modal]').click();
    await page.locator('#starlight__search input.pagefind-ui__search-input').fill('1.1.1.5');
    const first = page.locator('#starlight__search .pagefind-ui__result-link').first();
    await expect.poll(() => first.getAttribute('href'), { timeout: 10_000 }).toBe('/it/1.1.1.5/');
    expect(await first.innerText()).toContain('1.1.1.5');
    await page.close();
  });
});

describe('offline: a copy of dist/ served on a laptop', () => {
  it('loads pages, renders a diagram and searches with every off-site request blocked — and none made', async () => {
    const ctx = await site.browser.newContext();
    const blocked: string[] = [];
    await ctx.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1' || url.hostname === 'localhost') return route.continue();
      blocked.push(url.href);
      return route.abort();
    });
    const page = await ctx.newPage();
    for (const locale of ['en', 'it', 'zh']) {
      await page.goto(`${site.server.url}/${locale}/1.1.1.5/`, { waitUntil: 'networkidle' });
      await page.locator('.diagram').scrollIntoViewIfNeeded();
      await page.waitForSelector('.diagram svg', { timeout: 20_000 });
      expect((await search(page, locale, '1.1.1.5'))[0]).toBe(`/${locale}/1.1.1.5/`);
      await page.goto(`${site.server.url}/${locale}/map/`, { waitUntil: 'networkidle' });
    }
    expect(blocked).toEqual([]);
    await ctx.close();
  });
});
