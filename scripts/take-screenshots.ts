/**
 * `npm run screenshots [-- paths…] [--full] [--diagram] [--offline] [--search]`: PNGs of built pages in every
 * locale, light and dark, desktop and phone width, into screenshots/ (git-ignored); `--diagram` shoots the
 * hierarchy diagram's figure alone; `--offline` opens the offline copy (dist-offline/) from file://;
 * `--search` shoots the search box open on a query in the page's language. For looking at what we build; not a test.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LOCALE_CODES } from '../src/model/locales.ts';
import { launchBrowser, startPreview } from '../test/browser/harness.ts';

const paths = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const targets = paths.length ? paths : ['/{locale}/', '/{locale}/1.1.1.5/'];
const offline = process.argv.includes('--offline');
const SEARCH: Record<string, string> = { en: 'customer order', it: 'ordine del cliente', zh: '订单' };
const server = offline ? { url: pathToFileURL(path.resolve('dist-offline')).href, stop: async () => {} } : await startPreview();
// From disk a folder is a directory listing: name its index.html.
const urlOf = (p: string) => server.url + (offline && p.endsWith('/') ? `${p}index.html` : p);
const browser = await launchBrowser();
fs.mkdirSync('screenshots', { recursive: true });
try {
  for (const locale of LOCALE_CODES) {
    for (const p of targets) {
      for (const theme of ['light', 'dark'] as const) {
        for (const [device, width, height] of [['desktop', 1280, 900], ['phone', 390, 844]] as const) {
          const ctx = await browser.newContext({ viewport: { width, height }, colorScheme: theme, deviceScaleFactor: 1 });
          const page = await ctx.newPage();
          await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
          await page.goto(urlOf(p.replace('{locale}', locale)), { waitUntil: 'networkidle' });
          const flags = ['diagram', 'offline', 'search'].filter((f) => process.argv.includes(`--${f}`)).map((f) => `-${f}`).join('');
          const name = `screenshots/${locale}${p.replace('{locale}', '').replace(/[^\w.]+/g, '_')}${theme}-${device}${flags}.png`;
          if (process.argv.includes('--search')) {
            await page.locator('[data-search-open]').click();
            await page.locator('dialog.search-dialog input[type="search"]').fill(SEARCH[locale]!);
            await page.locator('dialog.search-dialog .search-result-excerpt:not(:empty)').first().waitFor({ timeout: 15_000 });
          }
          if (process.argv.includes('--diagram')) {
            // The sticky header would cover the top of a tall figure.
            await page.addStyleTag({ content: '.header { position: static !important; } mobile-starlight-toc { display: none !important; }' });
            await page.locator('.process-diagram').screenshot({ path: name });
          }
          else await page.screenshot({ path: name, fullPage: process.argv.includes('--full') });
          console.log(name);
          await ctx.close();
        }
      }
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
