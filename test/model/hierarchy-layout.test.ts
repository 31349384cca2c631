// The hierarchy layout's geometry for small trees, every coordinate worked out by hand from the rules in
// src/model/drawing/hierarchy-layout.ts: boxes 256 wide, one line of text 36 high (2 × 9 + 18), two lines
// 54; 10 between boxes, children indented 20 (their trunk at 10), the wide column 40 right of the process,
// 8 more between groups, and a margin of 2 added to everything at the end.
import { describe, expect, it } from 'vitest';
import { LAYOUT, layoutHierarchy, type BoxSpec, type HierarchyLayout, type HierarchySpec } from '../../src/model/drawing/hierarchy-layout.ts';

const box = (label: string, current = false): BoxSpec => ({ label, href: `/${label}/`, current });
/** Long enough for two lines in a 256 px box (room 212.4 px), short enough for no third. */
const TWO = 'Order Handling and Customer Problem Management';
const kids = (n: number) => Array.from({ length: n }, (_, i) => ({ box: box(`K${i + 1}`) }));
const where = (l: HierarchyLayout) => l.boxes.map((b) => ({ label: b.spec.label, h: b.height, wide: [b.wide.x, b.wide.y], narrow: [b.narrow.x, b.narrow.y] }));
const seg = (x1: number, y1: number, x2: number, y2: number) => [{ x: x1, y: y1 }, { x: x2, y: y2 }];

describe('hierarchy layout: a chain and a few children', () => {
  const spec: HierarchySpec = { locale: 'en', ancestors: [box('1.1 Ops'), box('1.1.1 CRM')], self: box('1.1.1.5 Order', true), items: [{ box: box('A') }, { box: box('B') }] };

  it('stacks the chain at the left; narrow: children indented below; wide: children beside, top-aligned', () => {
    const l = layoutHierarchy(spec);
    // Chain at y 0, 46, 92 (+2). Narrow children from 92 + 36 + 10 = 138; wide ones at x 256 + 40 = 296 from y 92.
    expect(where(l)).toEqual([
      { label: '1.1 Ops', h: 36, wide: [2, 2], narrow: [2, 2] },
      { label: '1.1.1 CRM', h: 36, wide: [2, 48], narrow: [2, 48] },
      { label: '1.1.1.5 Order', h: 36, wide: [2, 94], narrow: [2, 94] },
      { label: 'A', h: 36, wide: [298, 94], narrow: [22, 140] },
      { label: 'B', h: 36, wide: [298, 140], narrow: [22, 186] },
    ]);
    expect(l.boxes.map((b) => b.width)).toEqual([256, 256, 256, 256, 256]);
    expect([l.wide.width, l.wide.height]).toEqual([298 + 256 + 2, 140 + 36 + 2]);
    expect([l.narrow.width, l.narrow.height]).toEqual([22 + 256 + 2, 186 + 36 + 2]);
  });

  it('joins the chain at x 12, the narrow children by a trunk from the process, the wide ones by a bus from its right edge', () => {
    const l = layoutHierarchy(spec);
    const chain = [seg(12, 38, 12, 48), seg(12, 84, 12, 94)];
    // Narrow: stubs at the children's middles (158, 204), trunk from the process's bottom (130).
    expect(l.narrow.links).toEqual([...chain, seg(12, 158, 22, 158), seg(12, 204, 22, 204), seg(12, 130, 12, 204)]);
    // Wide: stubs at 112 and 158 from the trunk at 288, the trunk between them, the process's middle (112) to the trunk.
    expect(l.wide.links).toEqual([...chain, seg(288, 112, 298, 112), seg(288, 158, 298, 158), seg(288, 112, 288, 158), seg(258, 112, 288, 112)]);
  });

  it('lays out a process with no children as the chain alone, in both layouts', () => {
    const l = layoutHierarchy({ ...spec, items: [] });
    expect(l.wide).toEqual({ width: 260, height: 94 + 36 + 2, links: [seg(12, 38, 12, 48), seg(12, 84, 12, 94)] });
    expect(l.narrow).toEqual(l.wide);
  });
});

