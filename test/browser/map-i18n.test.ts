import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { useBuiltSite } from './use-site.ts';
import { UI } from '../../src/model/i18n/index.ts';

const processes: { id: string; locales: Record<string, { title: string; url: string } | null> }[] = JSON.parse(fs.readFileSync('dist/processes.json', 'utf8')).processes;
const word = (s: string) => new RegExp(`\\b${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);
const title = (id: string, l: string) => processes.find((p) => p.id === id)!.locales[l]!.title;

const site = useBuiltSite();

describe('framework map', () => {
  for (const l of ['en', 'it', 'zh']) {
    it(`${l}: clicking a cell opens the process, and the filter dims what does not match`, async () => {
      const page = await site.browser.newPage();
      await page.goto(`${site.server.url}/${l}/map/`);
      // Order Handling sits in the CRM row, Fulfillment column; Customer Interface Management spans F, A and B.
      const cell = page.locator('tbody[data-row="1.1.1"] td[data-cols="fulfillment"] li[data-id="1.1.1.5"]');
      expect(await cell.count()).toBe(1);
      expect(await page.locator('td[data-cols="fulfillment assurance billing"] li[data-id="1.1.1.2"]').count()).toBe(1);
      expect(await page.locator('table.etom-map th[scope="col"]').first().innerText()).toBe(title('operations-support-readiness', l));
      await page.locator('#map-filter').fill('1.1.3');
      expect(await page.locator('li[data-id="1.1.3.2"]').getAttribute('class') ?? '').not.toContain('dim');
      expect(await page.locator('li[data-id="1.1.1.5"]').getAttribute('class') ?? '').toContain('dim');
      await page.locator('#map-filter').fill(title('1.1.1.6', l).toLowerCase());
      expect(await page.locator('li[data-id="1.1.1.6"]').getAttribute('class') ?? '').not.toContain('dim');
      expect(await page.locator('#map-count').innerText()).toMatch(/\d/);
      await page.locator('#map-filter').fill('');
      await page.locator('#map-highlight').selectOption('col:billing');
      expect(await page.locator('td.hl').count()).toBeGreaterThan(3);
      await cell.locator('a').click();
      await page.waitForURL(`**/${l}/1.1.1.5/`);
      expect(await page.locator('h1').innerText()).toBe(title('1.1.1.5', l));
      await page.close();
    });
  }

  it('is reachable from the keyboard and prints on one landscape page', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/en/map/`);
    await page.locator('#map-filter').focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.closest('table, .map-scroll') !== null);
    expect(focused).toBe(true);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBe(1);
    await page.close();
  });
});

describe('Italian and Chinese interface', () => {
  for (const l of ['it', 'zh'] as const) {
    it(`${l}: a process page is in ${l} throughout, and the language picker round-trips`, async () => {
      const page = await site.browser.newPage();
      await page.goto(`${site.server.url}/${l}/1.1.1.5/`);
      expect(await page.getAttribute('html', 'lang')).toBe(l === 'zh' ? 'zh-CN' : 'it');
      const meta = await page.locator('.process-meta').innerText();
      expect(meta).toContain(UI[l].children);
      expect(meta).toContain(UI[l].verticals);
      expect(await page.locator('h1').innerText()).toBe(title('1.1.1.5', l));
      // None of our English interface strings shows on the page.
      const text = await page.locator('body').innerText();
      for (const key of ['children', 'verticals', 'aliases', 'diagram', 'breadcrumbs', 'sidebar.overview', 'nav.map', 'all'] as const) {
        if (UI.en[key] !== UI[l][key]) expect(text, key).not.toMatch(word(UI.en[key]));
      }
      for (const s of ['On this page', 'Search', 'Previous', 'Next', 'Edit page', 'Last updated', 'Overview']) expect(text, s).not.toMatch(word(s));
      await page.locator('starlight-lang-select select').first().selectOption({ label: 'English' });
      await page.waitForURL('**/en/1.1.1.5/');
      await page.locator('starlight-lang-select select').first().selectOption({ label: l === 'zh' ? '简体中文' : 'Italiano' });
      await page.waitForURL(`**/${l}/1.1.1.5/`);
      await page.close();
    });
  }
});
