/**
 * Geometry of a hierarchy diagram, for two layouts of the same boxes (the stylesheet picks one by the
 * room it has, so no script runs):
 *   narrow: the ancestors and the process stacked, its children indented below it (a file-tree look);
 *   wide:   the ancestors and the process on the left, the children in a column on the right, or, for
 *           a large family, in two columns below the process.
 * Groups (a vertical's Level 2 processes under their horizontal grouping) indent their members below
 * their header when narrow, and set them beside it when wide, like the rows of the eTOM chart.
 * Every box has one width, so its text wraps once for both layouts.
 */
import { measureBox, type Point, type TextBox } from './svg.ts';

export interface BoxSpec {
  label: string;
  href: string;
  /** The first characters of the label to mute (the process id). */
  lead?: string | undefined;
  current?: boolean | undefined;
  replaced?: boolean | undefined;
}

export interface HierarchySpec {
  locale: string;
  /** From the root down to the parent. */
  ancestors: BoxSpec[];
  self: BoxSpec;
  /** The children, or groups of them under a header box. */
  items: { box: BoxSpec; members?: BoxSpec[] | undefined }[];
}

export interface PlacedBox extends TextBox {
  spec: BoxSpec;
  wide: Point;
  narrow: Point;
}

export interface Frame {
  width: number;
  height: number;
  links: Point[][];
}

export interface HierarchyLayout {
  boxes: PlacedBox[];
  wide: Frame;
  narrow: Frame;
}

export const LAYOUT = {
  boxWidth: 256,
  /** Vertical space between boxes. */
  gap: 10,
  /** How far a box's children sit to the right of it (their connector runs at half of it). */
  indent: 20,
  /** From the process's right edge to its children's column in the wide layout. */
  wideGap: 40,
  /** From this many children on, they go in two columns in the wide layout. */
  columnsFrom: 11,
  /** Extra space between the groups of a vertical grouping in the wide layout. */
  groupGap: 8,
  /** Room around the drawing for the current box's thicker border. */
  margin: 2,
  /** The wide layout is used from this container width on (diagram.css has the same number); every wide drawing fits in it. */
  wideMax: 580,
  /** Every narrow drawing fits in this: a 390 px phone leaves 332 px inside the diagram's frame. */
  narrowMax: 332,
} as const;

type Pos = 'wide' | 'narrow';

class Builder {
  readonly boxes: PlacedBox[] = [];
  readonly links: Record<Pos, Point[][]> = { wide: [], narrow: [] };

  private readonly locale: string;
  constructor(locale: string) {
    this.locale = locale;
  }

  add(spec: BoxSpec): PlacedBox {
    const m = measureBox(spec.label, LAYOUT.boxWidth, { locale: this.locale, bold: spec.current });
    const box: PlacedBox = { ...m, spec, wide: { x: 0, y: 0 }, narrow: { x: 0, y: 0 } };
    this.boxes.push(box);
    return box;
  }

  /** Stacks boxes from `y` down at `x`, below `parent`, with a trunk at the parent's left and a stub to each; members indent once more. Returns the next free y. */
  indented(pos: Pos, parent: PlacedBox, items: { box: PlacedBox; members: PlacedBox[] }[], x: number, y: number): number {
    const trunkX = x - LAYOUT.indent / 2;
    let lastMid = 0;
    for (const { box, members } of items) {
      box[pos] = { x, y };
      lastMid = y + box.height / 2;
      this.links[pos].push([{ x: trunkX, y: lastMid }, { x, y: lastMid }]);
      y += box.height + LAYOUT.gap;
      if (members.length) y = this.indented(pos, box, members.map((m) => ({ box: m, members: [] })), x + LAYOUT.indent, y);
    }
    if (items.length) this.links[pos].push([{ x: trunkX, y: parent[pos].y + parent.height }, { x: trunkX, y: lastMid }]);
    return y;
  }

  /** Stacks boxes in a column at `x` to the right of `parent`, top-aligned with it and joined to its right edge. Returns the next free y. */
  beside(pos: Pos, parent: PlacedBox, boxes: PlacedBox[], x: number): number {
    const trunkX = x - LAYOUT.indent / 2;
    const parentMid = parent[pos].y + parent.height / 2;
    let y = parent[pos].y;
    const mids = boxes.map((box) => {
      box[pos] = { x, y };
      y += box.height + LAYOUT.gap;
      return box[pos].y + box.height / 2;
    });
    for (const mid of mids) this.links[pos].push([{ x: trunkX, y: mid }, { x, y: mid }]);
    this.links[pos].push([{ x: trunkX, y: Math.min(parentMid, mids[0]!) }, { x: trunkX, y: Math.max(parentMid, mids.at(-1)!) }]);
    this.links[pos].push([{ x: parent[pos].x + parent.width, y: parentMid }, { x: trunkX, y: parentMid }]);
    return y;
  }

