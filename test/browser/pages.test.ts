import { UI } from '../../src/model/i18n/index.ts';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSite } from './use-site.ts';
import { Atlas } from '../../src/model/site/atlas.ts';
import { hierarchyDiagram } from '../../src/model/drawing/mermaid.ts';
import { hierarchySvg } from '../../src/model/drawing/hierarchy-svg.ts';
import { atlas } from '../model/real-content.ts';

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

  it('the diagram is in the HTML: with JavaScript off, its boxes link to the right pages', async () => {
    const ctx = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await ctx.newPage();
    await page.goto(site.server.url + '/en/1.1.1.5/', { waitUntil: 'load' });
    const svg = page.locator('.process-diagram .diagram svg');
    expect(await svg.count()).toBe(1);
    const hrefs = await svg.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const expected = [...atlas.tree.ancestors('1.1.1.5'), '1.1.1.5', ...atlas.tree.children('1.1.1.5')].map((id) => `/en/${id}/`);
    expect(hrefs).toEqual(expected);
    expect(await svg.locator('a[aria-current="page"]').getAttribute('href')).toBe('/en/1.1.1.5/');
    expect(await page.locator('.process-diagram').getAttribute('data-pagefind-ignore')).not.toBeNull();
    await svg.getByRole('link', { name: '1.1.1.5.2 Authorize Credit', exact: true }).click();
    await page.waitForURL('**/en/1.1.1.5.2/');
    expect(await page.locator('h1').innerText()).toBe('Authorize Credit');
    await ctx.close();
  });

  it('reads each box as one link named by its id and title, in the page language, reachable by Tab', async () => {
    const { page } = await open('/zh/1.1.1.7/');
    const diagram = page.locator('.diagram svg');
    expect(await diagram.getAttribute('role')).toBe('group');
    const name = `1.1.1.7.5 ${atlas.title('zh', '1.1.1.7.5')}`;
    // Wrapped over two lines, read as one name with no stray space between the Chinese lines.
    expect(await diagram.getByRole('link', { name, exact: true }).count()).toBe(1);
    const links = diagram.locator('a');
    await links.first().focus();
    const count = await links.count();
    const focused: string[] = [];
    for (let i = 0; i < count; i++) {
      focused.push(await page.evaluate(() => document.activeElement?.getAttribute('href') ?? ''));
      await page.keyboard.press('Tab');
    }
    expect(focused).toEqual(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href'))));
    await page.context().close();
  });

  it('switches layout by the room it has, never scaling its 14 px text', async () => {
    for (const id of ['1.1.1', '1.1.1.5', 'fulfillment', '1.1.1.5.1']) {
      for (const width of [1280, 390]) {
        const { page } = await open(`/en/${id}/`, { width });
        const box = page.locator('.diagram');
        const geometry = await box.evaluate((el) => {
          const svg = el.querySelector('svg')!;
          const rect = (a: Element) => a.getBoundingClientRect();
          const links: Element[] = [...svg.querySelectorAll('a')];
          const self = svg.querySelector('a[aria-current]');
          const kids = links.slice(links.indexOf(self!) + 1);
          return {
            room: el.clientWidth - parseFloat(getComputedStyle(el).paddingLeft) * 2,
            svg: svg.getBoundingClientRect().width,
            connectors: [...svg.querySelectorAll('path.dg-l')].filter((p) => getComputedStyle(p).display !== 'none').length,
            fonts: [...new Set([...svg.querySelectorAll('text, tspan')].map((t) => getComputedStyle(t).fontSize))],
            self: { x: rect(self!).left, bottom: rect(self!).bottom, right: rect(self!).right },
            kids: kids.map((k) => ({ x: rect(k).left, top: rect(k).top })),
          };
        });
        expect(geometry.fonts, `${id} at ${width}`).toEqual(['14px']);
        expect(geometry.connectors, `${id} at ${width}: the connectors of one layout`).toBe(1);
        expect(geometry.svg, `${id} at ${width}: no horizontal scrolling`).toBeLessThanOrEqual(geometry.room);
        for (const k of geometry.kids) {
          if (width === 390) {
            expect(k.top, `${id} at 390: children below the process`).toBeGreaterThan(geometry.self.bottom);
            expect(k.x, `${id} at 390: children indented`).toBeGreaterThan(geometry.self.x);
          } else if (id === '1.1.1.5') {
            expect(k.x, `${id} at 1280: children to the right`).toBeGreaterThanOrEqual(geometry.self.right);
          }
        }
        // 1.1.1's 25 children in two columns; a vertical's horizontal groupings in one, their processes beside them.
        if (width === 1280 && (id === '1.1.1' || id === 'fulfillment')) expect(new Set(geometry.kids.map((k) => k.x)).size).toBe(2);
        await page.context().close();
      }
    }
  });

  it('follows the theme through CSS variables: the same SVG, other colours, no re-render', async () => {
    const { page } = await open('/en/1.1.1.6/');
    const current = page.locator('.diagram svg a[aria-current] rect');
    const before = { html: await page.locator('.diagram').innerHTML(), fill: await current.evaluate((r) => getComputedStyle(r).fill) };
    await page.locator('starlight-theme-select select').first().selectOption('dark');
    await expect.poll(() => current.evaluate((r) => getComputedStyle(r).fill)).not.toBe(before.fill);
    expect(await page.locator('.diagram').innerHTML()).toBe(before.html);
    await page.emulateMedia({ forcedColors: 'active' });
    const forced = await current.evaluate((r) => getComputedStyle(r).strokeWidth);
    expect(forced).toBe('4px');
    await page.emulateMedia({ forcedColors: 'none', media: 'print' });
    expect(await current.evaluate((r) => [getComputedStyle(r).fill, getComputedStyle(r).stroke])).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
    expect(await page.locator('.diagram svg text').first().evaluate((t) => getComputedStyle(t).fill)).toBe('rgb(0, 0, 0)');
    await page.context().close();
  });

  it('offers the Mermaid source, collapsed, with a copy button', async () => {
    const { page, errors } = await open('/it/1.1.1.5/');
    const details = page.locator('.diagram-source');
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await details.locator('summary').click();
    expect(await details.locator('pre').innerText()).toBe(hierarchyDiagram(atlas, 'it', '1.1.1.5'));
    expect(await details.locator('button').count()).toBe(1);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await details.locator('button').click();
    await expect.poll(() => details.locator('[role="status"]').innerText()).toBe(UI.it['diagram.source.copied']);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(hierarchyDiagram(atlas, 'it', '1.1.1.5'));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('loads no diagram JavaScript', async () => {
    const ctx = await site.browser.newContext();
    const page = await ctx.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname); });
    await page.goto(site.server.url + '/en/1.1.1/', { waitUntil: 'networkidle' });
    await page.locator('.diagram').scrollIntoViewIfNeeded();
    await page.waitForLoadState('networkidle');
    const bodies = await Promise.all(scripts.map((s) => fetch(site.server.url + s).then((r) => r.text())));
    expect(bodies.filter((b) => /mermaid|flowchart/i.test(b))).toEqual([]);
    await ctx.close();
  });

  it('renders titles with special characters and Chinese as text, never as markup', async () => {
    const tricky = `Q&A / "Quotes" [x] (y) <b>z</b> 'w' #1 订单处理`;
    const a = new Atlas([
      { locale: 'en', page: { id: '1.1', level: 0, title: 'Operations', summary: 's' } },
      { locale: 'en', page: { id: '1.1.1', level: 1, parent: '1.1', title: tricky, summary: 's' } },
    ]);
    const { page, errors } = await open('/en/1.1.1.5/');
    await page.locator('.diagram').evaluate((el, svg) => { el.innerHTML = svg; }, hierarchySvg(a, 'en', '1.1.1'));
    expect(await page.locator('.diagram svg a[aria-current]').textContent()).toBe(`1.1.1 ${tricky}`);
    expect(await page.locator('.diagram svg b').count()).toBe(0);
    expect(errors).toEqual([]);
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
