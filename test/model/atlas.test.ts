// The site model on a small hand-built atlas: fallbacks, labels, back-links and both data downloads,
// with every expected value written out.
import { describe, expect, it, vi } from 'vitest';
import { Atlas, type PageInput } from '../../src/model/site/atlas.ts';
import { processPath } from '../../src/model/content/ids.ts';
import { flowPath } from '../../src/model/site/flows.ts';

const en: PageInput[] = [
  { id: '1.1', level: 0, title: 'Operations', summary: 'Runs the business.', links: ['1.1.1.5', '1.1'] },
  { id: '1.1.1', level: 1, parent: '1.1', title: 'Customer Relationship Management', summary: 'Customers.' },
  { id: '1.1.1.5', level: 2, parent: '1.1.1', title: 'Order Handling', summary: 'Orders.', verticals: ['fulfillment'], aliases: ['Order Capture'], replacedBy: '1.1.1.6', replaces: '1.1.1.4', openApis: ['TMF622'], sid: ['Customer Order'], links: ['1.1.1.6', '1.1.1.6', '9.9'] },
  { id: '1.1.1.6', level: 2, parent: '1.1.1', title: 'Problem Handling', summary: 'Problems.', verticals: ['assurance'], replacedBy: ['1.1.1.5', '1.1'], links: ['1.1.1.5'] },
  { id: 'fulfillment', level: 1, parent: '1.1', title: 'Fulfillment', summary: 'Vertical.' },
];
const it_: PageInput[] = [
  { id: '1.1.1.5', level: 2, parent: '1.1.1', title: 'Gestione degli ordini', summary: 'Ordini.', aliases: ['Raccolta ordini'], links: [] },
  // A second copy of a page: the first one wins.
  { id: '1.1.1.5', level: 2, parent: '1.1.1', title: 'Duplicato', summary: 'No.' },
];
const flowEn = { id: 'order-to-payment', title: 'Order to Payment', summary: 'From order to cash.', steps: [{ process: '1.1.1.5', does: 'takes the order' }, { process: '1.1.1.6', does: 'fixes a problem', then: [1, 7] }, { process: '1.1.1.5', does: 'closes the order' }] };
const flowAlpha = { id: 'alpha-flow', title: 'Alpha Flow', summary: 'First by title.', steps: [{ process: '1.1.1.6', does: 'one' }, { process: '1.1.1.5', does: 'two' }] };
const flowIt = { ...flowEn, title: 'Dall’ordine al pagamento', summary: 'Dall’ordine all’incasso.', steps: flowEn.steps.map((s) => ({ ...s, does: `it: ${s.does}` })) };

const atlas = () =>
  new Atlas(
    [...en.map((page) => ({ locale: 'en', page })), ...it_.map((page) => ({ locale: 'it', page }))],
    [{ locale: 'en', flow: flowEn }, { locale: 'en', flow: flowAlpha }, { locale: 'it', flow: flowIt }, { locale: 'it', flow: { ...flowIt, title: 'Duplicato' } }],
  );

