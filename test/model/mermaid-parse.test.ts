// @vitest-environment happy-dom
/**
 * What we publish as "Mermaid source" must be valid Mermaid: every generated source goes through the
 * mermaid package's own parser. mermaid.parse needs a DOM (DOMPurify), hence the happy-dom environment.
 * The same DOM checks that SVG boxes read as their labels in one piece, as a screen reader gets them.
 */
import { describe, expect, it } from 'vitest';
import mermaid from 'mermaid';
import { hierarchyDiagram } from '../../src/model/drawing/mermaid.ts';
import { hierarchySvg } from '../../src/model/drawing/hierarchy-svg.ts';
import { flowDiagram } from '../../src/model/drawing/flow-mermaid.ts';
import { swimlaneSvg } from '../../src/model/drawing/swimlane-svg.ts';
import { Atlas } from '../../src/model/site/atlas.ts';
import { LOCALE_CODES } from '../../src/model/locales.ts';
import { processPath } from '../../src/model/content/ids.ts';
import { atlas } from './real-content.ts';

const ids = [...atlas.tree.nodes.keys()];

describe('Mermaid source', () => {
  // Slow: mermaid copies its whole configuration many times per parse (about 30 ms CPU a source), so one test per locale, with room.
  for (const locale of LOCALE_CODES) {
    it(`parses for every process in ${locale}`, async () => {
      let parsed = 0;
      for (const id of ids) {
        const src = hierarchyDiagram(atlas, locale, id);
        await expect(mermaid.parse(src), `${locale} ${id}`).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
        parsed++;
      }
      expect(parsed).toBe(ids.length);
    }, 600_000);
  }

  it('a title cannot inject a directive, a comment or syntax', async () => {
    const a = new Atlas([
      { locale: 'en', page: { id: '1.1', level: 0, title: 'Operations', summary: 's' } },
      { locale: 'en', page: { id: '1.1.1', level: 1, parent: '1.1', title: EVIL, summary: 's' } },
      { locale: 'en', page: { id: '1.1.1.1', level: 2, parent: '1.1.1', title: EVIL, summary: 's' } },
    ]);
    const src = hierarchyDiagram(a, 'en', '1.1.1');
    expect(src).not.toContain('%');
    expect(src).not.toContain('<img');
    expect(src.split('\n')).toHaveLength(1 + 3 + 2 + 3 + 1); // header, 3 nodes, 2 edges, 3 clicks, class
    await expect(mermaid.parse(src)).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
  });
});

const EVIL = 'A %%{init: {"theme":"dark"}}%% B %% c\n"] --> x["y`z` <img src=x onerror=alert(1)> #1 & \'q\' ; end';

describe('hierarchy SVG in a DOM', () => {
  it('each box is a link whose text is its label, unbroken by wrapping, whatever the title holds', () => {
    const tricky = new Atlas([
      { locale: 'en', page: { id: '1.1', level: 0, title: 'Operations', summary: 's' } },
      { locale: 'en', page: { id: '1.1.1', level: 1, parent: '1.1', title: EVIL, summary: 's' } },
      { locale: 'en', page: { id: '1.1.1.1', level: 2, parent: '1.1.1', title: `${EVIL} ${EVIL}`, summary: 's' } },
    ]);
    const cases = [
      ...LOCALE_CODES.flatMap((l) => ['1.1.1', '1.1.1.5', '1.1.1.7', 'fulfillment', '1.1.1.5.1'].map((id) => [atlas, l, id] as const)),
      [tricky, 'en', '1.1.1'] as const,
    ];
    for (const [a, locale, id] of cases) {
      const host = document.createElement('div');
      host.innerHTML = hierarchySvg(a, locale, id);
      expect(host.querySelectorAll('img, script').length).toBe(0);
      const links = [...host.querySelectorAll('svg a')];
      expect(links.length, `${locale} ${id}`).toBeGreaterThan(1);
      for (const link of links) {
        const pid = link.getAttribute('href')!.split('/').at(-2)!;
        expect(link.textContent, `${locale} ${id} → ${pid}`).toBe(a.label(locale, pid).replace(/\s+/g, ' '));
      }
      expect(host.querySelector('svg title')?.textContent).toContain(a.label(locale, id).replace(/\s+/g, ' '));
    }
  });
});