describe('hierarchy layout: the current box is bold', () => {
  it('wraps the current box in bold and the others regular', () => {
    // Four words of 6 x and one of 3 at 14 px: regular 4 · 42 + 21 + 4 spaces of 3.892 = 204.568 ≤ 212.4,
    // bold ('x' 556) 4 · 46.704 + 23.352 + 15.568 = 225.736: two lines.
    const label = 'xxxxxx xxxxxx xxxxxx xxxxxx xxx';
    const l = layoutHierarchy({ locale: 'en', ancestors: [box(label)], self: box(label, true), items: [{ box: box(label) }] });
    expect(l.boxes.map((b) => b.lines)).toEqual([[label], ['xxxxxx xxxxxx ', 'xxxxxx xxxxxx xxx'], [label]]);
    expect(l.boxes.map((b) => b.height)).toEqual([36, 54, 36]);
  });
});

describe('hierarchy layout: the bus to a column beside the process', () => {
  it('runs from the process middle to the first child middle, whichever is higher', () => {
    // A two-line process (middle 27) and a one-line child (middle 18).
    const tall = layoutHierarchy({ locale: 'en', ancestors: [], self: box(TWO, true), items: [{ box: box('A') }] });
    expect(where(tall).map((b) => b.h)).toEqual([54, 36]);
    expect(tall.wide.links).toEqual([seg(288, 20, 298, 20), seg(288, 20, 288, 29), seg(258, 29, 288, 29)]);
    // Narrow: the child below the process (54 + 10), its trunk from the process bottom.
    expect(tall.narrow.links).toEqual([seg(12, 84, 22, 84), seg(12, 56, 12, 84)]);
    // A one-line process (middle 18) and a two-line child (middle 27).
    const low = layoutHierarchy({ locale: 'en', ancestors: [], self: box('P', true), items: [{ box: box(TWO) }] });
    expect(low.wide.links).toEqual([seg(288, 29, 298, 29), seg(288, 20, 288, 29), seg(258, 20, 288, 20)]);
    expect([low.wide.width, low.wide.height]).toEqual([556, 58]);
  });

  it('keeps ten children in one column beside the process; eleven go in two columns below it', () => {
    const ten = layoutHierarchy({ locale: 'en', ancestors: [], self: box('P', true), items: kids(10) });
    expect(new Set(ten.boxes.slice(1).map((b) => b.wide.x))).toEqual(new Set([298]));
    expect(ten.boxes.slice(1).map((b) => b.wide.y)).toEqual([2, 48, 94, 140, 186, 232, 278, 324, 370, 416]);
    expect(LAYOUT.columnsFrom).toBe(11);
  });
});

describe('hierarchy layout: a large family in two columns', () => {
  it('puts six of eleven equal children left and five right, the right column fed by a bus above them', () => {
    const l = layoutHierarchy({ locale: 'en', ancestors: [], self: box('P', true), items: kids(11) });
    const ys = [48, 94, 140, 186, 232, 278];
    expect(where(l).slice(1).map((b) => b.wide)).toEqual([...ys.map((y) => [22, y]), ...ys.slice(0, 5).map((y) => [298, y])]);
    // Narrow: one column from 48, 46 apart.
    expect(where(l).slice(1).map((b) => b.narrow)).toEqual(Array.from({ length: 11 }, (_, i) => [22, 48 + 46 * i]));
    const mids = ys.map((y) => y + 18);
    expect(l.wide.links).toEqual([
      ...mids.map((m) => seg(12, m, 22, m)),
      seg(12, 38, 12, 296),
      ...mids.slice(0, 5).map((m) => seg(288, m, 298, m)),
      // The right trunk starts at the bus (y 46 − 5 + 2 = 43), not at the process.
      seg(288, 43, 288, 250),
      seg(12, 43, 288, 43),
    ]);
    expect([l.wide.width, l.wide.height]).toEqual([556, 278 + 36 + 2]);
    expect([l.narrow.width, l.narrow.height]).toEqual([280, 48 + 460 + 36 + 2]);
  });

  it('balances columns by height, not count: a tall first child moves the split one earlier', () => {
    // Heights with gaps: 64, then ten of 46 (524 in all). Five left make 248 against 276; six, 294 against 230.
    const items = [{ box: box(TWO) }, ...kids(10)];
    const l = layoutHierarchy({ locale: 'en', ancestors: [], self: box('P', true), items });
    expect(l.boxes[1]!.height).toBe(54);
    expect(l.boxes.slice(1).map((b) => b.wide.x)).toEqual([...Array(5).fill(22), ...Array(6).fill(298)]);
  });
});

