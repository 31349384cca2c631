import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { useBuiltSite } from './use-site.ts';
import type { Page } from 'playwright-core';
import { LOCALE_CODES } from '../../src/model/locales.ts';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SAMPLE = ['/{l}/', '/{l}/1.1/', '/{l}/1.1.1.5/', '/{l}/1.1.1.5.1/', '/{l}/operations-support-readiness/', '/{l}/map/', '/{l}/all/', '/{l}/status/', '/{l}/404/'];
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type AxeResult = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
/** Serious and critical WCAG A/AA violations on the page as it is now. */
async function axe(page: Page, tags?: string[]): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (runOnly) => {
    const r = await (window as unknown as { axe: { run: (o: object) => Promise<AxeResult> } }).axe.run({ resultTypes: ['violations'], ...(runOnly ? { runOnly } : {}) });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  }, tags);
}

const site = useBuiltSite();

describe('every sampled page, in each locale and theme', () => {
  for (const l of LOCALE_CODES) {
    for (const theme of ['light', 'dark'] as const) {
      it(`${l} ${theme}: no console error, no serious or critical axe violation`, async () => {
        const ctx = await site.browser.newContext({ colorScheme: theme });
        const page = await ctx.newPage();
        await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
        const problems: string[] = [];
        page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
        page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
        for (const p of SAMPLE) {
          const url = p.replace('{l}', l);
          const res = await page.goto(site.server.url + url, { waitUntil: 'load' });
          expect(res?.status(), url).toBe(200);
          expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
          // The diagram is static SVG, there from the start: axe checks it with the rest of the page.
          if (await page.locator('.process-diagram').count()) expect(await page.locator('.diagram svg a').count(), url).toBeGreaterThan(0);
          const violations = await axe(page);
          problems.push(...violations.map((v) => `${url} ${v}`));
        }
        expect(problems).toEqual([]);
        await ctx.close();
      }, 180_000);
    }
  }
});

describe('the map in every state, not only the default one', () => {
  const STATES: [string, (page: Page) => Promise<void>][] = [
    ['a filter typed', async (page) => { await page.locator('#map-filter').fill('ma'); }],
    ['a vertical highlighted', async (page) => { await page.locator('#map-highlight').selectOption('v:billing'); }],
    ['a horizontal highlighted', async (page) => { await page.locator('#map-highlight').selectOption('h:1.2.2'); }],
    ['a shared link to one process', async (page) => { await page.goto(page.url() + '?p=1.1.1.1&q=1.1'); }],
  ];
  for (const theme of ['light', 'dark'] as const) {
    for (const width of [1280, 390]) {
      for (const l of LOCALE_CODES) {
        it(`${l} ${theme}, ${width} px: no serious or critical WCAG A/AA violation in any state`, async () => {
          const ctx = await site.browser.newContext({ colorScheme: theme, viewport: { width, height: 900 } });
          await ctx.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
          const page = await ctx.newPage();
          const problems: string[] = [];
          for (const [state, enter] of STATES) {
            await page.goto(`${site.server.url}/${l}/map/`, { waitUntil: 'load' });
            await enter(page);
            problems.push(...(await axe(page, WCAG_AA)).map((v) => `${state}: ${v}`));
          }
          expect(problems).toEqual([]);
          await ctx.close();
        }, 180_000);
      }
    }
  }
});

describe('stylesheets a screen reads', () => {
  // A :has() anchored on the root or body is re-checked on every element the parser inserts: it made
  // the first style pass of a process page 1.6× longer (stop 29 bench notes). Pages say what they are
  // with data-page on the page frame instead.
  it('have no :has() anchored on html, :root or body, on any kind of page', async () => {
    const page = await site.browser.newPage();
    const found: string[] = [];
    for (const p of SAMPLE) {
      await page.goto(site.server.url + p.replace('{l}', 'en'), { waitUntil: 'load' });
      found.push(...await page.evaluate(() => {
        const out: string[] = [];
        const walk = (rules: CSSRuleList) => {
          for (const r of Array.from(rules)) {
            if (r instanceof CSSMediaRule) { if (matchMedia(r.media.mediaText).matches) walk(r.cssRules); continue; }
            if (r instanceof CSSSupportsRule || r instanceof CSSLayerBlockRule) { walk(r.cssRules); continue; }
            if (r instanceof CSSStyleRule) {
              for (const sel of r.selectorText.split(',')) if (/^\s*(:root|html|body)[^\s>+~]*:has\(/.test(sel)) out.push(sel.trim());
              if (r.cssRules.length) walk(r.cssRules);
            }
          }
        };
        for (const sheet of Array.from(document.styleSheets)) walk(sheet.cssRules);
        return out;
      }));
      // The page kind the stylesheets key on is there, once.
      expect(await page.locator('[data-page]').count(), p).toBe(1);
    }
    // Starlight's own menu rule, keyed on one id: replacing it changed nothing measurable (9 interleaved loads).
    const STARLIGHT = ['body:has(#starlight__sidebar:popover-open)'];
    expect([...new Set(found)].filter((sel) => !STARLIGHT.includes(sel))).toEqual([]);
    await page.close();
  });
});