  frame(pos: Pos): Frame {
    const m = LAYOUT.margin;
    for (const b of this.boxes) b[pos] = { x: b[pos].x + m, y: b[pos].y + m };
    const links = this.links[pos].map((l) => l.map((p) => ({ x: p.x + m, y: p.y + m })));
    const width = Math.max(...this.boxes.map((b) => b[pos].x + b.width)) + m;
    const height = Math.max(...this.boxes.map((b) => b[pos].y + b.height)) + m;
    return { width, height, links };
  }
}

/** Splits boxes, in order, into two columns of about the same height. */
function twoColumns(boxes: PlacedBox[]): [PlacedBox[], PlacedBox[]] {
  const height = (bs: PlacedBox[]) => bs.reduce((h, b) => h + b.height + LAYOUT.gap, 0);
  let best = Math.ceil(boxes.length / 2);
  for (let i = 1; i < boxes.length; i++) {
    const cost = Math.max(height(boxes.slice(0, i)), height(boxes.slice(i)));
    if (cost < Math.max(height(boxes.slice(0, best)), height(boxes.slice(best)))) best = i;
  }
  return [boxes.slice(0, best), boxes.slice(best)];
}

export function layoutHierarchy(spec: HierarchySpec): HierarchyLayout {
  const b = new Builder(spec.locale);
  const chain = [...spec.ancestors, spec.self].map((s) => b.add(s));
  const self = chain.at(-1)!;
  const items = spec.items.map((it) => ({ box: b.add(it.box), members: (it.members ?? []).map((m) => b.add(m)) }));

  // The chain is the same in both layouts: stacked at the left, joined at the connectors' x.
  let y = 0;
  chain.forEach((box, i) => {
    box.wide = { x: 0, y };
    box.narrow = { x: 0, y };
    if (i > 0) for (const pos of ['wide', 'narrow'] as const) b.links[pos].push([{ x: LAYOUT.indent / 2, y: y - LAYOUT.gap }, { x: LAYOUT.indent / 2, y }]);
    y += box.height + LAYOUT.gap;
  });

  b.indented('narrow', self, items, LAYOUT.indent, y);

  if (items.some((it) => it.members.length > 0)) {
    // Groups read like the eTOM chart: each horizontal grouping indented below the vertical, its processes beside it.
    const trunkX = LAYOUT.indent / 2;
    const membersX = LAYOUT.indent + LAYOUT.boxWidth + LAYOUT.wideGap;
    let gy = y;
    let lastMid = 0;
    for (const { box, members } of items) {
      box.wide = { x: LAYOUT.indent, y: gy };
      lastMid = gy + box.height / 2;
      b.links.wide.push([{ x: trunkX, y: lastMid }, { x: LAYOUT.indent, y: lastMid }]);
      gy = Math.max(gy + box.height + LAYOUT.gap, members.length ? b.beside('wide', box, members, membersX) : 0) + LAYOUT.groupGap;
    }
    b.links.wide.push([{ x: trunkX, y: self.wide.y + self.height }, { x: trunkX, y: lastMid }]);
  } else if (items.length >= LAYOUT.columnsFrom) {
    // A large family: two columns below the process, the second fed by a bus from the first one's trunk.
    const [left, right] = twoColumns(items.map((it) => it.box));
    b.indented('wide', self, left.map((box) => ({ box, members: [] })), LAYOUT.indent, y);
    const rightX = LAYOUT.indent * 2 + LAYOUT.boxWidth;
    const busY = y - LAYOUT.gap / 2;
    b.indented('wide', self, right.map((box) => ({ box, members: [] })), rightX, y);
    // The right trunk starts at the bus, not at the process: drop its first point to the bus line.
    const rightTrunk = b.links.wide.at(-1)!;
    rightTrunk[0] = { x: rightX - LAYOUT.indent / 2, y: busY };
    b.links.wide.push([{ x: LAYOUT.indent / 2, y: busY }, { x: rightX - LAYOUT.indent / 2, y: busY }]);
  } else if (items.length) {
    // Children in a column to the right, top-aligned with the process.
    b.beside('wide', self, items.map((it) => it.box), LAYOUT.boxWidth + LAYOUT.wideGap);
  }

  return { boxes: b.boxes, wide: b.frame('wide'), narrow: b.frame('narrow') };
}
