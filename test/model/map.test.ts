import { describe, expect, it } from 'vitest';
import { buildMap, mapQuery, placements, poster, rowIsEmpty } from '../../src/model/site/map.ts';
import { Atlas } from '../../src/model/site/atlas.ts';
import { atlas } from './real-content.ts';

describe('framework map', () => {
  // Built inside each test: a map built while the file loads is not credited to any test.
  const built = () => {
    const map = buildMap(atlas);
    return { map, placed: placements(map) };
  };

  it('lays out Operations and SIP as grids and Enterprise Management as lists', () => {
    const { map } = built();
    expect(map.grids.map((g) => [g.area, g.columns])).toEqual([
      ['1.1', ['operations-support-readiness', 'fulfillment', 'assurance', 'billing']],
      ['1.2', ['strategy-commit', 'infrastructure-lifecycle-management', 'product-lifecycle-management']],
    ]);
    expect(map.grids[0]!.rows.map((r) => r.id)).toEqual(['1.1.1', '1.1.2', '1.1.3', '1.1.4']);
    expect(map.lists.map((l) => l.area)).toEqual(['1.3']);
    expect(map.lists[0]!.groups.map((g) => g.id)).toEqual(['1.3.1', '1.3.2', '1.3.3', '1.3.4', '1.3.5', '1.3.6', '1.3.7']);
  });

  it('places every Level 2 process of Operations and SIP in exactly the cells of its parent and verticals', () => {
    const { map, placed } = built();
    const level2 = [...atlas.tree.nodes.values()].filter((n) => n.level === 2 && !n.id.startsWith('1.3.'));
    expect(level2.length).toBeGreaterThan(50);
    for (const n of level2) {
      const expected = n.verticals.map((v) => `${n.parent}/${v}`).sort();
      expect((placed.get(n.id) ?? []).sort(), n.id).toEqual(expected);
    }
    expect([...placed.keys()].sort()).toEqual(level2.map((n) => n.id).sort());
  });

  it('gives a process in adjacent verticals one spanning cell', () => {
    const { map } = built();
    const crm = map.grids[0]!.rows[0]!;
    const span = crm.lines.slice(1).flat().find((c) => c.ids.includes('1.1.1.2'))!;
    expect(span).toMatchObject({ col: 1, span: 3 });
    expect(crm.lines[0]!.some((c) => c.ids.includes('1.1.1.2'))).toBe(false);
  });

  it('places a new file with verticals: [assurance] with no other change', () => {
    const a = new Atlas([
      { locale: 'en', page: { id: '1.1', level: 0, title: 'Operations', summary: 's' } },
      { locale: 'en', page: { id: '1.1.2', level: 1, parent: '1.1', title: 'SM&O', summary: 's' } },
      { locale: 'en', page: { id: 'assurance', level: 1, parent: '1.1', title: 'Assurance', summary: 's' } },
      { locale: 'en', page: { id: 'billing', level: 1, parent: '1.1', title: 'Billing', summary: 's' } },
      { locale: 'en', page: { id: '1.1.2.9', level: 2, parent: '1.1.2', title: 'New', summary: 's', verticals: ['assurance'] } },
    ]);
    expect(placements(buildMap(a)).get('1.1.2.9')).toEqual(['1.1.2/assurance']);
  });

  it('puts SIP beside Operations with the layers in one band each, as on the poster', () => {
    const { map } = built();
    const board = poster(map);
    expect(board.areas.map((g) => g.area)).toEqual(['1.2', '1.1']);
    // Every vertical once, in the framework's left-to-right order.
    expect(board.areas.flatMap((g) => g.columns)).toEqual(['strategy-commit', 'infrastructure-lifecycle-management', 'product-lifecycle-management', 'operations-support-readiness', 'fulfillment', 'assurance', 'billing']);
    expect(board.layers.map((l) => l.rows.map((r) => r?.id))).toEqual([['1.2.1', '1.1.1'], ['1.2.2', '1.1.2'], ['1.2.3', '1.1.3'], ['1.2.4', '1.1.4']]);
    for (const layer of board.layers) {
      expect(layer.lines).toBe(Math.max(...layer.rows.map((r) => r!.lines.length)));
    }
  });

  it('knows which groupings have no Level 2 process to show', () => {
    const { map } = built();
    const empty = map.grids.flatMap((g) => g.rows).filter((r) => rowIsEmpty(r)).map((r) => r.id);
    const expected = map.grids.flatMap((g) => g.rows.map((r) => r.id)).filter((id) => atlas.tree.children(id).length === 0);
    expect(empty).toEqual(expected);
    expect(empty).toContain('1.2.4');
  });

  it('gives every process a map link that lands on something the map shows', () => {
    const { map, placed } = built();
    const shown = new Set([...placed.keys(), ...map.lists.flatMap((l) => l.groups.flatMap((g) => g.ids))]);
    const rows = new Set([...map.grids.flatMap((g) => g.rows.map((r) => r.id)), ...map.lists.flatMap((l) => l.groups.map((g) => g.id))]);
    const columns = new Set(map.grids.flatMap((g) => g.columns));
    const areas = new Set(atlas.tree.roots);
    for (const id of atlas.tree.nodes.keys()) {
      const [key, value] = [...new URLSearchParams(mapQuery(atlas, id))][0]!;
      const target = { p: shown, h: rows, v: columns, a: areas }[key as 'p' | 'h' | 'v' | 'a'];
      expect(target?.has(value), `${id} → ?${key}=${value}`).toBe(true);
    }
    expect(mapQuery(atlas, '1.1.1.5')).toBe('?p=1.1.1.5');
    expect(mapQuery(atlas, '1.1.1.5.1')).toBe('?p=1.1.1.5');
    expect(mapQuery(atlas, '1.1.1')).toBe('?h=1.1.1');
    expect(mapQuery(atlas, 'billing')).toBe('?v=billing');
    expect(mapQuery(atlas, '1.3')).toBe('?a=1.3');
  });

  it('stacks spanning cells by first column, the wider first, each on its own line', () => {
    const page = (id: string, level: number, parent: string | undefined, verticals?: string[]) => ({ locale: 'en', page: { id, level, parent, title: id, summary: 's', verticals } });
    const a = new Atlas([
      page('1.1', 0, undefined),
      ...['operations-support-readiness', 'fulfillment', 'assurance', 'billing'].map((v) => page(v, 1, '1.1')),
      page('1.1.1', 1, '1.1'),
      // Listed narrow before wide, and the later column first.
      page('1.1.1.1', 2, '1.1.1', ['fulfillment', 'assurance']),
      page('1.1.1.2', 2, '1.1.1', ['billing', 'fulfillment', 'assurance']),
      page('1.1.1.3', 2, '1.1.1', ['fulfillment', 'operations-support-readiness']),
      page('1.1.1.4', 2, '1.1.1', ['assurance', 'fulfillment']),
      // Not adjacent: in each of its columns.
      page('1.1.1.5', 2, '1.1.1', ['billing', 'operations-support-readiness']),
      page('1.1.1.6', 2, '1.1.1', ['billing']),
      // Verticals of another area only: no cell.
      page('1.1.1.7', 2, '1.1.1', ['strategy-commit']),
    ]);
    const [grid] = buildMap(a).grids;
    expect(grid!.rows).toEqual([
      {
        id: '1.1.1',
        lines: [
          [{ col: 0, span: 1, ids: ['1.1.1.5'] }, { col: 1, span: 1, ids: [] }, { col: 2, span: 1, ids: [] }, { col: 3, span: 1, ids: ['1.1.1.5', '1.1.1.6'] }],
          [{ col: 0, span: 2, ids: ['1.1.1.3'] }],
          [{ col: 1, span: 3, ids: ['1.1.1.2'] }],
          [{ col: 1, span: 2, ids: ['1.1.1.1', '1.1.1.4'] }],
        ],
      },
    ]);
  });

  it('calls a row empty only when no cell of any line holds a process', () => {
    const cell = (ids: string[], col = 0) => ({ col, span: 1, ids });
    expect(rowIsEmpty(undefined)).toBe(true);
    expect(rowIsEmpty({ id: 'r', lines: [] })).toBe(true);
    expect(rowIsEmpty({ id: 'r', lines: [[cell([]), cell([], 1)], [cell([])]] })).toBe(true);
    expect(rowIsEmpty({ id: 'r', lines: [[cell([]), cell(['a'], 1)]] })).toBe(false);
    expect(rowIsEmpty({ id: 'r', lines: [[cell([])], [cell(['a'])]] })).toBe(false);
  });

  it('gives no map link for an id outside the tree', () => {
    expect(mapQuery(atlas, '9.9')).toBe('');
    expect(mapQuery(atlas, 'nowhere')).toBe('');
  });
});
