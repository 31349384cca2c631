import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { useBuiltSite } from './use-site.ts';
import { UI } from '../../src/model/i18n/index.ts';
import { pdfPages } from './pdf.ts';

const processes: { id: string; locales: Record<string, { title: string; url: string } | null> }[] = JSON.parse(fs.readFileSync('dist/processes.json', 'utf8')).processes;
const word = (s: string) => new RegExp(`\\b${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);
const title = (id: string, l: string) => processes.find((p) => p.id === id)!.locales[l]!.title;

const site = useBuiltSite();

describe('framework map', () => {
  for (const l of ['en', 'it', 'zh']) {
    it(`${l}: clicking a cell opens the process, and the filter hides what does not match`, async () => {
      const page = await site.browser.newPage();
      await page.goto(`${site.server.url}/${l}/map/`);
      // Order Handling sits in the CRM row, Fulfillment column; Customer Interface Management spans F, A and B.
      const cell = page.locator('td[data-row="1.1.1"][data-cols="fulfillment"] li[data-id="1.1.1.5"]');
      expect(await cell.count()).toBe(1);
      expect(await page.locator('td[data-cols="fulfillment assurance billing"] li[data-id="1.1.1.2"]').count()).toBe(1);
      // The poster's order: SIP's verticals first, then Operations'.
      expect(await page.locator('table.etom-poster th[scope="col"]').first().innerText()).toBe(title('strategy-commit', l));
      expect(await page.locator('table.etom-poster th[scope="col"]').nth(3).innerText()).toBe(title('operations-support-readiness', l));
      await page.locator('#map-filter').fill('1.1.3');
      expect(await page.locator('li[data-id="1.1.3.2"]').isVisible()).toBe(true);
      expect(await page.locator('li[data-id="1.1.1.5"]').isVisible()).toBe(false);
      await page.locator('#map-filter').fill(title('1.1.1.6', l).toLowerCase());
      expect(await page.locator('li[data-id="1.1.1.6"]').isVisible()).toBe(true);
      expect(await page.locator('#map-status').innerText()).toMatch(/\d/);
      await page.locator('#map-filter').fill('');
      await page.locator('#map-highlight').selectOption('v:billing');
      expect(await page.locator('td.hl').count()).toBeGreaterThan(3);
      await cell.locator('a').click();
      await page.waitForURL(`**/${l}/1.1.1.5/`);
      expect(await page.locator('h1').innerText()).toBe(title('1.1.1.5', l));
      await page.close();
    });
  }

  it('one band per layer: 1.2.1 and 1.1.1 share their table rows, and 1.2.4 says why it is empty', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.server.url}/en/map/`);
    const top = (sel: string) => page.locator(sel).evaluate((el) => Math.round(el.getBoundingClientRect().top));
    expect(await top('th[data-row="1.2.1"]')).toBe(await top('th[data-row="1.1.1"]'));
    expect(await top('th[data-row="1.2.4"]')).toBe(await top('th[data-row="1.1.4"]'));
    // Equal columns across both areas.
    const widths = await page.locator('.poster-verticals th').evaluateAll((ths) => ths.map((th) => Math.round(th.getBoundingClientRect().width)));
    expect(widths).toHaveLength(7);
    expect(Math.max(...widths) - Math.min(...widths)).toBeLessThanOrEqual(1);
    expect(await page.locator('td.map-note[data-row="1.2.4"]').innerText()).toBe(UI.en['map.empty']);
    // The three areas are headings of one style.
    const headings = page.getByRole('heading', { level: 2 });
    const names = (await headings.allInnerTexts()).map((h) => h.replace(/\s+/g, ' ').trim());
    expect(names).toEqual(expect.arrayContaining(['1.1 Operations', '1.2 Strategy, Infrastructure & Product', '1.3 Enterprise Management']));
    const sizes = await page.locator('.map-area-heading').evaluateAll((hs) => hs.map((h) => getComputedStyle(h).fontSize));
    expect(new Set(sizes).size).toBe(1);
    // The filter landmark is named.
    expect(await page.getByRole('search', { name: UI.en['map.controls'] }).count()).toBe(1);
    await page.close();
  });

  it('keeps filter and highlight in the URL, and a shared URL restores them', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.server.url}/en/map/`);
    await page.locator('#map-filter').fill('order');
    await page.locator('#map-highlight').selectOption('v:fulfillment');
    const shared = new URL(page.url());
    expect(Object.fromEntries(shared.searchParams)).toEqual({ q: 'order', v: 'fulfillment' });
    const other = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await other.goto(shared.href);
    expect(await other.locator('#map-filter').inputValue()).toBe('order');
    expect(await other.locator('#map-highlight').inputValue()).toBe('v:fulfillment');
    expect(await other.locator('li[data-id="1.1.1.5"]').isVisible()).toBe(true);
    expect(await other.locator('li[data-id="1.1.1.10"]').isVisible()).toBe(false);
    expect(await other.locator('th[data-col="fulfillment"]').getAttribute('class')).toContain('hl');
    // One live region says both.
    const status = await other.locator('#map-status').innerText();
    // "order" names one Level 2 process (Order Handling): the singular sentence.
    expect(status).toMatch(/^1 of 97 processes matches\. Highlighted: Fulfillment, \d+ processes\.$/);
    // (The search dialog's own status region is inert while the dialog is closed.)
    expect(await other.locator(':is([aria-live], [role="status"], output):not(dialog *)').count()).toBe(1);
    await other.close();
    await page.close();
  });

  it('"Show on the map" on a process page highlights its cell and scrolls to it', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 700 } });
    await page.goto(`${site.server.url}/zh/1.1.4.5/`);
    await page.locator('.map-link').click();
    await page.waitForURL('**/zh/map/?p=1.1.4.5');
    const li = page.locator('li[data-id="1.1.4.5"]');
    expect(await li.getAttribute('class')).toContain('hl');
    await expect.poll(() => li.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })).toBe(true);
    expect(await page.locator('#map-status').innerText()).toContain('1.1.4.5');
    await page.close();
  });

  it('is reachable from the keyboard and prints on two A4 landscape pages', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/en/map/`);
    await page.locator('#map-filter').focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.closest('table, .map-scroll') !== null);
    expect(focused).toBe(true);
    await page.emulateMedia({ media: 'print' });
    const pages = await pdfPages(await page.pdf({ preferCSSPageSize: true }));
    expect(pages.map((p) => p.landscape)).toEqual([true, true]);
    expect(pages[0]!.text).toContain('1.1.1.5');
    expect(pages[0]!.text).toContain('1.2.1.1');
    expect(pages[1]!.text).toContain('1.3.7.5');
    expect(pages[1]!.text).not.toContain('1.1.1.5 ');
    // Legible: no process name smaller than 6.5 pt.
    for (const p of pages) expect(p.minFontSize).toBeGreaterThanOrEqual(6.5);
    await page.close();
  });
});

