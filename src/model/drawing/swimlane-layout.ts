/**
 * Geometry of a flow's swimlane diagram, in two layouts drawn as two SVGs (the stylesheet shows one by
 * the room it has; no script runs):
 *   wide:   one column per eTOM layer, its name on top; each step one row, in step order, in its layer's column;
 *   narrow: one column of steps, each indented by its layer's place and naming its layer (a 390 px phone).
 * The next step is joined below; a jump (a `then` other than the next step, forward or back) runs on a
 * rail of its own to the right of every box, so no line crosses a box.
 */
import { BOX, measureBox, type Point, type TextBox } from './svg.ts';
import { FIT, textWidth } from './text-metrics.ts';
import { unbreakablePieces } from './wrap.ts';

export interface SwimStep {
  /** Step number, from 1. */
  n: number;
  /** Index of its lane in `lanes`. */
  lane: number;
  /** The box text of each layout: "3. 1.1.1.5.2 Authorize Credit", and with the layer when narrow. */
  label: { wide: string; narrow: string };
  /** The first characters of each label drawn muted (number, layer, id). */
  lead: { wide: string; narrow: string };
  href: string;
  /** Step numbers that follow. */
  next: number[];
}

export interface SwimSpec {
  locale: string;
  /** Lane names, in lane order. */
  lanes: string[];
  steps: SwimStep[];
}

export interface PlacedStep extends TextBox {
  step: SwimStep;
  at: Point;
  /** Text inset: tighter in the wide layout's lanes. */
  padX: number;
}

export interface SwimFrame {
  width: number;
  height: number;
  boxes: PlacedStep[];
  /** Lanes (wide only): the band and its wrapped name. */
  lanes: { x: number; width: number; lines: string[] }[];
  headerHeight: number;
  /** To the next step (solid) and jumps (on rails). */
  links: Point[][];
  jumps: Point[][];
}

export const SWIM = {
  /** Wide drawings fit in this (the hierarchy's LAYOUT.wideMax: the same container query switches both). */
  wideMax: 580,
  /** Narrow drawings fit in this: what a 390 px phone leaves inside the diagram's frame. */
  narrowMax: 332,
  /** The widest a lane gets (flows with two or three layers), and the narrowest. */
  laneMax: 260,
  laneMin: 96,
  /** Between a box and its lane's edges. */
  lanePad: 3,
  /** Text inset of a wide layout's box and lane name (the narrow layout's boxes use BOX.padX). */
  padX: 6,
  /** Between rows of steps. */
  gap: 18,
  /** Between jump rails, and from the boxes to the first. */
  rail: 8,
  /** Narrow: how far each layer indents its boxes. */
  indent: 12,
  margin: 2,
} as const;

/** The jumps of a flow: every successor that is not simply the next step. */
export function jumpsOf(steps: SwimStep[]): [number, number][] {
  return steps.flatMap((s) => s.next.filter((t) => t !== s.n + 1).map((t): [number, number] => [s.n, t]));
}

/** Where the k-th jump leaves a box (low on its right edge) and enters one (high): apart, so they never merge. */
const outY = (b: PlacedStep, k: number) => b.at.y + b.height - 10 - 6 * k;
const inY = (b: PlacedStep, k: number) => b.at.y + 10 + 6 * k;

function connect(boxes: PlacedStep[], jumps: [number, number][], railX0: number, joinX: (a: PlacedStep, b: PlacedStep) => [number, number]) {
  const byN = new Map(boxes.map((b) => [b.step.n, b]));
  const links: Point[][] = [];
  for (const a of boxes) {
    const b = byN.get(a.step.n + 1);
    if (!b || !a.step.next.includes(b.step.n)) continue;
    const [ax, bx] = joinX(a, b);
    const from = { x: ax, y: a.at.y + a.height };
    const to = { x: bx, y: b.at.y };
    const mid = from.y + (to.y - from.y) / 2;
    links.push(ax === bx ? [from, to] : [from, { x: ax, y: mid }, { x: bx, y: mid }, to]);
  }
  const outs = new Map<number, number>();
  const ins = new Map<number, number>();
  const rails = jumps.map(([s, t], k) => {
    const a = byN.get(s)!;
    const b = byN.get(t)!;
    const x = railX0 + k * SWIM.rail;
    const o = outs.get(s) ?? 0;
    const i = ins.get(t) ?? 0;
    outs.set(s, o + 1);
    ins.set(t, i + 1);
    return [{ x: a.at.x + a.width, y: outY(a, o) }, { x, y: outY(a, o) }, { x, y: inY(b, i) }, { x: b.at.x + b.width, y: inY(b, i) }];
  });
  return { links, jumps: rails };
}

/** The lead (number, layer, id) on lines of its own, then the title: the box reads "3. 1.1.1.5.2 Authorize Credit" in one piece. */
function stepBox(step: SwimStep, pos: 'wide' | 'narrow', width: number, locale: string, padX: number): TextBox {
  const lead = measureBox(step.lead[pos], width, { locale, padX }).lines;
  const rest = step.label[pos].slice(step.lead[pos].length).trimStart();
  const title = rest ? measureBox(rest, width, { locale, padX }).lines : [];
  if (title.length) lead[lead.length - 1] += ' ';
  const lines = [...lead, ...title];
  return { width, height: 2 * BOX.padY + lines.length * BOX.lineHeight, lines };
}

