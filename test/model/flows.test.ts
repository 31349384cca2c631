/**
 * End-to-end flows in the model: every step resolves to a real process in every locale, the layer of a
 * step follows the tree, back-links name the right steps, and the swimlane layout keeps its promises
 * (lane order, branches on rails, long titles and Chinese inside their boxes, the phone width).
 */
import { describe, expect, it } from 'vitest';
import { atlas, checked } from './real-content.ts';
import { Atlas } from '../../src/model/site/atlas.ts';
import { ProcessTree } from '../../src/model/site/tree.ts';
import { LAYERS, flowLayers, flowSteps, flowsByProcess, layerOf, type FlowInput } from '../../src/model/site/flows.ts';
import { layoutSwimlanes, jumpsOf, SWIM, type SwimFrame, type SwimSpec } from '../../src/model/drawing/swimlane-layout.ts';
import { swimlaneSpec, swimlaneSvg } from '../../src/model/drawing/swimlane-svg.ts';
import { LAYOUT } from '../../src/model/drawing/hierarchy-layout.ts';
import { BOX } from '../../src/model/drawing/svg.ts';
import { FIT, textWidth } from '../../src/model/drawing/text-metrics.ts';
import { unbreakablePieces } from '../../src/model/drawing/wrap.ts';
import { LOCALE_CODES } from '../../src/model/locales.ts';
import { isNumericId } from '../../src/model/content/ids.ts';
import { searchTable } from '../../src/model/site/search/table.ts';
import { rank } from '../../src/model/site/search/rank.ts';

const flowIds = atlas.flowIds;

describe('the flows in content/', () => {
  it('there are flows, and every locale has every English flow', () => {
    expect(flowIds.length).toBeGreaterThanOrEqual(6);
    for (const l of LOCALE_CODES) {
      const here = new Set(checked.flows.filter((f) => f.file.locale === l).map((f) => f.flow.id));
      expect([...here].sort(), l).toEqual([...flowIds].sort());
    }
  });

  it('every step of every flow resolves to a Level 2 or 3 process with a page in every locale, and has a layer', () => {
    let steps = 0;
    for (const l of LOCALE_CODES) {
      for (const id of flowIds) {
        const flow = atlas.flow(l, id)!;
        const info = flowSteps(atlas.tree, flow);
        expect(info.length, `${l} ${id}`).toBe(flow.steps.length);
        for (const s of info) {
          const node = atlas.tree.get(s.process);
          expect(node, `${l} ${id} step ${s.n}`).toBeDefined();
          expect(node!.level, `${l} ${id} step ${s.n}`).toBeGreaterThanOrEqual(2);
          expect(atlas.translated(l, s.process), `${l} ${id} step ${s.n}: no ${l} page for ${s.process}`).toBeDefined();
          for (const n of s.next) expect(n >= 1 && n <= flow.steps.length, `${l} ${id} step ${s.n} → ${n}`).toBe(true);
          steps++;
        }
      }
    }
    expect(steps).toBeGreaterThan(LOCALE_CODES.length * flowIds.length * 2);
  });

  it('a step\'s layer is its horizontal grouping\'s place in the area; Enterprise Management is one lane', () => {
    const tree = atlas.tree;
    for (const area of tree.roots) {
      const horizontals = tree.children(area).filter(isNumericId);
      const layers = horizontals.map((h) => layerOf(tree, tree.children(h)[0] ?? h));
      if (layers.includes('enterprise')) expect(new Set(layers), area).toEqual(new Set(['enterprise']));
      else expect(layers, area).toEqual(['customer', 'service', 'resource', 'partner'].slice(0, horizontals.length));
    }
    for (const id of tree.treeOrder()) {
      const n = tree.get(id)!;
      if (n.level < 2 || !isNumericId(id)) continue;
      const horizontal = tree.ancestors(id).find((a) => tree.get(a)!.level === 1)!;
      expect(layerOf(tree, id), id).toBe(layerOf(tree, horizontal));
    }
    expect(layerOf(tree, tree.roots[0]!)).toBeUndefined();
  });

  it('gives no layer to an area, even one misplaced under a Level 1 grouping, to a vertical or to an id outside the tree', () => {
    const tree = new ProcessTree([
      { id: '1.3', level: 1 },
      { id: '1.3.1', level: 0, parent: '1.3' },
      { id: '1.3.1.1', level: 2, parent: '1.3.1' },
      { id: '1.1', level: 0 },
      { id: 'billing', level: 1, parent: '1.1' },
    ]);
    expect(layerOf(tree, '1.3.1')).toBeUndefined();
    expect(layerOf(tree, '1.3.1.1')).toBe('enterprise');
    expect(layerOf(tree, 'billing')).toBeUndefined();
    expect(layerOf(tree, '9.9')).toBeUndefined();
  });

  it('back-links: each process lists exactly the flows and step numbers it appears at', () => {
    for (const id of flowIds) {
      atlas.flow('en', id)!.steps.forEach((s, i) => {
        const ref = atlas.flowsOf(s.process).find((f) => f.flow === id);
        expect(ref?.steps, `${id} step ${i + 1}`).toContain(i + 1);
      });
    }
    const total = [...atlas.tree.nodes.keys()].reduce((k, pid) => k + atlas.flowsOf(pid).reduce((m, f) => m + f.steps.length, 0), 0);
    expect(total).toBe(flowIds.reduce((k, id) => k + atlas.flow('en', id)!.steps.length, 0));
  });

  it('flows.json has every flow, its steps with layers, and each locale\'s wording', () => {
    const json = atlas.flowsJson();
    expect(json.flows.map((f) => f.id)).toEqual(flowIds);
    for (const f of json.flows) {
      for (const l of LOCALE_CODES) expect(f.locales[l]?.does.length, `${f.id} ${l}`).toBe(f.steps.length);
      for (const s of f.steps) expect(LAYERS).toContain(s.layer);
    }
  });
});

