/**
 * The offline edition's budgets, on dist-offline/ (`npm run build:offline` first), opened from file:// as a
 * reader opens it: zip size, each language's index (gzip), first search ready after focusing the box,
 * and the median query. Figures, not a pass/fail test.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { launchBrowser } from '../../test/browser/harness.ts';
import { medianQueryMs } from './search.ts';
import { LOCALE_CODES } from '../../src/model/locales.ts';
import { offlineIndexPath } from '../../src/model/site/search/table.ts';

export type BudgetRow = [name: string, value: string, budget: string, ok: boolean];

export async function offlineRows(copy = 'dist-offline', zipFile = 'dist-offline.zip'): Promise<BudgetRow[]> {
  const rows: BudgetRow[] = [];
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  const zip = fs.statSync(zipFile).size;
  rows.push(['offline zip', mb(zip), '25 MB', zip <= 25 * 1024 * 1024]);
  const browser = await launchBrowser();
  try {
    for (const locale of LOCALE_CODES) {
      const gzip = zlib.gzipSync(fs.readFileSync(path.join(copy, offlineIndexPath(locale)))).length;
      rows.push([`offline index ${locale} (gzip)`, `${(gzip / 1024).toFixed(0)} KB`, '250 KB', gzip <= 250 * 1024]);
      // A new context each time: nothing cached from the language before.
      const ctx = await browser.newContext();
      const page = await ctx.newPage();
      await page.goto(pathToFileURL(path.resolve(copy, locale, 'index.html')).href, { waitUntil: 'load' });
      await page.waitForFunction('window.etomSearch');
      const ready = (await page.evaluate(`(async () => {
        const t = performance.now();
        document.querySelector('[data-search-open]').click();
        await window.etomSearch.ready();
        return performance.now() - t;
      })()`)) as number;
      const median = await medianQueryMs(page, locale);
      rows.push([`offline ${locale}: first search ready after focus`, `${ready.toFixed(0)} ms`, '500 ms', ready <= 500]);
      rows.push([`offline ${locale}: median query`, `${median.toFixed(1)} ms`, '20 ms', median <= 20]);
      await ctx.close();
    }
  } finally {
    await browser.close();
  }
  return rows;
}

// `node scripts/bench/offline.ts`: these figures alone.
if (import.meta.main) {
  for (const [name, value, budget, ok] of await offlineRows()) console.log(`${name.padEnd(46)} ${value.padStart(12)}   budget ${budget.padEnd(10)} ${ok ? 'ok' : 'OVER'}`);
}
