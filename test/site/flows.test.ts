/**
 * The flows in the built site (dist/): every flow page in every locale with its diagram exactly as the
 * model draws it, within the page budgets and without diagram JavaScript; the index, the back-links on
 * every process that is a step, the downloads and the search tables.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { DIST } from './dist.ts';
import { atlas } from '../model/real-content.ts';
import { swimlaneSvg } from '../../src/model/drawing/swimlane-svg.ts';
import { flowPath } from '../../src/model/site/flows.ts';
import { processPath } from '../../src/model/content/ids.ts';
import { sitePath } from '../../src/model/config.ts';
import { LOCALE_CODES } from '../../src/model/locales.ts';
import { UI } from '../../src/model/i18n/index.ts';
import { TABLE_GLOBAL, tablePath } from '../../src/model/site/search/table.ts';

const page = (p: string) => fs.readFileSync(path.join(DIST, p, 'index.html'), 'utf8');
/** As Astro escapes text and attributes. */
const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

describe('flow pages', () => {
  it('every flow exists in every locale, with its diagram as static SVG, its step table and its text, within budget', () => {
    for (const l of LOCALE_CODES) {
      for (const id of atlas.flowIds) {
        const what = `${l} ${id}`;
        const html = page(flowPath(l, id));
        const svg = swimlaneSvg(atlas, l, id);
        expect(html.includes(svg), what).toBe(true);
        expect(Buffer.byteLength(svg), what).toBeLessThanOrEqual(20 * 1024);
        expect(Buffer.byteLength(html), what).toBeLessThanOrEqual(80 * 1024);
        // No script draws the diagram: the page's only scripts are the site's own modules.
        for (const s of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? []) expect(s, what).not.toMatch(/mermaid|swimlane|flowchart/i);
        const flow = atlas.flow(l, id)!;
        flow.steps.forEach((s, i) => {
          expect(html, `${what} step ${i + 1}`).toContain(`<tr id="step-${i + 1}">`);
          expect(html, `${what} step ${i + 1}`).toContain(`href="${processPath(l, s.process)}"`);
        });
        expect(html, what).toContain(UI[l]['flow.explanation']);
        expect(html, what).toContain('data-kind="flow"');
        expect(html, what).toContain('data-pagefind-body');
      }
    }
  });

  it('the flows index lists every flow with its summary, and the home page, header and sidebar link to flows', () => {
    for (const l of LOCALE_CODES) {
      const index = page(flowPath(l));
      for (const id of atlas.flowIds) {
        expect(index, `${l} ${id}`).toContain(`href="${flowPath(l, id)}"`);
        expect(index, `${l} ${id}`).toContain(attr(atlas.flow(l, id)!.summary));
      }
      const home = page(sitePath(`${l}/`));
      for (const id of atlas.flowIds) expect(home, `${l} home ${id}`).toContain(`href="${flowPath(l, id)}"`);
      expect(page(processPath(l, '1.1.1.5')), l).toContain(`href="${flowPath(l)}"`);
    }
  });

  it('every process that is a step links back to each of its flows at its step, in every locale', () => {
    let checked = 0;
    for (const l of LOCALE_CODES) {
      for (const pid of atlas.tree.treeOrder()) {
        const refs = atlas.flowsOf(pid);
        const html = page(processPath(l, pid));
        if (!refs.length) {
          expect(html, `${l} ${pid}`).not.toContain('class="process-flows"');
          continue;
        }
        expect(html, `${l} ${pid}`).toContain(UI[l]['partOf']);
        for (const r of refs) {
          expect(html, `${l} ${pid} → ${r.flow}`).toContain(`href="${attr(flowPath(l, r.flow))}#step-${r.steps[0]}"`);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(LOCALE_CODES.length * atlas.flowIds.length);
  });
});

describe('flows in the downloads and in search', () => {
  it('flows.json is published and linked from every downloads page', () => {
    const json = JSON.parse(fs.readFileSync(path.join(DIST, 'flows.json'), 'utf8'));
    expect(json).toEqual(JSON.parse(JSON.stringify(atlas.flowsJson())));
    for (const l of LOCALE_CODES) expect(page(sitePath(`${l}/downloads/`)), l).toContain(`href="${sitePath('flows.json')}"`);
  });

  it('each search table holds the flows, and Pagefind results map to them', () => {
    for (const l of LOCALE_CODES) {
      const self: Record<string, Record<string, { entries: { i: string; k?: string }[]; pf?: Record<string, string> }>> = {};
      new Function('self', fs.readFileSync(path.join(DIST, tablePath(l)), 'utf8'))(self);
      const table = self[TABLE_GLOBAL]![l]!;
      const flows = table.entries.filter((e) => e.k === 'flow').map((e) => e.i);
      expect(flows, l).toEqual(atlas.flowIds.map((id) => `flows/${id}`));
      const mapped = new Set(Object.values(table.pf ?? {}));
      for (const f of flows) expect(mapped.has(f), `${l} ${f}`).toBe(true);
    }
  });
});