/** A small tree with every layer, for synthetic flows. */
function miniAtlas(titles: Record<string, string> = {}, locale = 'en'): Atlas {
  const pages = [
    { id: '1.1', level: 0, title: 'Operations', summary: 's' },
    ...['1.1.1', '1.1.2', '1.1.3', '1.1.4'].map((id) => ({ id, level: 1, parent: '1.1', title: `G ${id}`, summary: 's' })),
    ...['1.1.1', '1.1.2', '1.1.3', '1.1.4'].flatMap((g) => [1, 2, 3].map((k) => ({ id: `${g}.${k}`, level: 2, parent: g, title: titles[`${g}.${k}`] ?? `Process ${g}.${k}`, summary: 's' }))),
    { id: '1.3', level: 0, title: 'Enterprise Management', summary: 's' },
    { id: '1.3.5', level: 1, parent: '1.3', title: 'Financial', summary: 's' },
    { id: '1.3.5.1', level: 2, parent: '1.3.5', title: titles['1.3.5.1'] ?? 'Finance', summary: 's' },
  ];
  const entries = pages.flatMap((page) => [{ locale: 'en', page }, ...(locale !== 'en' ? [{ locale, page }] : [])]);
  return new Atlas(entries, []);
}

function withFlow(a: Atlas, flow: FlowInput, locale = 'en'): Atlas {
  const pages = [...a.tree.nodes.keys()].flatMap((id) => [{ locale: 'en', page: a.page('en', id)! }, ...(locale !== 'en' ? [{ locale, page: a.page(locale, id)! }] : [])]);
  return new Atlas(pages, [{ locale: 'en', flow }, ...(locale !== 'en' ? [{ locale, flow }] : [])]);
}

const step = (process: string, then?: number[]) => ({ process, does: `does ${process}`, ...(then ? { then } : {}) });

