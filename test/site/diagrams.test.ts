import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { DIST } from './dist.ts';
import { atlas } from '../model/real-content.ts';
import { hierarchySvg } from '../../src/model/drawing/hierarchy-svg.ts';
import { LAYOUT } from '../../src/model/drawing/hierarchy-layout.ts';
import { processPath } from '../../src/model/content/ids.ts';
import { LOCALE_CODES } from '../../src/model/locales.ts';

const ids = [...atlas.tree.nodes.keys()];

describe('hierarchy diagrams in the built site', () => {
  it('every process page in every locale carries its diagram as static SVG, byte for byte what the model draws', () => {
    const sizes: number[] = [];
    for (const locale of LOCALE_CODES) {
      for (const id of ids) {
        const html = fs.readFileSync(path.join(DIST, processPath(locale, id), 'index.html'), 'utf8');
        const svg = hierarchySvg(atlas, locale, id);
        const figure = html.slice(html.indexOf('<figure class="process-diagram'));
        expect(figure.slice(0, 200), `${locale} ${id}`).toContain('data-pagefind-ignore');
        expect(figure.includes(svg), `${locale} ${id}`).toBe(true);
        expect(html.split('<svg xmlns="http://www.w3.org/2000/svg" class="dg"').length, `${locale} ${id}`).toBe(2);
        expect(html, `${locale} ${id}`).not.toContain('data-diagram-source');
        sizes.push(Buffer.byteLength(svg));
      }
    }
    // The budgets of issue 13: 4 KB median, 20 KB for the largest (1.1.1 and its 25 children).
    sizes.sort((a, b) => a - b);
    expect(sizes[Math.floor(sizes.length / 2)]!).toBeLessThanOrEqual(4 * 1024);
    expect(sizes.at(-1)!).toBeLessThanOrEqual(20 * 1024);
  });

  it('ships no mermaid runtime and no diagram script', () => {
    const scripts = fs.readdirSync(path.join(DIST, '_astro')).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const f of scripts) expect(fs.readFileSync(path.join(DIST, '_astro', f), 'utf8'), f).not.toMatch(/mermaid|flowchart|data-diagram/i);
  });

  it('switches layouts at the width the model fits its wide drawings in', () => {
    const css = fs.readFileSync('src/styles/diagram.css', 'utf8');
    expect(css).toContain(`@container (max-width: ${LAYOUT.wideMax - 0.02}px)`);
  });
});
