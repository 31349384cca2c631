/**
 * Search, through the function the search box itself calls (window.etomSearch), over the whole corpus:
 * with Pagefind (online) and with the offline edition's MiniSearch index (its files served in place).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { useBuiltSite } from './use-site.ts';
import { offlineSearchFiles, searchPage, serveOfflineSearch, topIds } from './search-harness.ts';
import { NATURAL_QUERIES } from '../../scripts/bench/search-queries.ts';
import { LOCALE_CODES } from '../../src/model/locales.ts';
import { UI } from '../../src/model/i18n/index.ts';

interface Proc { id: string; level: number; locales: Record<string, { title: string; summary: string; url: string } | null> }
const processes: Proc[] = JSON.parse(fs.readFileSync('dist/processes.json', 'utf8')).processes;
const byId = new Map(processes.map((p) => [p.id, p]));
const numeric = processes.filter((p) => /^\d/.test(p.id));

const site = useBuiltSite();
let offlineDir: string;
let ctx: BrowserContext;
beforeAll(async () => {
  offlineDir = await offlineSearchFiles();
  ctx = await site.browser.newContext();
  await serveOfflineSearch(ctx, offlineDir);
});
afterAll(async () => {
  await ctx?.close();
  fs.rmSync(offlineDir, { recursive: true, force: true });
});

for (const backend of ['pagefind', 'offline'] as const) {
  describe(`search over the whole corpus (${backend})`, () => {
    for (const locale of LOCALE_CODES) {
      it(`${locale}: every numeric id first, every title in the top three and ≥ 97 % first, the natural queries in the top three`, async () => {
        const page = await searchPage(ctx, site.server.url, locale, backend);
        const idTops = await topIds(page, numeric.map((p) => p.id), 1);
        const wrongIds = numeric.filter((p, i) => idTops[i]![0] !== p.id).map((p) => p.id);
        expect(wrongIds, `${locale} ids not first`).toEqual([]);

        const titled = processes.filter((p) => p.locales[locale]);
        const titleTops = await topIds(page, titled.map((p) => p.locales[locale]!.title));
        const notTop3 = titled.filter((p, i) => !titleTops[i]!.includes(p.id)).map((p) => `${p.id} "${p.locales[locale]!.title}"`);
        expect(notTop3, `${locale} titles not in the top three`).toEqual([]);
        const first = titled.filter((p, i) => titleTops[i]![0] === p.id).length;
        expect(first / titled.length, `${locale} titles first`).toBeGreaterThanOrEqual(0.97);

        const natural = NATURAL_QUERIES[locale]!;
        expect(natural.length).toBeGreaterThanOrEqual(20);
        const tops = await topIds(page, natural.map((n) => n.q));
        const missed = natural.map((n, i) => (tops[i]!.includes(n.expect) ? '' : `"${n.q}" → ${n.expect}, got ${tops[i]!.join(' ')}`)).filter(Boolean);
        expect(missed, `${locale} natural queries`).toEqual([]);
        await page.close();
      }, 240_000);
    }

    it('segments Chinese: a word inside unbroken text finds the pages that contain it', async () => {
      const page = await searchPage(ctx, site.server.url, 'zh', backend);
      const out = (await page.evaluate(`window.etomSearch.search('订单', {}, 20)`)) as { results: { id: string; title: string }[]; total: number };
      expect(out.total).toBeGreaterThan(20);
      // Titles that hold 订单 inside a longer run of characters are found, not only the exact word.
      expect(out.results.filter((r) => r.title.includes('订单') && r.title !== '订单').length).toBeGreaterThan(5);
      await page.close();
    });

    it('filters by level and by area, pinned results included', async () => {
      const page = await searchPage(ctx, site.server.url, 'en', backend);
      const lv3 = (await page.evaluate(`window.etomSearch.search('billing', { level: 3 }, 50)`)) as { results: { id: string }[] };
      expect(lv3.results.length).toBeGreaterThan(5);
      for (const r of lv3.results) expect(byId.get(r.id)!.level, r.id).toBe(3);
      // The exact id of a Level 2 process is not a Level 3 result.
      const pinned = (await page.evaluate(`window.etomSearch.search('1.1.1.5', { level: 3 }, 5)`)) as { results: { id: string }[] };
      expect(pinned.results.map((r) => r.id)).not.toContain('1.1.1.5');
      const em = (await page.evaluate(`window.etomSearch.search('risk', { area: '1.3' }, 50)`)) as { results: { id: string }[] };
      expect(em.results.length).toBeGreaterThan(0);
      for (const r of em.results) expect(r.id).toMatch(/^1\.3(\.|$)/);
      await page.close();
    });

    it('shows the summary as the excerpt, with no label run into it', async () => {
      for (const locale of LOCALE_CODES) {
        const page = await searchPage(ctx, site.server.url, locale, backend);
        const query = byId.get('1.1.1.1')!.locales[locale]!.title;
        const out = (await page.evaluate(`window.etomSearch.search(${JSON.stringify(query)}, {}, 5, true)`)) as { results: { id: string; excerpt: { text: string }[] }[] };
        const top = out.results[0]!;
        expect(top.id).toBe('1.1.1.1');
        expect(top.excerpt.map((p) => p.text).join('')).toBe(byId.get('1.1.1.1')!.locales[locale]!.summary);
        await page.close();
      }
    });
  });
}

describe('the search box', () => {
  const visibleText = (page: Page) => page.locator('dialog.search-dialog').innerText();

  it('speaks the page language, announces the count in one live region, and filters Level then Area', async () => {
    for (const locale of LOCALE_CODES) {
      const ui = UI[locale];
      const page = await ctx.newPage();
      await page.goto(`${site.server.url}/${locale}/1.1.1.5/`, { waitUntil: 'load' });
      await page.locator('[data-search-open]').click();
      const input = page.locator('dialog.search-dialog input[type="search"]');
      await expect.poll(() => input.evaluate((el) => el === document.activeElement), { timeout: 10_000 }).toBe(true);
      const query = locale === 'zh' ? '计费' : locale === 'it' ? 'fatture' : 'invoice';
      await input.fill(query);
      const status = page.locator('dialog.search-dialog [role="status"]');
      await expect.poll(() => status.innerText(), { timeout: 15_000 }).toMatch(/\d/);
      // One live region for the search (the page's other one is Expressive Code's copy-button feedback).
      expect(await page.locator('dialog.search-dialog [role="status"], dialog.search-dialog [aria-live]').count(), 'one live region').toBe(1);
      const text = await status.innerText();
      expect(text).toContain(query);
      expect(text).toBe(ui['search.count.other'].replace('{query}', query).replace('{n}', text.match(/\d+/)![0]));
      // Filters: Kind (processes or flows) first, then Level, then Area, in every language.
      const labels = await page.locator('.search-filters label').allInnerTexts();
      expect(labels.map((l) => l.split('\n')[0]!.trim())).toEqual([ui['search.kind'], ui['search.level'], ui['search.area']]);
      if (locale !== 'en') {
        // No English string of the box shows where the language has its own (Italian "Area" is Italian too).
        const shown = await visibleText(page) + (await page.locator('[data-search-open]').innerText());
        const english = Object.entries(UI.en).filter(([k, v]) => (k.startsWith('search.') || k === 'level') && UI[locale][k as keyof typeof UI.en] !== v);
        for (const [, v] of english) for (const part of v.split(/\{\w+\}/).map((x) => x.trim()).filter((x) => x.length > 3)) expect(shown, `${locale}: "${part}"`).not.toContain(part);
      }
      // Keyboard: down into the results, up back to the field.
      await input.press('ArrowDown');
      const firstLink = page.locator('.search-results a').first();
      expect(await firstLink.evaluate((el) => el === document.activeElement)).toBe(true);
      await firstLink.press('ArrowUp');
      expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
      // No results, then Clear.
      await input.fill('zzxqv');
      await expect.poll(() => status.innerText(), { timeout: 10_000 }).toBe(ui['search.none'].replace('{query}', 'zzxqv'));
      await page.locator('[data-search-clear]').click();
      expect(await input.inputValue()).toBe('');
      expect(await page.locator('.search-results li').count()).toBe(0);
      await page.close();
    }
  }, 180_000);

  it('passes axe with results shown, in both themes', async () => {
    const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    for (const theme of ['light', 'dark'] as const) {
      const themed = await site.browser.newContext({ colorScheme: theme });
      await themed.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      const page = await themed.newPage();
      await page.goto(`${site.server.url}/zh/1.1.1.5/`, { waitUntil: 'load' });
      await page.locator('[data-search-open]').click();
      await page.locator('dialog.search-dialog input[type="search"]').fill('订单');
      await page.waitForSelector('.search-results mark', { timeout: 15_000 });
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const r = await (window as unknown as { axe: { run: (c: string, o: object) => Promise<{ violations: { id: string; impact: string }[] }> } }).axe.run('dialog.search-dialog', { resultTypes: ['violations'] });
        return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
      });
      expect(violations, theme).toEqual([]);
      await themed.close();
    }
  }, 180_000);

  it('opens a result with Enter', async () => {
    const page = await ctx.newPage();
    await page.goto(`${site.server.url}/it/`, { waitUntil: 'load' });
    await page.locator('[data-search-open]').click();
    await page.locator('dialog.search-dialog input[type="search"]').fill('1.1.1.5');
    const first = page.locator('.search-results a').first();
    await expect.poll(() => first.getAttribute('href'), { timeout: 10_000 }).toMatch(/\/it\/1\.1\.1\.5\/$/);
    expect(await first.innerText()).toContain('1.1.1.5');
    await page.locator('dialog.search-dialog input[type="search"]').press('ArrowDown');
    await first.press('Enter');
    await page.waitForURL(/\/it\/1\.1\.1\.5\/$/);
    await page.close();
  });

  it('holds the page still while open, and lets it scroll again however it closes', async () => {
    const page = await ctx.newPage();
    await page.goto(`${site.server.url}/en/1.1.1.5/`, { waitUntil: 'load' });
    const overflow = () => page.evaluate(() => getComputedStyle(document.body).overflow);
    expect(await overflow()).not.toBe('hidden');
    for (const shut of ['Escape', 'button', 'backdrop'] as const) {
      await page.locator('[data-search-open]').click();
      await expect.poll(() => page.locator('dialog.search-dialog').evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
      expect(await overflow(), shut).toBe('hidden');
      if (shut === 'Escape') await page.keyboard.press('Escape');
      else if (shut === 'button') await page.locator('[data-search-close]').click();
      else await page.mouse.click(3, 3); // outside the dialog's frame: the backdrop
      await expect.poll(() => page.locator('dialog.search-dialog').evaluate((d) => (d as HTMLDialogElement).open), { message: shut }).toBe(false);
      // The dialog's close event, which unlocks the page, is queued as a task after `open` goes false.
      await expect.poll(overflow, { message: shut }).not.toBe('hidden');
    }
    await page.close();
  });
});

describe('offline: a copy of dist/ served on a laptop', () => {
  it('loads pages, renders a diagram and searches with every off-site request blocked — and none made', async () => {
    const local = await site.browser.newContext();
    const blocked: string[] = [];
    await local.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1' || url.hostname === 'localhost') return route.continue();
      blocked.push(url.href);
      return route.abort();
    });
    for (const locale of LOCALE_CODES) {
      const page = await local.newPage();
      await page.goto(`${site.server.url}/${locale}/1.1.1.5/`, { waitUntil: 'networkidle' });
      await page.locator('.diagram').scrollIntoViewIfNeeded();
      await page.waitForSelector('.diagram svg', { timeout: 20_000 });
      await page.waitForFunction('window.etomSearch');
      expect((await topIds(page, ['1.1.1.5'], 1))[0]).toEqual(['1.1.1.5']);
      await page.goto(`${site.server.url}/${locale}/map/`, { waitUntil: 'networkidle' });
      await page.close();
    }
    expect(blocked).toEqual([]);
    await local.close();
  }, 180_000);
});