/** Checks every geometric promise of one frame. */
function checkFrame(f: SwimFrame, spec: SwimSpec, pos: 'wide' | 'narrow', what: string) {
  expect(f.width, `${what} ${pos} width`).toBeLessThanOrEqual(pos === 'wide' ? SWIM.wideMax : SWIM.narrowMax);
  // Steps top to bottom in order, never overlapping.
  f.boxes.forEach((b, i) => {
    expect(b.step.n, what).toBe(spec.steps[i]!.n);
    const prev = f.boxes[i - 1];
    if (prev) expect(b.at.y, `${what} ${pos} step ${b.step.n}`).toBeGreaterThanOrEqual(prev.at.y + prev.height + SWIM.gap - 0.01);
    // Text inside its box, with the margin for readers' fonts.
    for (const line of b.lines) {
      const w = textWidth(line.trimEnd(), { size: BOX.fontSize });
      if ([...line.trim()].length > 1) expect(w, `${what} ${pos} step ${b.step.n}: "${line}"`).toBeLessThanOrEqual((b.width - 2 * b.padX) * FIT + 0.01);
    }
    expect(b.height).toBe(2 * BOX.padY + b.lines.length * BOX.lineHeight);
    // The box's text is its label, unbroken.
    expect(b.lines.join(''), what).toBe(b.step.label[pos]);
  });
  if (pos === 'wide') {
    for (const b of f.boxes) {
      const lane = f.lanes[b.step.lane]!;
      expect(b.at.x, `${what} step ${b.step.n} in its lane`).toBeGreaterThanOrEqual(lane.x);
      expect(b.at.x + b.width, `${what} step ${b.step.n} in its lane`).toBeLessThanOrEqual(lane.x + lane.width);
    }
    for (let i = 1; i < f.lanes.length; i++) expect(f.lanes[i]!.x).toBeGreaterThan(f.lanes[i - 1]!.x);
  }
  // Every join to the next step goes down; every jump runs on its own rail right of all boxes and crosses no box.
  const right = Math.max(...f.boxes.map((b) => b.at.x + b.width));
  const rails = f.jumps.map((j) => j[1]!.x);
  expect(new Set(rails).size, what).toBe(rails.length);
  for (const j of f.jumps) {
    expect(j[1]!.x, what).toBeGreaterThan(right);
    for (const [a, b] of [[j[0]!, j[1]!], [j[2]!, j[3]!]] as const) {
      const y = a.y;
      const [x0, x1] = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
      for (const box of f.boxes) {
        const crosses = y > box.at.y && y < box.at.y + box.height && x0 < box.at.x + box.width - 0.01 && x1 > box.at.x + 0.01;
        expect(crosses, `${what} ${pos}: a jump crosses step ${box.step.n}`).toBe(false);
      }
    }
  }
  for (const l of f.links) expect(l.at(-1)!.y, what).toBeGreaterThan(l[0]!.y);
}

