/** Search tests' helpers: the offline edition's search files served beside dist/, and batched queries. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { writeOfflineSearch } from '../../scripts/offline/search-index.ts';

/** Writes the offline index scripts once per test file into a scratch folder; returns it. */
export async function offlineSearchFiles(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'etom-offline-search-'));
  await writeOfflineSearch('dist', dir);
  return dir;
}

/** Serves the offline copy's search files (index and library) where its pages load them from. */
export async function serveOfflineSearch(ctx: BrowserContext, dir: string): Promise<void> {
  await ctx.route('**/search/**', (route) => {
    const rel = new URL(route.request().url()).pathname.replace(/^.*?\/search\//, 'search/');
    const file = path.join(dir, rel);
    return fs.existsSync(file) ? route.fulfill({ path: file, contentType: 'text/javascript' }) : route.continue();
  });
}

/** Opens a page of the locale with the search box ready on the chosen backend. */
export async function searchPage(ctx: BrowserContext, base: string, locale: string, backend: 'pagefind' | 'offline'): Promise<Page> {
  const page = await ctx.newPage();
  await page.goto(`${base}/${locale}/`, { waitUntil: 'load' });
  await page.waitForFunction('window.etomSearch');
  await page.evaluate(`window.etomSearch.use(${JSON.stringify(backend)})`);
  await page.evaluate('window.etomSearch.ready()');
  return page;
}

/** The top ids for each query, through the search box's own function, in one round trip. */
export function topIds(page: Page, queries: string[], n = 3): Promise<string[][]> {
  return page.evaluate(`(async () => {
    const out = [];
    for (const q of ${JSON.stringify(queries)}) out.push((await window.etomSearch.search(q, {}, ${n})).results.map((r) => r.id));
    return out;
  })()`) as Promise<string[][]>;
}
