// The swimlane layout's numbers for small flows, worked out by hand from src/model/drawing/swimlane-layout.ts
// (SWIM: lanes 96–260 wide, 3 inside a lane, text inset 6, rows 18 apart, rails 8 apart, narrow indent 12,
// margin 2; BOX: 9 above and below, 18 a line) and the font table (Liberation Sans, 1/1000 em at 14 px:
// x 500, bold x 556, digits 556, '.' 278, space 278).
import { describe, expect, it } from 'vitest';
import { SWIM, jumpsOf, laneWidths, layoutSwimlanes, type SwimSpec, type SwimStep } from '../../src/model/drawing/swimlane-layout.ts';

const step = (n: number, lane: number, title: string, next: number[], layer = ['Customer', 'Service', 'Resource'][lane]!): SwimStep => {
  const id = `1.1.${lane + 1}.${n}`;
  return {
    n, lane,
    label: { wide: `${n}. ${id} ${title}`, narrow: `${n}. ${layer} · ${id} ${title}` },
    lead: { wide: `${n}. ${id}`, narrow: `${n}. ${layer} · ${id}` },
    href: `/en/${id}/`,
    next,
  };
};
const X16 = 'x'.repeat(16); // 8000 units: 112 px regular, 124.544 px bold

describe('jumpsOf', () => {
  it('lists every successor but the next step, in step order', () => {
    expect(jumpsOf([step(1, 0, 'A', [2]), step(2, 1, 'B', [3, 1]), step(3, 0, 'C', [5, 4]), step(4, 0, 'D', [])])).toEqual([[2, 1], [3, 5]]);
    expect(jumpsOf([step(1, 0, 'A', [2]), step(2, 0, 'B', [])])).toEqual([]);
  });
});

describe('laneWidths', () => {
  // Short words need less than the minimum: a lane is at least 96.
  // A lane with a 16-x word needs ⌈112 / 0.9 + 19⌉ = ⌈143.44⌉ = 144 (19 = 2 × 6 + 2 × 3 + 1), the space after
  // the word not counted.
  const spec: SwimSpec = {
    locale: 'en',
    lanes: ['Customer', 'Service', 'Resource'],
    steps: [step(1, 0, 'A', [2]), step(2, 0, 'B', [3]), step(3, 1, 'C', [4]), step(4, 2, `${X16} y`, [])],
  };

  it('gives each lane what its longest word needs, at least the minimum, then shares the rest by step count', () => {
    // Needs 96, 96, 144 (336); 240 left for 2 + 1 + 1 steps: 120, 60, 60.
    expect(laneWidths(spec, 576)).toEqual([216, 156, 204]);
  });

  it('caps a lane at 260 and gives what it cannot take to the others', () => {
    // Needs 96, 96, 144; 424 left by 2 : 1 : 1 → lane 0 takes 164 of its 212 and caps, the others 106 each
    // (202, 250). Of the 48 left, half each: lane 2 caps after 10, lane 1 takes 24; then lane 1 the last 14.
    expect(laneWidths(spec, 760)).toEqual([260, 96 + 106 + 24 + 14, 260]);
  });

  it('without room for every word, shares the room by need', () => {
    // 336 needed, 200 there: ⌊96·200/336⌋ = 57, ⌊144·200/336⌋ = 85.
    expect(laneWidths(spec, 200)).toEqual([57, 57, 85]);
  });

  it('counts the lane name in bold, and the lead\'s words as well as the title\'s', () => {
    // A 16-x name in bold: ⌈124.544 / 0.9 + 19⌉ = ⌈157.38⌉ = 158; regular it would be 144.
    const named: SwimSpec = { locale: 'en', lanes: [X16, 'Service'], steps: [step(1, 0, 'A', [2]), step(2, 1, 'B', [])] };
    expect(laneWidths(named, 254)).toEqual([158, 96]);
    // A 16-x word in the lead of a step in lane 1.
    const lead: SwimSpec = { ...named, lanes: ['Customer', 'Service'], steps: [named.steps[0]!, { ...named.steps[1]!, lead: { wide: X16, narrow: X16 }, label: { wide: `${X16} B`, narrow: `${X16} B` } }] };
    expect(laneWidths(lead, 240)).toEqual([96, 144]);
  });

  it('measures a title\'s words after its lead, whitespace runs as one space', () => {
    const spaced: SwimSpec = { locale: 'en', lanes: ['Customer'], steps: [{ ...step(1, 0, '', []), label: { wide: `1. 1.1.1.1   ${X16}  \n`, narrow: '' } }] };
    expect(laneWidths(spaced, 144)).toEqual([144]);
  });
});