describe('swimlane layout', () => {
  it('lanes follow the eTOM layers in order, whatever order the steps visit them in', () => {
    const a = withFlow(miniAtlas(), { id: 'x', title: 'X', summary: 's', steps: [step('1.1.4.1'), step('1.3.5.1'), step('1.1.1.1'), step('1.1.3.2')] });
    const spec = swimlaneSpec(a, 'en', 'x');
    expect(spec.lanes).toEqual(['Customer', 'Resource', 'Supplier/Partner', 'Enterprise']);
    expect(spec.steps.map((s) => s.lane)).toEqual([2, 3, 0, 1]);
    expect(flowLayers(flowSteps(a.tree, a.flow('en', 'x')!))).toEqual(['customer', 'resource', 'partner', 'enterprise']);
    const { wide, narrow } = layoutSwimlanes(spec);
    checkFrame(wide, spec, 'wide', 'order');
    checkFrame(narrow, spec, 'narrow', 'order');
  });

  it('branches: `then` back and forward become jumps on rails; the next step is joined only when it follows', () => {
    const a = withFlow(miniAtlas(), {
      id: 'b', title: 'B', summary: 's',
      steps: [step('1.1.1.1'), step('1.1.1.2'), step('1.1.1.3', [4, 1]), step('1.1.2.1', [5, 7]), step('1.1.3.1', [7]), step('1.1.4.1'), step('1.1.2.2', [8, 6]), step('1.1.1.1')],
    });
    const spec = swimlaneSpec(a, 'en', 'b');
    expect(jumpsOf(spec.steps)).toEqual([[3, 1], [4, 7], [5, 7], [7, 6]]);
    for (const pos of ['wide', 'narrow'] as const) {
      const f = layoutSwimlanes(spec)[pos];
      checkFrame(f, spec, pos, 'branches');
      expect(f.jumps).toHaveLength(4);
      // Joins: 1→2, 2→3, 3→4, 4→5, 6→7, 7→8; none from 5 (it jumps to 7) to 6.
      expect(f.links).toHaveLength(6);
      // Two jumps arrive at step 7: at different heights, so their arrowheads stay apart.
      const into7 = [f.jumps[1]!, f.jumps[2]!].map((j) => j[3]!.y);
      expect(new Set(into7).size).toBe(2);
    }
  });

  it('long titles wrap inside their boxes and make them taller, never wider', () => {
    const long = 'Manage Customer Interaction Lifecycle Across Every Channel, Including Escalations, Complaints and Regulatory Notifications';
    const a = withFlow(miniAtlas({ '1.1.1.1': long, '1.1.4.2': 'Supercalifragilisticexpialidociousprocessname Handling' }), { id: 'l', title: 'L', summary: 's', steps: [step('1.1.1.1'), step('1.1.4.2'), step('1.3.5.1')] });
    const spec = swimlaneSpec(a, 'en', 'l');
    const { wide, narrow } = layoutSwimlanes(spec);
    checkFrame(wide, spec, 'wide', 'long');
    checkFrame(narrow, spec, 'narrow', 'long');
    expect(wide.boxes[0]!.lines.length).toBeGreaterThan(4);
    for (const b of wide.boxes) expect(b.width).toBe(wide.lanes[b.step.lane]!.width - 2 * SWIM.lanePad);
    for (const b of narrow.boxes) expect(b.width).toBe(narrow.boxes[0]!.width);
  });

  it('Chinese titles wrap between words, inside their boxes', () => {
    const zh = { '1.1.1.1': '客户订单处理与客户问题管理以及客户账单查询的端到端协调', '1.1.3.1': '资源供应与资源故障管理' };
    const a = withFlow(miniAtlas(zh, 'zh'), { id: 'z', title: '中文', summary: 's', steps: [step('1.1.1.1'), step('1.1.3.1', [1])] }, 'zh');
    const spec = swimlaneSpec(a, 'zh', 'z');
    expect(spec.lanes).toEqual(['客户', '资源']);
    const { wide, narrow } = layoutSwimlanes(spec);
    checkFrame(wide, spec, 'wide', 'zh');
    checkFrame(narrow, spec, 'narrow', 'zh');
    expect(wide.jumps).toHaveLength(1);
  });

  it('every real flow in every locale: all promises hold, the drawings fit a phone and the wide frame, SVG ≤ 20 KB', () => {
    expect(SWIM.wideMax).toBe(LAYOUT.wideMax);
    for (const l of LOCALE_CODES) {
      for (const id of flowIds) {
        const spec = swimlaneSpec(atlas, l, id);
        const { wide, narrow } = layoutSwimlanes(spec);
        checkFrame(wide, spec, 'wide', `${l} ${id}`);
        checkFrame(narrow, spec, 'narrow', `${l} ${id}`);
        // No word of a real title is cut: lanes are at least as wide as their longest word needs.
        for (const f of [wide, narrow]) {
          for (const b of f.boxes) {
            const label = b.lines.join('');
            const ends = new Set<number>();
            let at = 0;
            for (const p of unbreakablePieces(label, l)) ends.add((at += p.length));
            let end = 0;
            for (const line of b.lines) expect(ends.has((end += line.length)), `${l} ${id} step ${b.step.n}: "${line}" ends inside a word`).toBe(true);
          }
        }
        const svg = swimlaneSvg(atlas, l, id);
        expect(Buffer.byteLength(svg), `${l} ${id}`).toBeLessThanOrEqual(20 * 1024);
        // One link per step in each drawing, each to its process in the same locale.
        expect(svg.match(/<a href="/g)?.length, `${l} ${id}`).toBe(2 * spec.steps.length);
        for (const s of spec.steps) expect(svg).toContain(`href="${s.href}"`);
        expect(svg.match(/role="group"/g)?.length).toBe(2);
      }
    }
  });
});

describe('flows in search', () => {
  it('each locale\'s table has every flow as kind "flow"; the Kind filter keeps flows or processes', () => {
    for (const l of LOCALE_CODES) {
      const table = searchTable(atlas, l, new Map());
      const flows = table.entries.filter((e) => e.k === 'flow');
      expect(flows.map((e) => e.i), l).toEqual(flowIds.map((id) => `flows/${id}`));
      const first = flows[0]!;
      expect(rank(table, first.t, [])[0], l).toBe(first.i);
      expect(rank(table, first.t, [first.i, '1.1.1.5'], { kind: 'flow' }), l).toEqual([first.i]);
      expect(rank(table, first.t, [first.i, '1.1.1.5'], { kind: 'process' }), l).toEqual(['1.1.1.5']);
      expect(rank(table, first.t, [first.i], { level: 2 }), l).toEqual([]);
    }
  });

  it('flowsByProcess counts a process twice in one flow as one flow with two steps', () => {
    const m = flowsByProcess([{ id: 'f', title: 'F', summary: 's', steps: [step('1.1.1.1'), step('1.1.2.1'), step('1.1.1.1')] }]);
    expect(m.get('1.1.1.1')).toEqual([{ flow: 'f', steps: [1, 3] }]);
  });
});
