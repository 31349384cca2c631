import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { useBuiltSite } from './use-site.ts';
import { LOCALE_CODES } from '../../src/model/locales.ts';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SAMPLE = ['/{l}/', '/{l}/1.1/', '/{l}/1.1.1.5/', '/{l}/1.1.1.5.1/', '/{l}/operations-support-readiness/', '/{l}/map/', '/{l}/all/', '/{l}/status/'];

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
          await page.addScriptTag({ content: axeSource });
          const violations = await page.evaluate(async () => {
            const r = await (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run({ resultTypes: ['violations'] });
            return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
          });
          problems.push(...violations.map((v) => `${url} ${v}`));
        }
        expect(problems).toEqual([]);
        await ctx.close();
      }, 180_000); // axe takes 1–10 s a page (the all-processes page is the slowest) on a shared 2-core machine
    }
  }
});