describe('flows: Mermaid source and swimlane SVG', () => {
  it('every flow\'s Mermaid source parses in every locale, one node per step and one click per step', async () => {
    let parsed = 0;
    for (const locale of LOCALE_CODES) {
      for (const id of atlas.flowIds) {
        const src = flowDiagram(atlas, locale, id);
        await expect(mermaid.parse(src), `${locale} ${id}`).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
        const steps = atlas.flow(locale, id)!.steps.length;
        expect(src.match(/^ {4}s\d+\["/gm)?.length, `${locale} ${id}`).toBe(steps);
        expect(src.match(/^ {2}click /gm)?.length, `${locale} ${id}`).toBe(steps);
        parsed++;
      }
    }
    expect(parsed).toBe(LOCALE_CODES.length * atlas.flowIds.length);
  }, 300_000);

  const evilFlow = () => new Atlas(
    [
      { locale: 'en', page: { id: '1.1', level: 0, title: 'Operations', summary: 's' } },
      { locale: 'en', page: { id: '1.1.1', level: 1, parent: '1.1', title: 'CRM', summary: 's' } },
      { locale: 'en', page: { id: '1.1.1.1', level: 2, parent: '1.1.1', title: EVIL, summary: 's' } },
      { locale: 'en', page: { id: '1.1.1.2', level: 2, parent: '1.1.1', title: 'Plain', summary: 's' } },
    ],
    [{ locale: 'en', flow: { id: 'evil', title: EVIL, summary: 's', steps: [{ process: '1.1.1.1', does: EVIL }, { process: '1.1.1.2', does: 'x', then: [1] }] } }],
  );

  it('a process title cannot inject a directive, a comment or syntax into a flow\'s source', async () => {
    const src = flowDiagram(evilFlow(), 'en', 'evil');
    expect(src).not.toContain('%');
    expect(src).not.toContain('<img');
    await expect(mermaid.parse(src)).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
  });

  it('each step box is a link whose text is its numbered label, unbroken, in both drawings', () => {
    const cases = [...LOCALE_CODES.flatMap((l) => atlas.flowIds.map((id) => [atlas, l, id] as const)), [evilFlow(), 'en', 'evil'] as const];
    for (const [a, locale, id] of cases) {
      const host = document.createElement('div');
      host.innerHTML = swimlaneSvg(a, locale, id);
      expect(host.querySelectorAll('img, script, foreignObject').length).toBe(0);
      const svgs = [...host.querySelectorAll('svg')];
      expect(svgs.map((s) => s.getAttribute('class'))).toEqual(['dg fl fl-w', 'dg fl fl-n']);
      const steps = a.flow(locale, id)!.steps;
      for (const svg of svgs) {
        expect(svg.getAttribute('role')).toBe('group');
        expect(svg.querySelector('title')?.textContent?.replace(/\s+/g, ' ')).toContain(a.flow(locale, id)!.title.replace(/\s+/g, ' '));
        const links = [...svg.querySelectorAll('a')];
        expect(links.length, `${locale} ${id}`).toBe(steps.length);
        links.forEach((link, i) => {
          const pid = steps[i]!.process;
          expect(link.getAttribute('href')).toBe(processPath(locale, pid));
          expect(link.textContent, `${locale} ${id} step ${i + 1}`).toMatch(new RegExp(`^${i + 1}\\. `));
          expect(link.textContent!.endsWith(`${pid} ${a.title(locale, pid).replace(/\s+/g, ' ').trim()}`), `${locale} ${id} step ${i + 1}: ${link.textContent}`).toBe(true);
        });
      }
    }
  });
});
