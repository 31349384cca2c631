// The exact-match table on a small hand-built atlas: what is indexed per page, in which order, what is left
// out (empty lists, the summary in the published script), and the scripts and paths it is published under.
import { describe, expect, it } from 'vitest';
import { Atlas } from '../../src/model/site/atlas.ts';
import type { LaterRelease } from '../../src/model/data/reference.ts';
import {
  documentsPath, FLOW_LEVEL, fragmentMapScript, offlineIndexPath, RELEASES, searchTable, TABLE_GLOBAL, tablePath, tableScript, type SearchTable,
} from '../../src/model/site/search/table.ts';

const page = (id: string, level: number, parent: string | undefined, title: string, extra: object = {}) => ({ id, level, parent, title, summary: `About ${title}.`, ...extra });
const atlas = () =>
  new Atlas(
    [
      { locale: 'en', page: page('1.1', 0, undefined, 'Operations') },
      { locale: 'en', page: page('1.1.1', 1, '1.1', 'Customer Relationship Management', { aliases: ['CRM'] }) },
      { locale: 'en', page: page('1.1.1.5', 2, '1.1.1', 'Order Handling', { aliases: ['Order Capture', 'Gestione ordini'] }) },
      { locale: 'en', page: page('1.1.1.5.1', 3, '1.1.1.5', 'Determine Feasibility') },
      { locale: 'en', page: page('billing', 1, '1.1', 'Billing') },
      { locale: 'en', page: page('1.3', 0, undefined, 'Enterprise Management') },
      // Italian: one alias of its own, one English alias repeated, one alias equal to the title.
      { locale: 'it', page: page('1.1.1.5', 2, '1.1.1', 'Gestione ordini', { aliases: ['Raccolta ordini', 'CRM', 'Order Capture'] }) },
      { locale: 'it', page: page('1.1', 0, undefined, 'Operazioni', { summary: 'Le operazioni.' }) },
    ],
    [
      { locale: 'en', flow: { id: 'order-to-payment', title: 'Order to Payment', summary: 'Cash.', steps: [{ process: '1.1.1.5', does: 'x' }] } },
      { locale: 'en', flow: { id: 'alpha', title: 'Alpha', summary: 'First.', steps: [{ process: '1.1.1.5', does: 'y' }] } },
      { locale: 'it', flow: { id: 'alpha', title: 'Alfa', summary: 'Primo.', steps: [{ process: '1.1.1.5', does: 'y' }] } },
    ],
  );

const later = new Map<string, LaterRelease>([
  ['1.1.1.5', { id: '1.1.1.5', v21: { id: '1.3.3', name: 'Customer Order Handling' }, v25: { name: 'Customer Order Management' } }],
  ['1.1.1', { id: '1.1.1', v25: { id: 'CM' } }],
  // A v21 row with a name only, and one with an id only.
  ['1.1.1.5.1', { id: '1.1.1.5.1', v21: { name: 'Old Feasibility' } }],
  ['billing', { id: 'billing', v21: { id: '9.9' } }],
  // A row with neither release gives no list.
  ['1.3', { id: '1.3' }],
]);

describe('search table', () => {
  it('indexes every process in tree order, then the flows by English title, in the locale’s words', () => {
    expect(searchTable(atlas(), 'it', later)).toEqual({
      locale: 'it',
      entries: [
        { i: '1.1', t: 'Operazioni', l: 0, a: '1.1', s: 'Le operazioni.' },
        { i: '1.1.1', t: 'Customer Relationship Management', l: 1, a: '1.1', s: 'About Customer Relationship Management.', n: ['CRM'], r: [['v25.5', 'CM', '']] },
        {
          i: '1.1.1.5', t: 'Gestione ordini', l: 2, a: '1.1', s: 'About Gestione ordini.',
          // Italian aliases first, English ones it lacks after; never the title itself, each once.
          n: ['Raccolta ordini', 'CRM', 'Order Capture'],
          r: [['v21', '1.3.3', 'Customer Order Handling'], ['v25.5', '', 'Customer Order Management']],
        },
        { i: '1.1.1.5.1', t: 'Determine Feasibility', l: 3, a: '1.1', s: 'About Determine Feasibility.', r: [['v21', '', 'Old Feasibility']] },
        { i: 'billing', t: 'Billing', l: 1, a: '1.1', s: 'About Billing.', r: [['v21', '9.9', '']] },
        { i: '1.3', t: 'Enterprise Management', l: 0, a: '1.3', s: 'About Enterprise Management.' },
        { i: 'flows/alpha', t: 'Alfa', l: FLOW_LEVEL, a: '', s: 'Primo.', k: 'flow' },
        { i: 'flows/order-to-payment', t: 'Order to Payment', l: FLOW_LEVEL, a: '', s: 'Cash.', k: 'flow' },
      ],
    });
    expect(FLOW_LEVEL).toBe(4);
    expect(RELEASES).toEqual(['v21', 'v25.5']);
  });

  it('gives an English page its own aliases only once, without the title', () => {
    const en = searchTable(atlas(), 'en', new Map());
    expect(en.entries.filter((e) => e.n).map((e) => [e.i, e.n])).toEqual([['1.1.1', ['CRM']], ['1.1.1.5', ['Order Capture', 'Gestione ordini']]]);
    expect(en.entries.filter((e) => e.r)).toEqual([]);
  });
});

describe('published scripts and paths', () => {
  const table: SearchTable = {
    locale: 'zh',
    entries: [
      { i: '1.1', t: 'A </script><b>', l: 0, a: '1.1', s: 'Summary stays out.' },
      { i: 'flows/x', t: 'F', l: 4, a: '', k: 'flow' },
    ],
  };

  it('publishes the table as a classic script without summaries and without a raw "<"', () => {
    const script = tableScript(table);
    expect(script.startsWith(`(self.${TABLE_GLOBAL}=self.${TABLE_GLOBAL}||{})["zh"]={`)).toBe(true);
    expect(script.endsWith('};\n')).toBe(true);
    expect(script).not.toContain('<');
    expect(script).toContain('A \\u003c/script>\\u003cb>');
    const self: Record<string, Record<string, unknown>> = { [TABLE_GLOBAL]: { en: 'kept' } };
    new Function('self', script)(self);
    expect(self[TABLE_GLOBAL]).toEqual({
      en: 'kept',
      zh: { locale: 'zh', entries: [{ i: '1.1', t: 'A </script><b>', l: 0, a: '1.1' }, { i: 'flows/x', t: 'F', l: 4, a: '', k: 'flow' }] },
    });
    // The table object itself keeps its summaries.
    expect(table.entries[0]!.s).toBe('Summary stays out.');
  });

  it('adds the Pagefind result map to a published table', () => {
    expect(TABLE_GLOBAL).toBe('etomSearchTable');
    expect(fragmentMapScript('it', { 'f1': '1.1', 'f2': 'flows/x' })).toBe('self.etomSearchTable["it"].pf={"f1":"1.1","f2":"flows/x"};\n');
    const self = { etomSearchTable: { it: { locale: 'it' } as Record<string, unknown> } };
    new Function('self', tableScript({ locale: 'it', entries: [] }) + fragmentMapScript('it', { f: '1.1' }))(self);
    expect(self.etomSearchTable.it).toEqual({ locale: 'it', entries: [], pf: { f: '1.1' } });
  });

  it('names the files per locale', () => {
    expect([tablePath('it'), offlineIndexPath('it'), documentsPath('it')]).toEqual(['search/table-it.js', 'search/index-it.js', 'search/documents-it.json']);
  });
});
