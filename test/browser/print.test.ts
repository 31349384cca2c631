/** A process page printed from Chromium: a document, not a screenshot of the site. */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { useBuiltSite } from './use-site.ts';
import { pdfPages } from './pdf.ts';
import { UI } from '../../src/model/i18n/index.ts';

const site = useBuiltSite();
const processes: { id: string; locales: Record<string, { title: string; summary: string } | null> }[] = JSON.parse(fs.readFileSync('dist/processes.json', 'utf8')).processes;
const entry = (id: string, l: string) => processes.find((p) => p.id === id)!.locales[l]!;

describe('printing a process page', () => {
  for (const [l, id, width] of [['en', '1.1.1.5', 1280], ['it', '1.1.1.5', 390], ['en', '1.1.1', 1280]] as const) {
    it(`${l} ${id} at ${width} px: ${id === '1.1.1.5' ? 'at most 3 pages, ' : ''}none blank, title first, no navigation, the diagram on one page`, async () => {
      const ctx = await site.browser.newContext({ viewport: { width, height: 900 } });
      const page = await ctx.newPage();
      await page.goto(`${site.server.url}/${l}/${id}/`, { waitUntil: 'load' });
      // Draw the diagram as a reader scrolling down would, then print.
      await page.locator('.process-diagram').scrollIntoViewIfNeeded();
      await page.waitForSelector('.process-diagram svg', { timeout: 20_000 });
      await page.emulateMedia({ media: 'print' });
      const pages = await pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
      if (id === '1.1.1.5') expect(pages.length).toBeLessThanOrEqual(3);
      for (const [i, p] of pages.entries()) expect(p.text.length, `page ${i + 1} of ${pages.length} is blank`).toBeGreaterThan(200);
      const all = pages.map((p) => p.text).join(' ');
      const { title, summary } = entry(id, l);
      expect(pages[0]!.text.startsWith(title), pages[0]!.text.slice(0, 80)).toBe(true);
      expect(pages[0]!.maxFontSize).toBeGreaterThan(1.8 * pages[0]!.minFontSize);
      expect(all).toContain(summary.slice(0, 40));
      expect(all).toContain(`${UI[l].level.replace('{n}', String(id.split('.').length - 2))} · ${id}`);
      // No chrome: no site title, search, sidebar, "on this page", previous/next or footer links.
      for (const s of ['eTOM Atlas', UI[l].all, UI[l]['map.show'], UI[l].downloads, UI[l]['sidebar.overview']]) expect(all, s).not.toContain(s);
      // The diagram sits on one page: its heading and its description together with its drawing.
      const diagramPages = pages.filter((p) => p.text.includes(UI[l].diagram));
      expect(diagramPages).toHaveLength(1);
      await ctx.close();
    });
  }
});