function place(spec: SwimSpec, width: (s: SwimStep) => number, pos: 'wide' | 'narrow', x: (s: SwimStep) => number, top: number, padX: number): PlacedStep[] {
  let y = top;
  return spec.steps.map((step) => {
    const m = stepBox(step, pos, width(step), spec.locale, padX);
    const b: PlacedStep = { ...m, step, at: { x: x(step), y }, padX };
    y += m.height + SWIM.gap;
    return b;
  });
}

function frame(boxes: PlacedStep[], railRoom: number, lanesRight: number, extra: Omit<SwimFrame, 'width' | 'height' | 'boxes' | 'links' | 'jumps'>, joinX: (a: PlacedStep, b: PlacedStep) => [number, number], jumps: [number, number][]): SwimFrame {
  const right = Math.max(lanesRight, ...boxes.map((b) => b.at.x + b.width));
  const { links, jumps: rails } = connect(boxes, jumps, right + SWIM.rail, joinX);
  const bottom = Math.max(...boxes.map((b) => b.at.y + b.height));
  return { ...extra, boxes, links, jumps: rails, width: right + railRoom + SWIM.margin, height: bottom + SWIM.margin + (extra.lanes.length ? SWIM.lanePad : 0) };
}

/**
 * Lane widths within `room`: each lane first gets what its longest word needs (its steps' and its name's),
 * so no word is cut; what is left goes to the lanes by their number of steps (busy lanes wrap less and the
 * drawing gets shorter), up to SWIM.laneMax. Without room for every word, the lanes share it by need.
 */
export function laneWidths(spec: SwimSpec, room: number): number[] {
  const longest = (text: string, bold: boolean) => Math.max(0, ...unbreakablePieces(text.replace(/\s+/g, ' ').trim(), spec.locale).map((p) => textWidth(p.trimEnd(), { size: BOX.fontSize, bold })));
  const inset = 2 * SWIM.padX + 2 * SWIM.lanePad + 1;
  const need = spec.lanes.map((name, i) => {
    const words = spec.steps.filter((s) => s.lane === i).flatMap((s) => [longest(s.lead.wide, false), longest(s.label.wide.slice(s.lead.wide.length), false)]);
    return Math.max(SWIM.laneMin, Math.ceil(Math.max(longest(name, true), ...words) / FIT + inset));
  });
  const total = need.reduce((a, b) => a + b, 0);
  if (total >= room) return need.map((w) => Math.floor((w * room) / total));
  const counts = spec.lanes.map((_, i) => spec.steps.filter((s) => s.lane === i).length);
  const widths = [...need];
  // Share the rest by step count, a lane at a time so that what a capped lane cannot take goes to the others.
  let left = room - total;
  for (let round = 0; round < 4 && left > 0.5; round++) {
    const open = widths.map((w, i) => (w < SWIM.laneMax ? counts[i]! : 0));
    const weight = open.reduce((a, b) => a + b, 0);
    if (!weight) break;
    let used = 0;
    widths.forEach((w, i) => {
      const add = Math.min(SWIM.laneMax - w, (left * open[i]!) / weight);
      widths[i] = w + add;
      used += add;
    });
    left -= used;
  }
  return widths.map((w) => Math.floor(w));
}

export function layoutSwimlanes(spec: SwimSpec): { wide: SwimFrame; narrow: SwimFrame } {
  if (spec.steps.length === 0 || spec.lanes.length === 0) throw new Error('layoutSwimlanes: a flow needs steps and lanes');
  const jumps = jumpsOf(spec.steps).filter(([s, t]) => spec.steps.some((x) => x.n === s) && spec.steps.some((x) => x.n === t));
  const railRoom = jumps.length ? jumps.length * SWIM.rail + SWIM.rail : 0;
  const m = SWIM.margin;

  // Wide: lanes side by side, sharing what the rails leave.
  const widths = laneWidths(spec, SWIM.wideMax - 2 * m - railRoom);
  let x = m;
  const lanes = spec.lanes.map((name, i) => {
    const lane = { x, width: widths[i]!, lines: measureBox(name, widths[i]!, { locale: spec.locale, bold: true, padX: SWIM.padX }).lines };
    x += widths[i]!;
    return lane;
  });
  const headerHeight = 2 * BOX.padY + Math.max(...lanes.map((l) => l.lines.length)) * BOX.lineHeight;
  const centre = (b: PlacedStep) => b.at.x + b.width / 2;
  const wideBoxes = place(spec, (s) => lanes[s.lane]!.width - 2 * SWIM.lanePad, 'wide', (s) => lanes[s.lane]!.x + SWIM.lanePad, m + headerHeight + SWIM.gap / 2, SWIM.padX);
  const wide = frame(wideBoxes, railRoom, x, { lanes, headerHeight }, (a, b) => [centre(a), centre(b)], jumps);

  // Narrow: one column, indented by layer; the join runs where both boxes are.
  const narrowW = SWIM.narrowMax - 2 * m - railRoom - SWIM.indent * (spec.lanes.length - 1);
  const narrowBoxes = place(spec, () => narrowW, 'narrow', (s) => m + s.lane * SWIM.indent, m, BOX.padX);
  const joinX = (a: PlacedStep, b: PlacedStep) => {
    const x = Math.max(a.at.x, b.at.x) + 2 * SWIM.indent;
    return [x, x] as [number, number];
  };
  const narrow = frame(narrowBoxes, railRoom, 0, { lanes: [], headerHeight: 0 }, joinX, jumps);
  return { wide, narrow };
}
