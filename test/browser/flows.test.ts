/** A reader follows a flow: from a step to its process page, and back through "Part of the flows"; the diagram switches layout on a phone. */
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from './use-site.ts';
import { atlas } from '../model/real-content.ts';
import { flowPath } from '../../src/model/site/flows.ts';
import { processPath } from '../../src/model/content/ids.ts';
import { UI } from '../../src/model/i18n/index.ts';

const site = useBuiltSite();

describe('following a flow', () => {
  for (const l of ['en', 'zh'] as const) {
    it(`${l}: a step's diagram box leads to its process, whose "Part of the flows" leads back to that step`, async () => {
      const id = atlas.flowIds[0]!;
      const steps = atlas.flow(l, id)!.steps;
      const n = 3;
      const pid = steps[n - 1]!.process;
      const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(site.server.url + flowPath(l, id), { waitUntil: 'load' });
      const wide = page.locator('svg.fl-w');
      expect(await wide.isVisible()).toBe(true);
      expect(await page.locator('svg.fl-n').isVisible()).toBe(false);
      await wide.locator(`a[href="${processPath(l, pid)}"]`).first().click();
      await page.waitForURL(`**${processPath(l, pid)}`);
      const back = page.locator('.process-flows a', { hasText: atlas.flow(l, id)!.title });
      expect(await page.locator('.process-flows').textContent()).toContain(UI[l]['partOf']);
      await back.click();
      await page.waitForURL(`**${flowPath(l, id)}#step-${atlas.flowsOf(pid).find((f) => f.flow === id)!.steps[0]}`);
      expect(await page.locator(`tr#step-${atlas.flowsOf(pid).find((f) => f.flow === id)!.steps[0]} a`).first().getAttribute('href')).toBe(processPath(l, pid));
      await page.close();
    });
  }

  it('on a 390 px phone the narrow drawing shows, fits without scrolling, and its text is 14 px', async () => {
    const ctx = await site.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await ctx.newPage();
    for (const id of atlas.flowIds) {
      await page.goto(site.server.url + flowPath('it', id), { waitUntil: 'load' });
      const narrow = page.locator('svg.fl-n');
      expect(await narrow.isVisible(), id).toBe(true);
      expect(await page.locator('svg.fl-w').isVisible(), id).toBe(false);
      const fits = await page.locator('.flow-diagram .diagram').evaluate((d) => d.scrollWidth <= d.clientWidth);
      expect(fits, id).toBe(true);
      expect(await narrow.evaluate((s) => getComputedStyle(s.querySelector('text')!).fontSize), id).toBe('14px');
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), id).toBe(true);
    }
    await ctx.close();
  });

  for (const l of ['en', 'it'] as const) {
    it(`${l}: search finds a flow by a word of its text, and the Flows filter keeps only flows`, async () => {
      const id = atlas.flowIds[0]!;
      const flow = atlas.flow(l, id)!;
      const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${site.server.url}${processPath(l, '1.1.1.5')}`, { waitUntil: 'load' });
      await page.locator('[data-search-open]').click();
      const input = page.locator('dialog.search-dialog input[type="search"]');
      await input.fill(flow.title);
      const first = page.locator('.search-results a').first();
      await expect.poll(() => first.evaluate((a) => (a as HTMLAnchorElement).pathname).catch(() => ''), { timeout: 15_000 }).toBe(flowPath(l, id));
      await page.locator('select[data-filter="kind"]').selectOption('flow');
      const hrefs = () => page.locator('.search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      await expect.poll(async () => { const h = await hrefs(); return h.length > 0 && h.every((x) => x.includes('/flows/')); }, { timeout: 15_000 }).toBe(true);
      await page.locator('select[data-filter="kind"]').selectOption('process');
      await expect.poll(async () => { const h = await hrefs(); return h.length > 0 && !h.some((x) => x.includes('/flows/')); }, { timeout: 15_000 }).toBe(true);
      await page.close();
    });
  }
});