describe('hierarchy layout: two columns weigh each box with its gap', () => {
  it('splits a four-line first child and ten one-line ones five and six', () => {
    // Heights with gaps: 90 + 10, then ten of 46. Four left: 238 against 322; five: 284 against 276; six: 330
    // against 230. Five is best. (Without the gaps, 80 + 26 · k, four would win: 182 against 184.)
    const label = '1.3.2.2.11 Define Security Management policies & procedures to facilitate detection incidents';
    const l = layoutHierarchy({ locale: 'en', ancestors: [], self: box('P', true), items: [{ box: box(label) }, ...kids(10)] });
    expect(l.boxes[1]!.height).toBe(2 * 9 + 4 * 18);
    expect(l.boxes.slice(1).map((b) => b.wide.x)).toEqual([...Array(5).fill(22), ...Array(6).fill(298)]);
  });
});

describe('hierarchy layout: a vertical grouping', () => {
  const spec: HierarchySpec = {
    locale: 'en',
    ancestors: [],
    self: box('V', true),
    items: [{ box: box('G1'), members: [box('m1'), box('m2')] }, { box: box('G2'), members: [box('m3')] }, { box: box('G3'), members: [] }],
  };

  it('wide: headers indented below the vertical, members beside their header, 8 more between groups', () => {
    const l = layoutHierarchy(spec);
    // G1 at 46; its members end at 138, lower than G1's own 92, so G2 at 138 + 8; G2's end 192 → G3 at 200.
    expect(where(l).map((b) => [b.label, ...b.wide])).toEqual([
      ['V', 2, 2], ['G1', 22, 48], ['m1', 318, 48], ['m2', 318, 94], ['G2', 22, 148], ['m3', 318, 148], ['G3', 22, 202],
    ]);
    expect(l.wide.links).toEqual([
      seg(12, 66, 22, 66),
      seg(308, 66, 318, 66), seg(308, 112, 318, 112), seg(308, 66, 308, 112), seg(278, 66, 308, 66),
      seg(12, 166, 22, 166),
      seg(308, 166, 318, 166), seg(308, 166, 308, 166), seg(278, 166, 308, 166),
      seg(12, 220, 22, 220),
      seg(12, 38, 12, 220),
    ]);
    expect([l.wide.width, l.wide.height]).toEqual([318 + 256 + 2, 202 + 36 + 2]);
  });

  it('narrow: headers indented below the vertical, members indented once more below their header', () => {
    const l = layoutHierarchy(spec);
    expect(where(l).map((b) => [b.label, ...b.narrow])).toEqual([
      ['V', 2, 2], ['G1', 22, 48], ['m1', 42, 94], ['m2', 42, 140], ['G2', 22, 186], ['m3', 42, 232], ['G3', 22, 278],
    ]);
    expect(l.narrow.links).toEqual([
      seg(12, 66, 22, 66),
      seg(32, 112, 42, 112), seg(32, 158, 42, 158), seg(32, 84, 32, 158),
      seg(12, 204, 22, 204),
      seg(32, 250, 42, 250), seg(32, 222, 32, 250),
      seg(12, 296, 22, 296),
      seg(12, 38, 12, 296),
    ]);
    expect([l.narrow.width, l.narrow.height]).toEqual([42 + 256 + 2, 278 + 36 + 2]);
  });

  it('a header taller than its members sets the next group below itself', () => {
    const l = layoutHierarchy({ ...spec, items: [{ box: box(TWO), members: [box('m1')] }, { box: box('G2'), members: [box('m2')] }] });
    // The header ends at 46 + 54 + 10 = 110 (its member at 92): G2 at 110 + 8.
    expect(where(l).map((b) => [b.label, ...b.wide])).toEqual([['V', 2, 2], [TWO, 22, 48], ['m1', 318, 48], ['G2', 22, 120], ['m2', 318, 120]]);
  });
});