describe('Atlas', () => {
  it('has an empty tree and no flows without English pages, and still falls back safely', () => {
    const a = new Atlas([{ locale: 'it', page: it_[0]! }], [{ locale: 'it', flow: flowIt }]);
    expect(a.tree.treeOrder()).toEqual([]);
    expect(a.flowIds).toEqual([]);
    expect(a.flow('it', 'order-to-payment')?.title).toBe('Dall’ordine al pagamento');
    expect(a.flow('zh', 'order-to-payment')).toBeUndefined();
    expect(a.page('zh', '1.1.1.5')).toBeUndefined();
  });

  it('builds the tree from the English pages and falls back to English per page', () => {
    const a = atlas();
    expect(a.tree.treeOrder()).toEqual(['1.1', '1.1.1', '1.1.1.5', '1.1.1.6', 'fulfillment']);
    expect(a.translated('it', '1.1.1.5')?.title).toBe('Gestione degli ordini');
    expect(a.translated('it', '1.1.1.6')).toBeUndefined();
    expect(a.translated('zh', '1.1')).toBeUndefined();
    expect(a.page('it', '1.1.1.6')?.title).toBe('Problem Handling');
    expect(a.page('it', 'nowhere')).toBeUndefined();
    expect(a.title('it', '1.1.1.5')).toBe('Gestione degli ordini');
    expect(a.title('zh', '1.1.1.6')).toBe('Problem Handling');
    expect(a.title('en', '7.7')).toBe('7.7');
  });

  it('always gives replacedBy as a list', () => {
    const a = atlas();
    expect(a.page('en', '1.1.1.5')?.replacedBy).toEqual(['1.1.1.6']);
    expect(a.page('en', '1.1.1.6')?.replacedBy).toEqual(['1.1.1.5', '1.1']);
    expect(a.page('en', '1.1')?.replacedBy).toBeUndefined();
  });

  it('labels numeric ids with their id, verticals by title alone', () => {
    const a = atlas();
    expect(a.label('it', '1.1.1.5')).toBe('1.1.1.5 Gestione degli ordini');
    expect(a.label('en', 'fulfillment')).toBe('Fulfillment');
  });

  it('lists back-links per locale in tree order, each page once, never itself or an id outside the tree', () => {
    const a = atlas();
    expect(a.referencedBy('en', '1.1.1.5')).toEqual(['1.1', '1.1.1.6']);
    expect(a.referencedBy('en', '1.1.1.6')).toEqual(['1.1.1.5']);
    expect(a.referencedBy('en', '1.1')).toEqual([]);
    expect(a.referencedBy('en', '9.9')).toEqual([]);
    // The Italian 1.1.1.5 links nowhere; the untranslated pages count with their English links.
    expect(a.referencedBy('it', '1.1.1.6')).toEqual([]);
    expect(a.referencedBy('it', '1.1.1.5')).toEqual(['1.1', '1.1.1.6']);
    expect(a.referencedBy('xx', '1.1.1.5')).toEqual([]);
  });

  it('works out the back-links of every locale once, on the first question', () => {
    const a = atlas();
    const walks = vi.spyOn(a.tree, 'treeOrder');
    expect(a.referencedBy('zh', '1.1.1.6')).toEqual(['1.1.1.5']);
    // One walk of the tree per locale.
    expect(walks).toHaveBeenCalledTimes(3);
    expect(a.referencedBy('en', '1.1.1.5')).toEqual(['1.1', '1.1.1.6']);
    expect(a.referencedBy('it', '1.1')).toEqual([]);
    expect(walks).toHaveBeenCalledTimes(3);
  });

  it('orders flows by English title and knows the steps each process takes in them', () => {
    const a = atlas();
    expect(a.flowIds).toEqual(['alpha-flow', 'order-to-payment']);
    expect(a.flowsOf('1.1.1.5')).toEqual([{ flow: 'alpha-flow', steps: [2] }, { flow: 'order-to-payment', steps: [1, 3] }]);
    expect(a.flowsOf('1.1')).toEqual([]);
    expect(a.flow('it', 'order-to-payment')?.title).toBe('Dall’ordine al pagamento');
    expect(a.flow('zh', 'order-to-payment')?.title).toBe('Order to Payment');
    expect(a.flow('en', 'none')).toBeUndefined();
  });

  it('writes flows.json with steps, layers, successors and each locale or null', () => {
    const a = atlas();
    expect(a.flowsJson()).toEqual({
      flows: [
        {
          id: 'alpha-flow',
          steps: [{ step: 1, process: '1.1.1.6', layer: 'customer', next: [2] }, { step: 2, process: '1.1.1.5', layer: 'customer', next: [] }],
          locales: { en: { title: 'Alpha Flow', summary: 'First by title.', does: ['one', 'two'], url: flowPath('en', 'alpha-flow') }, it: null, zh: null },
        },
        {
          id: 'order-to-payment',
          steps: [
            { step: 1, process: '1.1.1.5', layer: 'customer', next: [2] },
            { step: 2, process: '1.1.1.6', layer: 'customer', next: [1] },
            { step: 3, process: '1.1.1.5', layer: 'customer', next: [] },
          ],
          locales: {
            en: { title: 'Order to Payment', summary: 'From order to cash.', does: ['takes the order', 'fixes a problem', 'closes the order'], url: flowPath('en', 'order-to-payment') },
            it: { title: 'Dall’ordine al pagamento', summary: 'Dall’ordine all’incasso.', does: ['it: takes the order', 'it: fixes a problem', 'it: closes the order'], url: flowPath('it', 'order-to-payment') },
            zh: null,
          },
        },
      ],
    });
  });

  it('writes processes.json with facts, defaults, releases and each locale or null', () => {
    const a = atlas();
    const json = a.processesJson();
    expect(json.processes.map((p) => p.id)).toEqual(['1.1', '1.1.1', '1.1.1.5', '1.1.1.6', 'fulfillment']);
    expect(json.processes[0]).toEqual({
      id: '1.1', level: 0, parent: null, verticals: [], children: ['1.1.1', 'fulfillment'],
      replacedBy: [], replaces: null, openApis: [], sid: [],
      releases: { v21: null, 'v25.5': null },
      locales: { en: { title: 'Operations', summary: 'Runs the business.', aliases: [], url: processPath('en', '1.1') }, it: null, zh: null },
    });
    const order = json.processes[2]!;
    expect({ ...order, releases: undefined }).toEqual({
      id: '1.1.1.5', level: 2, parent: '1.1.1', verticals: ['fulfillment'], children: [],
      replacedBy: ['1.1.1.6'], replaces: '1.1.1.4', openApis: ['TMF622'], sid: ['Customer Order'],
      releases: undefined,
      locales: {
        en: { title: 'Order Handling', summary: 'Orders.', aliases: ['Order Capture'], url: processPath('en', '1.1.1.5') },
        it: { title: 'Gestione degli ordini', summary: 'Ordini.', aliases: ['Raccolta ordini'], url: processPath('it', '1.1.1.5') },
        zh: null,
      },
    });
    // The real GB921 reference: Order Handling was 1.3.3 Customer Order Handling in v21; v25.5 kept a name only.
    expect(order.releases).toEqual({ v21: { id: '1.3.3', name: 'Customer Order Handling' }, 'v25.5': { id: null, name: 'Customer Order Management' } });
  });
});
