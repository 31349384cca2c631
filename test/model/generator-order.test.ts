/** Ordering and escaping of the generated diagram source and map, over the real corpus and small synthetic trees. */
import { describe, expect, it } from 'vitest';
import { escapeLabel, hierarchyDiagram } from '../../src/model/drawing/mermaid.ts';
import { buildMap, placements } from '../../src/model/site/map.ts';
import { Atlas, type PageInput } from '../../src/model/site/atlas.ts';
import { VERTICAL_IDS } from '../../src/model/content/verticals.ts';
import { LOCALE_CODES } from '../../src/model/locales.ts';
import { atlas } from './real-content.ts';

const page = (id: string, level: number, parent: string | undefined, title: string, verticals?: string[]): { locale: string; page: PageInput } =>
  ({ locale: 'en', page: { id, level, title, summary: 's', ...(parent ? { parent } : {}), ...(verticals ? { verticals } : {}) } });

describe('vertical grouping diagrams over the real corpus', () => {
  it('box the Level 2 processes by parent, parents and processes in id order, in every locale', () => {
    expect(VERTICAL_IDS.filter((v) => atlas.tree.has(v))).toEqual(VERTICAL_IDS);
    for (const locale of LOCALE_CODES) {
      for (const v of VERTICAL_IDS) {
        const lines = hierarchyDiagram(atlas, locale, v).split('\n');
        const kids = atlas.tree.inVertical(v);
        expect(kids.length, v).toBeGreaterThan(0);
        const parents = [...new Set(kids.map((k) => atlas.tree.get(k)!.parent!))];
        // Subgraph headers: one per parent, in the order of the first child of each (children sorted by id).
        expect(lines.filter((l) => l.startsWith('  subgraph ')), `${locale} ${v}`).toEqual(
          parents.map((p, i) => `  subgraph g${i}["${escapeLabel(`${p} ${atlas.title(locale, p)}`)}"]`));
        // Inside each box, its processes in id order, each declared once and linked from the vertical.
        const declared = lines.filter((l) => l.startsWith('    n')).map((l) => /^ {4}n\d+\["([^<]+)<br\/>/.exec(l)![1]);
        expect(declared, `${locale} ${v}`).toEqual(parents.flatMap((p) => kids.filter((k) => atlas.tree.get(k)!.parent === p)));
        expect(lines.filter((l) => l === '  end')).toHaveLength(parents.length);
        expect(lines.filter((l) => / n\d+ --> n\d+$/.test(l) && l.startsWith(`  ${lines.at(-1)!.split(' ')[3]} -->`))).toHaveLength(kids.length);
      }
    }
  });
});

describe('diagram labels', () => {
  it('put line breaks of a title on one line', () => {
    expect(escapeLabel('a\nb\r\nc\rd')).toBe('a b c d');
  });

  it('escape the subgraph label and every node label of a vertical grouping', () => {
    const a = new Atlas([
      page('1.1', 0, undefined, 'Ops'),
      page('1.1.1', 1, '1.1', 'C "R" & <M> 100%'),
      page('billing', 1, '1.1', 'B#lling\nline'),
      page('1.1.1.2', 2, '1.1.1', 'Two `x`', ['billing']),
    ]);
    expect(hierarchyDiagram(a, 'en', 'billing').split('\n')).toEqual([
      'flowchart LR',
      '  n0["1.1<br/>Ops"]',
      '  n1["B#35;lling line"]',
      '  n0 --> n1',
      '  subgraph g0["1.1.1 C #quot;R#quot; #38; #lt;M#gt; 100#37;"]',
      '    n2["1.1.1.2<br/>Two #96;x#96;"]',
      '  end',
      '  n1 --> n2',
      '  click n0 href "/en/1.1/"',
      '  click n1 href "/en/billing/"',
      '  click n2 href "/en/1.1.1.2/"',
      '  class n1 current',
    ]);
  });

  it('refuse an unknown process', () => {
    expect(() => hierarchyDiagram(atlas, 'en', '9.9.9')).toThrow('hierarchyDiagram: unknown process "9.9.9"');
  });
});

describe('framework map cells', () => {
  const ops = (extra: ReturnType<typeof page>[]) => new Atlas([
    page('1.1', 0, undefined, 'Operations'),
    page('1.1.1', 1, '1.1', 'CRM'),
    ...['operations-support-readiness', 'fulfillment', 'assurance', 'billing'].map((v) => page(v, 1, '1.1', v)),
    ...extra,
  ]);

  it('show a process in non-adjacent verticals in each of its columns, and nowhere else', () => {
    const map = buildMap(ops([page('1.1.1.3', 2, '1.1.1', 'Gap', ['billing', 'operations-support-readiness'])]));
    const row = map.grids[0]!.rows[0]!;
    expect(row.lines).toEqual([[
      { col: 0, span: 1, ids: ['1.1.1.3'] },
      { col: 1, span: 1, ids: [] },
      { col: 2, span: 1, ids: [] },
      { col: 3, span: 1, ids: ['1.1.1.3'] },
    ]]);
    expect(placements(map).get('1.1.1.3')).toEqual(['1.1.1/operations-support-readiness', '1.1.1/billing']);
  });

  it('put spanning cells in sub-rows by first column, the wider first, one cell per span', () => {
    const map = buildMap(ops([
      page('1.1.1.1', 2, '1.1.1', 'Late pair', ['billing', 'assurance']),
      page('1.1.1.2', 2, '1.1.1', 'Wide', ['fulfillment', 'assurance', 'billing']),
      page('1.1.1.4', 2, '1.1.1', 'Pair', ['assurance', 'fulfillment']),
      page('1.1.1.5', 2, '1.1.1', 'Pair too', ['fulfillment', 'assurance']),
      page('1.1.1.6', 2, '1.1.1', 'Unknown vertical ignored', ['fulfillment', 'nowhere']),
    ]));
    const [single, ...spans] = map.grids[0]!.rows[0]!.lines;
    expect(single!.map((c) => c.ids)).toEqual([[], ['1.1.1.6'], [], []]);
    expect(spans).toEqual([
      [{ col: 1, span: 3, ids: ['1.1.1.2'] }],
      [{ col: 1, span: 2, ids: ['1.1.1.4', '1.1.1.5'] }],
      [{ col: 2, span: 2, ids: ['1.1.1.1'] }],
    ]);
  });

  it('leave a process with no vertical of its area off the grid', () => {
    const map = buildMap(ops([page('1.1.1.7', 2, '1.1.1', 'SIP vertical', ['strategy-commit'])]));
    expect(placements(map).has('1.1.1.7')).toBe(false);
    expect(map.grids[0]!.rows[0]!.lines).toHaveLength(1);
  });
});