describe('Italian and Chinese interface', () => {
  for (const l of ['it', 'zh'] as const) {
    it(`${l}: a process page is in ${l} throughout, and the language picker round-trips`, async () => {
      const page = await site.browser.newPage();
      await page.goto(`${site.server.url}/${l}/1.1.1.5/`);
      expect(await page.getAttribute('html', 'lang')).toBe(l === 'zh' ? 'zh-CN' : 'it');
      expect(await page.locator('.process-children h2').innerText()).toBe(UI[l].children);
      expect(await page.locator('.process-meta').innerText()).toContain(UI[l].verticals);
      expect(await page.locator('h1').innerText()).toBe(title('1.1.1.5', l));
      // None of our English interface strings shows on the page.
      const text = await page.locator('body').innerText();
      for (const key of ['children', 'verticals', 'aliases', 'diagram', 'breadcrumbs', 'sidebar.overview', 'nav.map', 'all'] as const) {
        if (UI.en[key] !== UI[l][key]) expect(text, key).not.toMatch(word(UI.en[key]));
      }
      for (const s of ['On this page', 'Search', 'Previous', 'Next', 'Edit page', 'Last updated', 'Overview']) expect(text, s).not.toMatch(word(s));
      // Each language name is marked up in its own language.
      expect(await page.locator('atlas-lang-select').first().locator('option').evaluateAll((os) => os.map((o) => `${o.textContent!.trim()}:${(o as HTMLOptionElement).lang}`))).toEqual(['English:en', 'Italiano:it', '简体中文:zh-CN']);
      // Heading anchors are named in the page's language.
      const anchor = await page.locator('.sl-anchor-link .sr-only').first().textContent();
      expect(anchor).toContain(await page.locator('.sl-markdown-content h2').first().innerText());
      expect(anchor).not.toMatch(/Section titled/);
      await page.locator('atlas-lang-select select').first().selectOption({ label: 'English' });
      await page.waitForURL('**/en/1.1.1.5/');
      await page.locator('atlas-lang-select select').first().selectOption({ label: l === 'zh' ? '简体中文' : 'Italiano' });
      await page.waitForURL(`**/${l}/1.1.1.5/`);
      await page.close();
    });
  }
});
