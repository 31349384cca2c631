// Flows as the site derives them, on a hand-built tree: layers, successors, paths and the flows sidebar.
import { describe, expect, it } from 'vitest';
import { Atlas, type PageInput } from '../../src/model/site/atlas.ts';
import { flowPath, flowSteps, flowsSidebar, layerOf } from '../../src/model/site/flows.ts';
import { pagePath, processPath } from '../../src/model/content/ids.ts';
import { swimlaneSpec } from '../../src/model/drawing/swimlane-svg.ts';

const pages: PageInput[] = [
  { id: '1.1', level: 0, title: 'Operations', summary: 's' },
  { id: '1.1.1', level: 1, parent: '1.1', title: 'CRM', summary: 's' },
  { id: '1.1.1.5', level: 2, parent: '1.1.1', title: 'Order Handling', summary: 's' },
  { id: '1.1.1.5.1', level: 3, parent: '1.1.1.5', title: 'Step', summary: 's' },
  { id: '1.1.2', level: 1, parent: '1.1', title: 'SM&O', summary: 's' },
  { id: '1.1.2.1', level: 2, parent: '1.1.2', title: ' Service\n  Config ', summary: 's' },
  { id: 'billing', level: 1, parent: '1.1', title: 'Billing', summary: 's' },
  { id: '1.3', level: 0, title: 'Enterprise', summary: 's' },
  { id: '1.3.1', level: 1, parent: '1.3', title: 'Strategic Planning', summary: 's' },
  { id: '1.3.1.1', level: 2, parent: '1.3.1', title: 'Plan', summary: 's' },
  // A Level 2 page with no parent: no Level 1 above it, so no lane.
  { id: '7.7', level: 2, title: 'Orphan', summary: 's' },
];
const steps = [{ process: '1.1.1.5', does: 'a' }, { process: '1.3.1.1', does: 'b', then: [0, 3, 4] }, { process: '1.1.2.1', does: 'c' }];
const flows = [
  { id: 'zeta', title: 'Zeta Flow', summary: 's', steps },
  { id: 'alpha', title: 'Alpha Flow', summary: 's', steps: steps.slice(0, 2) },
];
const atlas = () => new Atlas(pages.map((page) => ({ locale: 'en', page })), flows.map((flow) => ({ locale: 'en', flow })));

describe('layerOf', () => {
  it('is the Level 1 grouping\'s place in its area, Enterprise for the area without verticals', () => {
    const { tree } = atlas();
    expect(['1.1.1.5', '1.1.1.5.1', '1.1.2.1', '1.1.1', '1.3.1.1'].map((id) => layerOf(tree, id))).toEqual(['customer', 'customer', 'service', 'customer', 'enterprise']);
  });

  it('is undefined for areas, vertical groupings, orphans and unknown ids', () => {
    const { tree } = atlas();
    expect(['1.1', 'billing', '7.7', '9.9'].map((id) => layerOf(tree, id))).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('flowSteps', () => {
  it('numbers from 1, follows `then` within the flow, else the next step', () => {
    expect(flowSteps(atlas().tree, flows[0]!)).toEqual([
      { process: '1.1.1.5', does: 'a', n: 1, layer: 'customer', next: [2] },
      { process: '1.3.1.1', does: 'b', then: [0, 3, 4], n: 2, layer: 'enterprise', next: [3] },
      { process: '1.1.2.1', does: 'c', n: 3, layer: 'service', next: [] },
    ]);
  });
});

describe('flow paths and sidebar', () => {
  it('puts flows under the locale', () => {
    expect(flowPath('it', 'zeta')).toBe(pagePath('it', 'flows/zeta'));
    expect(flowPath('en')).toBe(pagePath('en', 'flows'));
  });

  const link = (label: string, href: string, isCurrent = false) => ({ type: 'link', label, href, isCurrent, badge: undefined, attrs: {} });

  it('is one link to the flows index off a flow page', () => {
    expect(flowsSidebar(atlas(), 'en', undefined)).toEqual([link('End-to-end flows', flowPath('en'))]);
    expect(flowsSidebar(atlas(), 'it', undefined, true)).toEqual([link('Flussi end-to-end', flowPath('it'), true)]);
  });

  it('lists the flows by title, the current one marked, then the areas, on a flow page', () => {
    expect(flowsSidebar(atlas(), 'en', 'zeta')).toEqual([
      {
        type: 'group', label: 'End-to-end flows', collapsed: false, badge: undefined,
        entries: [link('Overview', flowPath('en')), link('Alpha Flow', flowPath('en', 'alpha')), link('Zeta Flow', flowPath('en', 'zeta'), true)],
      },
      link('1.1 Operations', processPath('en', '1.1')),
      link('1.3 Enterprise', processPath('en', '1.3')),
      link('7.7 Orphan', processPath('en', '7.7')),
    ]);
  });
});

describe('swimlaneSpec', () => {
  it('gives the lanes in layer order and each step its lane, labels, lead, link and successors', () => {
    expect(swimlaneSpec(atlas(), 'en', 'zeta')).toEqual({
      locale: 'en',
      lanes: ['Customer', 'Service', 'Enterprise'],
      steps: [
        { n: 1, lane: 0, label: { wide: '1. 1.1.1.5 Order Handling', narrow: '1. Customer · 1.1.1.5 Order Handling' }, lead: { wide: '1. 1.1.1.5', narrow: '1. Customer · 1.1.1.5' }, href: processPath('en', '1.1.1.5'), next: [2] },
        { n: 2, lane: 2, label: { wide: '2. 1.3.1.1 Plan', narrow: '2. Enterprise · 1.3.1.1 Plan' }, lead: { wide: '2. 1.3.1.1', narrow: '2. Enterprise · 1.3.1.1' }, href: processPath('en', '1.3.1.1'), next: [3] },
        { n: 3, lane: 1, label: { wide: '3. 1.1.2.1 Service Config', narrow: '3. Service · 1.1.2.1 Service Config' }, lead: { wide: '3. 1.1.2.1', narrow: '3. Service · 1.1.2.1' }, href: processPath('en', '1.1.2.1'), next: [] },
      ],
    });
    expect(swimlaneSpec(atlas(), 'it', 'alpha').lanes).toEqual(['Cliente', 'Impresa']);
    expect(() => swimlaneSpec(atlas(), 'en', 'none')).toThrow('swimlaneSvg: unknown flow "none"');
  });
});