describe('layoutSwimlanes', () => {
  // Two lanes of two and one steps, a jump from step 2 back to step 1. Both lanes need 96; the rails take
  // 8 + 8, leaving 560 − 192 = 368: lane 0 takes 164 (capped at 260), lane 1 122.67 and then 41.33: both 260.
  const spec: SwimSpec = { locale: 'en', lanes: ['Customer', 'Service'], steps: [step(1, 0, 'A', [2]), step(2, 1, 'B', [3, 1]), step(3, 0, 'C', [])] };

  it('wide: lanes side by side under their names, one row per step, joins by elbows between box centres', () => {
    const { wide } = layoutSwimlanes(spec);
    expect(wide.lanes).toEqual([{ x: 2, width: 260, lines: ['Customer'] }, { x: 262, width: 260, lines: ['Service'] }]);
    expect(wide.headerHeight).toBe(36);
    // Boxes 254 wide at lane x + 3, from y 2 + 36 + 9 = 47; each two lines (the lead, then the title): 54 high.
    expect(wide.boxes.map((b) => [b.step.n, b.at.x, b.at.y, b.width, b.height, b.padX, ...b.lines])).toEqual([
      [1, 5, 47, 254, 54, 6, '1. 1.1.1.1 ', 'A'],
      [2, 265, 119, 254, 54, 6, '2. 1.1.2.2 ', 'B'],
      [3, 5, 191, 254, 54, 6, '3. 1.1.1.3 ', 'C'],
    ]);
    // Centres at 132 and 392; each elbow turns halfway down the 18 px gap.
    expect(wide.links).toEqual([
      [{ x: 132, y: 101 }, { x: 132, y: 110 }, { x: 392, y: 110 }, { x: 392, y: 119 }],
      [{ x: 392, y: 173 }, { x: 392, y: 182 }, { x: 132, y: 182 }, { x: 132, y: 191 }],
    ]);
    // The rail 8 right of the lanes (522): out 10 above step 2's bottom, in 10 below step 1's top.
    expect(wide.jumps).toEqual([[{ x: 519, y: 163 }, { x: 530, y: 163 }, { x: 530, y: 57 }, { x: 259, y: 57 }]]);
    // 522 + 16 for the rails + 2; the last box ends at 245, + 2 + 3.
    expect([wide.width, wide.height]).toEqual([540, 250]);
  });

  it('narrow: one column, each box indented 12 per lane and naming its layer, joined straight down', () => {
    const { narrow } = layoutSwimlanes(spec);
    // 332 − 4 − 16 − 12 = 300 wide.
    expect(narrow.boxes.map((b) => [b.step.n, b.at.x, b.at.y, b.width, b.height, b.padX, ...b.lines])).toEqual([
      [1, 2, 2, 300, 54, 10, '1. Customer · 1.1.1.1 ', 'A'],
      [2, 14, 74, 300, 54, 10, '2. Service · 1.1.2.2 ', 'B'],
      [3, 2, 146, 300, 54, 10, '3. Customer · 1.1.1.3 ', 'C'],
    ]);
    // Joins at the right of both boxes' indents + 24.
    expect(narrow.links).toEqual([[{ x: 38, y: 56 }, { x: 38, y: 74 }], [{ x: 38, y: 128 }, { x: 38, y: 146 }]]);
    expect(narrow.jumps).toEqual([[{ x: 314, y: 118 }, { x: 322, y: 118 }, { x: 322, y: 12 }, { x: 302, y: 12 }]]);
    expect(narrow.lanes).toEqual([]);
    expect(narrow.headerHeight).toBe(0);
    expect([narrow.width, narrow.height]).toEqual([332, 200 + 2]);
  });

  it('sets jumps apart: each on its own rail, a second out of or into the same box 6 px further in', () => {
    // 1 → 2 → 3, with 2 → 1 and 3 → 1, 3 → 2 (all back): three rails.
    const s: SwimSpec = { locale: 'en', lanes: ['Customer'], steps: [step(1, 0, 'A', [2]), step(2, 0, 'B', [3, 1]), step(3, 0, 'C', [1, 2])] };
    const { wide, narrow } = layoutSwimlanes(s);
    // Wide: one lane; rails 3 × 8 + 8 = 32 leave 544, the lane caps at 260; boxes at y 47, 119, 191.
    const ends = (j: { x: number; y: number }[]) => [j[1]!.x, j[0]!.y, j[3]!.y];
    expect(wide.jumps.map(ends)).toEqual([
      [270, 163, 57], // 2 → 1: out low on 2, into 1 at +10
      [278, 235, 63], // 3 → 1: the second into 1, at +16
      [286, 229, 129], // 3 → 2: the second out of 3, 16 above its bottom
    ]);
    expect(wide.width).toBe(262 + 32 + 2);
    // Narrow: 332 − 4 − 32 = 296 wide, every box at x 2; the same heights, from y 2.
    expect(narrow.jumps.map(ends)).toEqual([[306, 118, 12], [314, 190, 18], [322, 184, 84]]);
    expect(narrow.links).toEqual([[{ x: 26, y: 56 }, { x: 26, y: 74 }], [{ x: 26, y: 128 }, { x: 26, y: 146 }]]);
  });

  it('draws no join to a next step that is not a successor, and no jump to a step that is not drawn', () => {
    // Step 2 goes on to 4 only (dropped from the drawing, as a step without a layer is): no join 2 → 3, no rail.
    const s: SwimSpec = { locale: 'en', lanes: ['Customer'], steps: [step(1, 0, 'A', [2]), step(2, 0, 'B', [4]), step(3, 0, 'C', [])] };
    const { wide } = layoutSwimlanes(s);
    expect(wide.jumps).toEqual([]);
    expect(wide.links).toEqual([[{ x: 132, y: 101 }, { x: 132, y: 119 }]]);
    expect(wide.width).toBe(262 + 2);
  });

  it('makes the header as tall as the longest lane name, here two lines of five lanes', () => {
    // Each of the five names needs at most 96 (the widest, "Supplier/" and "Enterprise" in bold, under 70 px):
    // 480, and the 96 left go 19.2 to each lane: 115. "Supplier/Partner" (about 109 px bold) does not fit in
    // (115 − 12) · 0.9 = 92.7, so it takes two lines and the header 2 × 9 + 2 × 18 = 54.
    const layers = ['Customer', 'Service', 'Resource', 'Supplier/Partner', 'Enterprise'];
    const s: SwimSpec = { locale: 'en', lanes: layers, steps: layers.map((layer, i) => step(i + 1, i, 'T', i < 4 ? [i + 2] : [], layer)) };
    const { wide } = layoutSwimlanes(s);
    expect(wide.lanes.map((l) => [l.x, l.width, l.lines.length])).toEqual([[2, 115, 1], [117, 115, 1], [232, 115, 1], [347, 115, 2], [462, 115, 1]]);
    expect(wide.lanes[3]!.lines).toEqual(['Supplier/', 'Partner']);
    expect(wide.headerHeight).toBe(54);
    expect(wide.boxes.map((b) => b.at.y)).toEqual([65, 137, 209, 281, 353]);
  });

  it('wraps lane names in bold, inside the lane\'s inset of 6', () => {
    // Five lanes needing 96 each get 115 (as above): (115 − 12) · 0.9 = 92.7 px for a name. At 14 px a digit
    // is 7.784 in either weight, 'x' 7.784 bold and 7 regular, a space 3.892: "11111 111111" is 89.516 (one
    // line; not in the 85.5 an inset of 10 would leave), "xxxxxx xxxxxx" 97.3 bold (two lines), 87.9 regular.
    const names = ['11111 111111', 'xxxxxx xxxxxx', 'A', 'B', 'C'];
    const s: SwimSpec = { locale: 'en', lanes: names, steps: names.map((name, i) => step(i + 1, i, 'T', i < 4 ? [i + 2] : [], name)) };
    const { wide } = layoutSwimlanes(s);
    expect(wide.lanes.map((l) => [l.width, l.lines])).toEqual([[115, ['11111 111111']], [115, ['xxxxxx ', 'xxxxxx']], [115, ['A']], [115, ['B']], [115, ['C']]]);
  });

  it('wraps a wide box\'s lead in the lane\'s tighter inset', () => {
    // Boxes 254 wide leave (254 − 12) · 0.9 = 217.8 px for text with the lanes' inset of 6, 210.6 with the
    // usual 10; "1. " and 28 x are 15.568 + 196 = 211.568 px: one line, as the lane's inset allows.
    const lead = `1. ${'x'.repeat(28)}`;
    const s: SwimSpec = { locale: 'en', lanes: ['Customer', 'Service'], steps: [{ ...step(1, 0, 'A', [2]), lead: { wide: lead, narrow: lead }, label: { wide: `${lead} A`, narrow: `${lead} A` } }, step(2, 1, 'B', [])] };
    const { wide } = layoutSwimlanes(s);
    expect(wide.lanes.map((l) => l.width)).toEqual([260, 260]);
    expect(wide.boxes[0]!.lines).toEqual([`${lead} `, 'A']);
  });

  it('puts a step without a title on the lines of its lead alone', () => {
    const s: SwimSpec = { locale: 'en', lanes: ['Customer'], steps: [{ ...step(1, 0, '', []), label: { wide: '1. 1.1.1.1', narrow: '1. Customer · 1.1.1.1' } }] };
    const { wide, narrow } = layoutSwimlanes(s);
    expect(wide.boxes[0]!.lines).toEqual(['1. 1.1.1.1']);
    expect(narrow.boxes[0]!.lines).toEqual(['1. Customer · 1.1.1.1']);
    expect([wide.boxes[0]!.height, wide.height]).toEqual([36, 47 + 36 + 2 + 3]);
  });

  it('refuses a flow without steps or lanes', () => {
    expect(() => layoutSwimlanes({ locale: 'en', lanes: [], steps: [step(1, 0, 'A', [])] })).toThrow('layoutSwimlanes: a flow needs steps and lanes');
    expect(() => layoutSwimlanes({ locale: 'en', lanes: ['Customer'], steps: [] })).toThrow('layoutSwimlanes: a flow needs steps and lanes');
    expect(SWIM.laneMax).toBe(260);
  });
});
