/** The site on a phone: the same menu on every kind of page, the map one area at a time, nothing sideways at 320 px. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSite } from './use-site.ts';
import { LOCALE_CODES } from '../../src/model/locales.ts';
import { UI } from '../../src/model/i18n/index.ts';
import { groupings } from '../../src/model/glossary/it.ts';

const site = useBuiltSite();
/** One page of every kind, per locale; `/404.html` stands for any missing address. */
const PAGE_TYPES = ['/{l}/', '/{l}/map/', '/{l}/all/', '/{l}/status/', '/{l}/404/', '/{l}/1.1/', '/{l}/1.1.1.5/', '/{l}/1.1.1.5.1/', '/{l}/billing/'];

async function phone(width = 390): Promise<Page> {
  const ctx = await site.browser.newContext({ viewport: { width, height: 844 }, isMobile: true, hasTouch: true });
  return ctx.newPage();
}

describe('phone navigation', () => {
  for (const l of LOCALE_CODES) {
    it(`${l}: every kind of page has the menu, with language, theme and the map link, at 390 px`, async () => {
      const page = await phone();
      for (const p of [...PAGE_TYPES.map((x) => x.replace('{l}', l)), ...(l === 'en' ? ['/no/such/page/'] : [`/${l}/1.1.1.99/`])]) {
        await page.goto(site.server.url + p, { waitUntil: 'load' });
        if (p.includes('1.1.1.99') || p.includes('no/such')) await page.waitForURL(l === 'en' ? /\/no\/such\/page\/$/ : `**/${l}/404/`);
        const menu = page.locator('button[popovertarget="starlight__sidebar"]');
        expect(await menu.isVisible(), `${p}: menu button`).toBe(true);
        expect(await page.locator('[data-search-open]').first().isVisible(), `${p}: search`).toBe(true);
        await menu.click();
        const pane = page.locator('#starlight__sidebar');
        await expect.poll(() => pane.isVisible(), { message: `${p}: menu opens` }).toBe(true);
        expect(await pane.locator('atlas-lang-select select').isVisible(), `${p}: language`).toBe(true);
        expect(await pane.locator('starlight-theme-select select').isVisible(), `${p}: theme`).toBe(true);
        const mapLink = pane.locator('.header-links a', { hasText: UI[l]['nav.map'] });
        expect(await mapLink.isVisible(), `${p}: map link`).toBe(true);
        if (p === `/${l}/1.1.1.5/`) {
          await mapLink.click();
          await page.waitForURL(`**/${l}/map/`);
        }
      }
      await page.context().close();
    });
  }

  it('the map shows one area at a time, switched by its view buttons', async () => {
    const page = await phone();
    await page.goto(`${site.server.url}/it/map/`, { waitUntil: 'load' });
    const visible = (sel: string) => page.locator(sel).first().isVisible();
    const button = (area: string) => page.locator(`.map-views button[data-view="${area}"]`);
    expect(await button('1.1').getAttribute('aria-pressed')).toBe('true');
    expect(await visible('li[data-id="1.1.1.5"]')).toBe(true);
    expect(await visible('li[data-id="1.2.1.1"]')).toBe(false);
    expect(await visible('li[data-id="1.3.1.1"]')).toBe(false);
    // Reflowed: each cell says which vertical it belongs to.
    const label = await page.locator('li[data-id="1.1.1.5"]').evaluate((li) => getComputedStyle(li.closest('td')!, '::before').content);
    expect(label).toContain(groupings.fulfillment);
    await button('1.2').click();
    expect(await button('1.2').getAttribute('aria-pressed')).toBe('true');
    expect(await button('1.1').getAttribute('aria-pressed')).toBe('false');
    expect(await visible('li[data-id="1.2.1.1"]')).toBe(true);
    expect(await visible('li[data-id="1.1.1.5"]')).toBe(false);
    await button('1.3').click();
    expect(await visible('li[data-id="1.3.1.1"]')).toBe(true);
    expect(await visible('li[data-id="1.2.1.1"]')).toBe(false);
    // A highlight in another area brings that area into view.
    await page.locator('#map-highlight').selectOption('v:billing');
    expect(await button('1.1').getAttribute('aria-pressed')).toBe('true');
    expect(await visible('td.hl li[data-id="1.1.1.10"]')).toBe(true);
    await page.context().close();
  });

  it('the status table scrolls from the keyboard: a focusable, named region', async () => {
    const page = await phone();
    await page.goto(`${site.server.url}/zh/status/`, { waitUntil: 'load' });
    const region = page.locator('.table-scroll');
    expect(await region.getAttribute('tabindex')).toBe('0');
    expect(await region.getAttribute('role')).toBe('region');
    expect(await page.locator(`#${await region.getAttribute('aria-labelledby')}`).innerText()).toBe(UI.zh.status);
    // Chinese headers stay on one line.
    const heights = await page.locator('.status-table thead th').evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().height));
    expect(Math.max(...heights)).toBeLessThan(2.5 * 16 * 1.75);
    await page.context().close();
  });

  for (const p of ['/it/open-apis/', '/zh/releases/']) {
    it(`${p}: every row's cells, its last column included, are on screen without sideways scrolling`, async () => {
      const page = await phone();
      await page.goto(site.server.url + p, { waitUntil: 'load' });
      const rows = page.locator('.data-table tbody tr');
      expect(await rows.count()).toBeGreaterThan(40);
      const off = await rows.evaluateAll((trs) => trs.flatMap((tr) => [...tr.children]
        .filter((c) => { const r = c.getBoundingClientRect(); return r.left < 0 || r.right > document.documentElement.clientWidth; })
        .map((c) => c.textContent!.slice(0, 40))));
      expect(off).toEqual([]);
      // Each cell but the first says which column it is.
      const labels = await page.locator('.data-table tbody tr:first-child td').evaluateAll((tds) => tds.map((td) => getComputedStyle(td, '::before').content));
      expect(labels.every((c) => c.length > 4)).toBe(true);
      await page.context().close();
    });
  }
});

describe('at 320 px (400 % zoom)', () => {
  for (const l of LOCALE_CODES) {
    it(`${l}: no page scrolls sideways`, async () => {
      const page = await phone(320);
      const wide: string[] = [];
      for (const p of PAGE_TYPES.map((x) => x.replace('{l}', l))) {
        await page.goto(site.server.url + p, { waitUntil: 'load' });
        const { scroll, view } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: document.documentElement.clientWidth }));
        if (scroll > view) wide.push(`${p}: ${scroll} > ${view}`);
      }
      expect(wide).toEqual([]);
      await page.context().close();
    });
  }
});
