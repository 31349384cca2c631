// @vitest-environment happy-dom
/**
 * What we publish as "Mermaid source" must be valid Mermaid: every generated source goes through the
 * mermaid package's own parser. mermaid.parse needs a DOM (DOMPurify), hence the happy-dom environment.
 * The same DOM checks that each SVG box reads as its label in one piece, as a screen reader gets it.
 */
import { describe, expect, it } from 'vitest';
import mermaid from 'mermaid';
import { hierarchyDiagram } from '../../src/model/drawing/mermaid.ts';
import { hierarchySvg } from '../../src/model/drawing/hierarchy-svg.ts';
import { Atlas } from '../../src/model/site/atlas.ts';
import { LOCALE_CODES } from '../../src/model/locales.ts';
import { atlas } from './real-content.ts';

const ids = [...atlas.tree.nodes.keys()];

describe('Mermaid source', () => {
  it('parses for every process in every locale', async () => {
    let parsed = 0;
    for (const locale of LOCALE_CODES) {
      for (const id of ids) {
        const src = hierarchyDiagram(atlas, locale, id);
        await expect(mermaid.parse(src), `${locale} ${id}`).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
        parsed++;
      }
    }
    expect(parsed).toBe(ids.length * LOCALE_CODES.length);
  });

  it('a title cannot inject a directive, a comment or syntax', async () => {
    const evil = 'A %%{init: {"theme":"dark"}}%% B %% c\n"] --> x["y`z` <img src=x onerror=alert(1)> #1 & ; end';
    const a = new Atlas([
      { locale: 'en', page: { id: '1.1', level: 0, title: 'Operations', summary: 's' } },
      { locale: 'en', page: { id: '1.1.1', level: 1, parent: '1.1', title: evil, summary: 's' } },
      { locale: 'en', page: { id: '1.1.1.1', level: 2, parent: '1.1.1', title: evil, summary: 's' } },
    ]);
    const src = hierarchyDiagram(a, 'en', '1.1.1');
    expect(src).not.toContain('%');
    expect(src).not.toContain('<img');
    expect(src.split('\n')).toHaveLength(1 + 3 + 2 + 3 + 1); // header, 3 nodes, 2 edges, 3 clicks, class
    await expect(mermaid.parse(src)).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
  });
});

describe('hierarchy SVG in a DOM', () => {
  it('every box of every diagram is a link whose text is its label, unbroken by the line wrapping', () => {
    for (const locale of LOCALE_CODES) {
      for (const id of ids) {
        const host = document.createElement('div');
        host.innerHTML = hierarchySvg(atlas, locale, id);
        const links = [...host.querySelectorAll('svg a')];
        expect(links.length, `${locale} ${id}`).toBeGreaterThan(0);
        for (const a of links) {
          const pid = a.getAttribute('href')!.split('/').at(-2)!;
          expect(a.textContent, `${locale} ${id} → ${pid}`).toBe(atlas.label(locale, pid));
        }
        expect(host.querySelector('svg title')?.textContent).toContain(atlas.label(locale, id));
      }
    }
  });
});
