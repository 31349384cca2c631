/**
 * The framework map: each area's horizontal groupings (rows) crossed with its vertical groupings
 * (columns). A Level 2 process sits in the row of its parent and the columns of its verticals;
 * one in several adjacent verticals gets a single cell spanning them. Built from frontmatter alone.
 */
import type { Atlas } from './atlas.ts';
import { isNumericId } from '../content/ids.ts';
import { VERTICALS } from '../content/verticals.ts';

export interface MapCell {
  /** Index of the first column and how many columns the cell spans. */
  col: number;
  span: number;
  ids: string[];
}
export interface MapRow {
  id: string;
  /** Sub-rows: the first holds single-column processes; each further one a group with the same span. */
  lines: MapCell[][];
}
export interface MapGrid {
  area: string;
  columns: string[];
  rows: MapRow[];
}
export interface FrameworkMap {
  grids: MapGrid[];
  /** Areas without verticals (Enterprise Management): groupings with their Level 2 processes. */
  lists: { area: string; groups: { id: string; ids: string[] }[] }[];
}

export function buildMap(atlas: Atlas): FrameworkMap {
  const { tree } = atlas;
  const map: FrameworkMap = { grids: [], lists: [] };
  for (const area of tree.roots) {
    const columns = VERTICALS.filter((v) => v.area === area && tree.has(v.id)).map((v) => v.id);
    const horizontals = tree.children(area).filter(isNumericId);
    if (columns.length === 0) {
      map.lists.push({ area, groups: horizontals.map((id) => ({ id, ids: tree.children(id) })) });
      continue;
    }
    const rows = horizontals.map((rowId): MapRow => {
      const single: MapCell[] = columns.map((_, col) => ({ col, span: 1, ids: [] }));
      const spans = new Map<string, MapCell>();
      for (const id of tree.children(rowId)) {
        const cols = tree.get(id)!.verticals.map((v) => (columns as string[]).indexOf(v)).filter((c) => c >= 0).sort((a, b) => a - b);
        const contiguous = cols.length > 0 && cols[cols.length - 1]! - cols[0]! === cols.length - 1;
        if (cols.length === 1) single[cols[0]!]!.ids.push(id);
        else if (contiguous) {
          const key = `${cols[0]}:${cols.length}`;
          const cell = spans.get(key) ?? { col: cols[0]!, span: cols.length, ids: [] };
          cell.ids.push(id);
          spans.set(key, cell);
        } else for (const c of cols) single[c]!.ids.push(id); // not adjacent: shown in each of its columns
      }
      const spanLines = [...spans.values()].sort((a, b) => a.col - b.col || b.span - a.span).map((c) => [c]);
      return { id: rowId, lines: [single, ...spanLines] };
    });
    map.grids.push({ area, columns, rows });
  }
  return map;
}

/** Every cell a process occupies on the map, as "row/column" keys — for tests and checks. */
export function placements(map: FrameworkMap): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const g of map.grids)
    for (const r of g.rows)
      for (const line of r.lines)
        for (const cell of line)
          for (const id of cell.ids)
            for (let c = cell.col; c < cell.col + cell.span; c++) out.set(id, [...(out.get(id) ?? []), `${r.id}/${g.columns[c]}`]);
  return out;
}
