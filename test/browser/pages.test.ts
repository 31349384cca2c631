import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSite } from './use-site.ts';
import { Atlas } from '../../src/model/site/atlas.ts';
import { hierarchyDiagram } from '../../src/model/drawing/mermaid.ts';

const site = useBuiltSite();

async function open(path: string, opts: { theme?: 'light' | 'dark'; width?: number } = {}): Promise<{ page: Page; errors: string[] }> {
  const ctx = await site.browser.newContext({ viewport: { width: opts.width ?? 1280, height: 900 }, colorScheme: opts.theme ?? 'light' });
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(site.server.url + path, { waitUntil: 'load' });
  return { page, errors };
}

async function drawDiagram(page: Page) {
  await page.locator('.diagram').scrollIntoViewIfNeeded();
  await page.waitForSelector('.diagram svg', { timeout: 20_000 });
}

describe('process pages in a browser', () => {
  it('breadcrumbs and children links lead to the right pages', async () => {
    const { page } = await open('/en/1.1.1.5/');
    expect(await page.locator('.process-level').innerText()).toContain('1.1.1.5');
    await page.locator('.breadcrumbs a', { hasText: 'Customer Relationship Management' }).click();
    await page.waitForURL('**/en/1.1.1/');
    expect(await page.locator('h1').innerText()).toBe('Customer Relationship Management');
    await page.locator('.children-list a', { hasText: 'Order Handling' }).first().click();
    await page.waitForURL('**/en/1.1.1.5/');
    await page.locator('.children-list a').first().click();
    await page.waitForURL('**/en/1.1.1.5.1/');
    expect(await page.locator('h1').innerText()).toBe('Determine Customer Order Feasibility');
    await page.context().close();
  });

  it('a vertical grouping lists its Level 2 processes by Level 1 parent', async () => {
    const { page } = await open('/en/fulfillment/');
    const groups = await page.locator('.children-group').allInnerTexts();
    expect(groups).toEqual(expect.arrayContaining(['1.1.1 Customer Relationship Management', '1.1.2 Service Management & Operations']));
    expect(await page.locator('.children-list a', { hasText: 'Order Handling' }).count()).toBe(1);
    await page.context().close();
  });

  it('the diagram becomes an SVG whose nodes link to the right pages', async () => {
    const { page, errors } = await open('/en/1.1.1.5/');
    expect(await page.locator('.diagram svg').count()).toBe(0); // lazy: nothing before it nears the viewport
    await drawDiagram(page);
    const hrefs = await page.locator('.diagram svg a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? a.getAttribute('xlink:href')));
    expect(hrefs).toEqual(expect.arrayContaining(['/en/1.1/', '/en/1.1.1/', '/en/1.1.1.5/', '/en/1.1.1.5.1/', '/en/1.1.1.5.8/']));
    expect(await page.locator('.diagram svg').textContent()).toContain('Order Handling');
    await page.locator('.diagram svg a').nth(hrefs.indexOf('/en/1.1.1.5.2/')).click();
    await page.waitForURL('**/en/1.1.1.5.2/');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('renders titles with special characters and Chinese in the diagram', async () => {
    const tricky = 'Q&A / "Quotes" [x] (y) <z> #1 订单处理';
    const atlas = new Atlas([
      { locale: 'en', page: { id: '1.1', level: 0, title: 'Operations', summary: 's' } },
      { locale: 'en', page: { id: '1.1.1', level: 1, parent: '1.1', title: tricky, summary: 's' } },
    ]);
    const { page, errors } = await open('/en/1.1.1.5/');
    await page.locator('.diagram').evaluate((el, src) => { (el as HTMLElement).dataset.diagramSource = src; }, hierarchyDiagram(atlas, 'en', '1.1.1'));
    await drawDiagram(page);
    expect(await page.locator('.diagram svg').textContent()).toContain(tricky);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('re-renders the diagram when the theme switches to dark', async () => {
    const { page } = await open('/en/1.1.1.6/');
    await drawDiagram(page);
    await expect.poll(() => page.locator('.diagram').getAttribute('data-rendered')).toBe('light');
    const before = await page.locator('.diagram svg').innerHTML();
    await page.locator('starlight-theme-select select').first().selectOption('dark');
    await expect.poll(() => page.locator('.diagram').getAttribute('data-rendered'), { timeout: 10_000 }).toBe('dark');
    expect(await page.locator('.diagram svg').innerHTML()).not.toBe(before);
    await page.context().close();
  });

  it('breadcrumb separators are drawn but not read aloud', async () => {
    const { page } = await open('/it/1.1.1.5.1/');
    const crumbs = page.locator('nav.breadcrumbs');
    expect(await crumbs.locator('li').nth(1).evaluate((li) => getComputedStyle(li, '::before').content)).toContain('›');
    const tree = await crumbs.ariaSnapshot();
    expect(tree).toContain('1.1.1 Gestione delle relazioni con i clienti');
    expect(tree).not.toContain('›');
    await page.context().close();
  });
});

describe('home and root', () => {
  it('home cards are links named by id and title alone; verticals are listed under their area', async () => {
    const { page } = await open('/en/');
    const names = await page.locator('.home-card a').evaluateAll((as) => as.map((a) => a.textContent!.replace(/\s+/g, ' ').trim()));
    expect(names).toEqual(['1.1 Operations', '1.2 Strategy, Infrastructure & Product', '1.3 Enterprise Management']);
    // The whole card still opens the area.
    const card = page.locator('.home-card').nth(1);
    await card.scrollIntoViewIfNeeded();
    const box = (await card.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height - 8);
    await page.waitForURL('**/en/1.2/');
    await page.goto(site.server.url + '/en/');
    const groups = await page.locator('.home-verticals h3').allInnerTexts();
    expect(groups).toEqual(['Strategy, Infrastructure & Product', 'Operations']);
    expect(await page.locator('.home-verticals li a').first().innerText()).toBe('Strategy & Commit');
    await page.context().close();
  });

  for (const [languages, expected] of [[['it-IT', 'en'], 'it'], [['de-DE', 'zh-CN'], 'zh'], [['fr-FR', 'de'], 'en'], [['en-GB'], 'en']] as const) {
    it(`/ sends a browser asking for ${languages.join(', ')} to /${expected}/`, async () => {
      const ctx = await site.browser.newContext();
      await ctx.addInitScript((langs) => Object.defineProperty(navigator, 'languages', { get: () => langs }), [...languages]);
      const page = await ctx.newPage();
      await page.goto(site.server.url + '/');
      await page.waitForURL(`**/${expected}/`);
      expect(await page.locator('html').getAttribute('lang')).toBe(expected === 'zh' ? 'zh-CN' : expected);
      await ctx.close();
    });
  }

  it('/ without JavaScript offers one plain link per language', async () => {
    const ctx = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(site.server.url + '/');
    expect(await page.locator('main a').allInnerTexts()).toEqual(['English', 'Italiano', '简体中文']);
    await page.locator('main a', { hasText: 'Italiano' }).click();
    await page.waitForURL('**/it/');
    await ctx.close();
  });
});
