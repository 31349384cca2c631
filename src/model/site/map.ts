/**
 * The framework map: each area's horizontal groupings (rows) crossed with its vertical groupings
 * (columns). A Level 2 process sits in the row of its parent and the columns of its verticals;
 * one in several adjacent verticals gets a single cell spanning them. Built from frontmatter alone.
 */
import type { Atlas } from './atlas.ts';
import { isNumericId } from '../content/ids.ts';
import { VERTICALS, VERTICAL_IDS } from '../content/verticals.ts';

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
        // Stryker disable next-line ConditionalExpression,LogicalOperator: with no column the difference is NaN and not contiguous anyway; the guard says so plainly
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

/** One band of the poster: the rows of the same layer (customer, service, resource, supplier/partner) in each area. */
export interface PosterLayer {
  /** One row per poster area, left to right; undefined where an area has fewer layers. */
  rows: (MapRow | undefined)[];
  /** Table rows the band needs: the most sub-rows any of its areas has. */
  lines: number;
}
export interface Poster {
  /** The areas with verticals, in the poster's order (SIP on the left, Operations on the right). */
  areas: MapGrid[];
  layers: PosterLayer[];
}

/**
 * The grids side by side as on the eTOM poster. Areas follow the verticals' left-to-right order, and
 * the n-th horizontal grouping of each area forms one band: 1.2.1 beside 1.1.1, 1.2.2 beside 1.1.2, ...
 */
export function poster(map: FrameworkMap): Poster {
  const at = (g: MapGrid) => VERTICAL_IDS.indexOf(g.columns[0]!);
  const areas = [...map.grids].sort((a, b) => at(a) - at(b));
  const depth = Math.max(0, ...areas.map((g) => g.rows.length));
  const layers = Array.from({ length: depth }, (_, i): PosterLayer => {
    const rows = areas.map((g) => g.rows[i]);
    return { rows, lines: Math.max(1, ...rows.map((r) => rowIsEmpty(r) ? 1 : r!.lines.length)) };
  });
  return { areas, layers };
}

/** A row with no Level 2 process in any cell (1.2.4 in the classic numbering): the map says so instead of showing blanks. */
export function rowIsEmpty(row: MapRow | undefined): boolean {
  return !row || row.lines.every((line) => line.every((c) => c.ids.length === 0));
}

/**
 * The map's URL query that shows a process in place: a vertical (?v=) or horizontal grouping (?h=) as a
 * highlight, an area (?a=) as its own view, and a Level 2 or deeper process (?p=) through the Level 2
 * process the map shows it in.
 */
export function mapQuery(atlas: Atlas, id: string): string {
  const { tree } = atlas;
  const node = tree.get(id);
  if (!node) return '';
  if (!isNumericId(id)) return `?v=${encodeURIComponent(id)}`;
  if (node.level === 0) return `?a=${id}`;
  if (node.level === 1) return `?h=${id}`;
  // Every id on the path is in the tree: the node was found above, and ancestors() only walks tree nodes.
  const path = [...tree.ancestors(id), id];
  return `?p=${path.find((p) => tree.get(p)!.level === 2) ?? id}`;
}
