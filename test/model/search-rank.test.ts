// The ranking rules and the offline index settings on small hand-built tables, with exact expected orders.
// Each test builds its own table: the lookups are cached per table object, so a shared one would hide them.
import { describe, expect, it } from 'vitest';
import { entry, exactMatches, nameCover, namedGroupings, parentsFirst, passes, prepareTable, rank } from '../../src/model/site/search/rank.ts';
import { miniSearchOptions, plainText, searchDocuments } from '../../src/model/site/search/documents.ts';
import type { SearchEntry, SearchTable } from '../../src/model/site/search/table.ts';

const ENTRIES: SearchEntry[] = [
  { i: '1.1', t: 'Operations', l: 0, a: '1.1' },
  { i: '1.1.1', t: 'Customer Relationship Management', l: 1, a: '1.1', n: ['CRM', '&'] },
  { i: '1.1.1.5', t: 'Order Handling', l: 2, a: '1.1', n: ['Order Capture', 'order handling'], r: [['v21', '1.3.3', 'Customer Order Handling']] },
  { i: '1.1.1.5.1', t: 'Determine Order Feasibility', l: 3, a: '1.1' },
  { i: '1.1.1.5.2', t: 'Authorize Credit', l: 3, a: '1.1' },
  { i: '1.1.1.5.3', t: 'Track Order Handling', l: 3, a: '1.1' },
  { i: '1.1.1.16', t: 'Customer Management', l: 2, a: '1.1', r: [['v21', '1.3.3', 'Old Customer'], ['v25.5', '', 'New Customer']] },
  { i: '1.1.2', t: 'Service Management Operations', l: 1, a: '1.1', n: ['Shared'] },
  { i: 'assurance', t: 'Assurance Vertical', l: 1, a: '1.1' },
  { i: '1.3', t: 'Enterprise Management', l: 0, a: '1.3', n: ['Assurance'] },
  { i: '1.3.1', t: 'Enterprise Risk Management Domain Area', l: 1, a: '1.3' },
  { i: '1.3.2', t: 'Enterprise Quality Management Domain Area Extra', l: 1, a: '1.3' },
  { i: '1.3.3', t: 'Shared', l: 2, a: '1.3', n: ['shared'] },
  { i: 'billing', t: 'Billing', l: 1, a: '1.1' },
  { i: 'flows/order-to-payment', t: 'Order to Payment', l: 4, a: '', k: 'flow' },
  { i: 'fulfillment', t: 'Fulfillment Vertical', l: 1, a: '1.1' },
];

const table = (entries = ENTRIES): SearchTable => ({ locale: 'en', entries: entries.map((e) => ({ ...e })) });

describe('rule 1: exact matches', () => {
  it('finds an id, and nothing for an unknown one', () => {
    const t = table();
    expect(exactMatches(t, ' 1.1.1.5 ')).toEqual(['1.1.1.5']);
    expect(exactMatches(t, '9.9')).toEqual([]);
    // Full-width digits are an id too (the slug lookup alone would miss them).
    expect(exactMatches(t, '１.１.１.５')).toEqual(['1.1.1.5']);
  });

  it('finds a later-release id only with its own label, every page that had it', () => {
    const t = table();
    expect(exactMatches(t, 'v21 1.3.3')).toEqual(['1.1.1.5', '1.1.1.16']);
    expect(exactMatches(t, 'v25.5 1.3.3')).toEqual([]);
    expect(exactMatches(t, '1.3.3')).toEqual(['1.3.3']);
  });

  it('finds a later-release name only in the release that had it', () => {
    const t = table();
    expect(exactMatches(t, 'v21 Customer Order Handling')).toEqual(['1.1.1.5']);
    expect(exactMatches(t, 'v25.5 Customer Order Handling')).toEqual([]);
    expect(exactMatches(t, 'v25.5 New Customer')).toEqual(['1.1.1.16']);
    // The page had "New Customer" in v25.5, not in v21.
    expect(exactMatches(t, 'v21 New Customer')).toEqual([]);
    // A title named with a release label is not a later name.
    expect(exactMatches(t, 'v21 Order Handling')).toEqual([]);
    expect(exactMatches(t, 'v21 Billing')).toEqual([]);
    expect(exactMatches(t, 'v21 Nothing Known')).toEqual([]);
    // Without a label a later name is an exact match too.
    expect(exactMatches(t, 'old customer')).toEqual(['1.1.1.16']);
  });

  it('puts titles before aliases, each page once, and ties in table order', () => {
    const t = table();
    // "Shared": alias of 1.1.2 (earlier), title and alias of 1.3.3 (later).
    expect(exactMatches(t, 'shared')).toEqual(['1.3.3', '1.1.2']);
    expect(exactMatches(t, 'ORDER handling')).toEqual(['1.1.1.5']);
    const three = table([
      { i: 'a', t: 'Same Name', l: 1, a: 'a' },
      { i: 'b', t: 'Same Name', l: 1, a: 'b' },
      { i: 'c', t: 'Other', l: 1, a: 'c', n: ['same name'] },
      { i: 'd', t: 'Same Name', l: 1, a: 'd' },
    ]);
    expect(exactMatches(three, 'Same Name')).toEqual(['a', 'b', 'd', 'c']);
  });

  it('takes a slug typed as such, once, ahead of aliases', () => {
    const t = table();
    expect(exactMatches(t, ' BILLING ')).toEqual(['billing']);
    expect(exactMatches(t, 'Assurance')).toEqual(['assurance', '1.3']);
    expect(exactMatches(t, ' ASSURANCE ')).toEqual(['assurance', '1.3']);
    // A slug earlier in the table than a page titled with it: tree order between the two titles' ranks.
    const zeta = table([{ i: 'zeta', t: 'Zeta Vertical', l: 1, a: 'z' }, { i: '1.3.4', t: 'Zeta', l: 2, a: '1.3' }]);
    expect(exactMatches(zeta, 'zeta')).toEqual(['zeta', '1.3.4']);
    // A slug no name matches.
    expect(exactMatches(t, 'fulfillment')).toEqual(['fulfillment']);
  });

  it('gives pages without other names or later releases none', () => {
    const t = table();
    // An absent list is no name: nothing but the title (and the id) finds Billing.
    for (const q of ['Stryker was here', 'r', 'S t', 'v21 t']) expect(exactMatches(t, q), q).toEqual([]);
    expect(nameCover(t, 'billing', 'stryker')).toBe(0);
  });

  it('gives nothing for a query of no words, though a name has none either', () => {
    expect(exactMatches(table(), '—')).toEqual([]);
  });
});

describe('rule 2: named groupings', () => {
  it('names Level 0/1 pages covering at least half their words, closest first, ties in table order', () => {
    const t = table();
    // Enterprise Management (cover 1), Risk … Area (2/5 < 1/2: no); Customer Management is Level 2 (no).
    expect(namedGroupings(t, 'enterprise management')).toEqual(['1.3']);
    expect(namedGroupings(t, 'customer management')).toEqual(['1.1.1']);
    expect(namedGroupings(t, 'management operations')).toEqual(['1.1.2']);
    const tie = table([
      { i: 'x', t: 'Alpha Beta Gamma Delta', l: 1, a: 'x' },
      { i: 'y', t: 'Alpha Beta', l: 1, a: 'y' },
      { i: 'z', t: 'Gamma Alpha Beta Delta', l: 0, a: 'z' },
      { i: 'w', t: 'Alpha Beta Five Words Here', l: 1, a: 'w' },
      { i: 'v', t: 'Alpha Beta', l: 2, a: 'v' },
    ]);
    expect(namedGroupings(tie, 'beta alpha')).toEqual(['y', 'x', 'z']);
    expect(namedGroupings(tie, 'alpha alpha beta')).toEqual(['y', 'x', 'z']);
  });

  it('names nothing for one word or an id', () => {
    const t = table();
    expect(namedGroupings(t, 'Management')).toEqual([]);
    expect(namedGroupings(t, 'Operations')).toEqual([]);
    expect(namedGroupings(t, '1.1')).toEqual([]);
  });
});

describe('rule 3: name cover', () => {
  it('is the share of the closest name holding every query word', () => {
    const t = table();
    expect(nameCover(t, '1.1.1.5', 'order')).toBe(0.5);
    expect(nameCover(t, '1.1.1.5', 'handling order')).toBe(1);
    expect(nameCover(t, '1.1.1.5', ['capture'])).toBe(0.5);
    expect(nameCover(t, '1.1.1.5.3', 'order handling')).toBe(2 / 3);
    expect(nameCover(t, '1.1.1.5', 'order credit')).toBe(0);
    expect(nameCover(t, '1.1.1.5', '')).toBe(0);
    expect(nameCover(t, 'nowhere', 'order')).toBe(0);
  });
});

describe('rule 4: parents first', () => {
  it('lifts a matched process ahead of two or more of its steps among the first five', () => {
    const t = table();
    expect(parentsFirst(t, ['1.1.1.5.1', 'billing', '1.1.1.5.3', '1.1.1.16', '1.1.1.5'])).toEqual(['1.1.1.5', '1.1.1.5.1', 'billing', '1.1.1.5.3', '1.1.1.16']);
  });

  it('leaves the order alone otherwise', () => {
    const t = table();
    // One step only.
    expect(parentsFirst(t, ['1.1.1.5.1', 'billing', '1.1.1.5'])).toEqual(['1.1.1.5.1', 'billing', '1.1.1.5']);
    // The process did not match.
    expect(parentsFirst(t, ['1.1.1.5.1', '1.1.1.5.2'])).toEqual(['1.1.1.5.1', '1.1.1.5.2']);
    // The second step is past the first five.
    const late = ['1.1.1.5.1', '1.1', '1.3', 'billing', 'assurance', '1.1.1.5.2', '1.1.1.5'];
    expect(parentsFirst(t, late)).toEqual(late);
    // Level 2 processes do not lift their Level 1 grouping.
    expect(parentsFirst(t, ['1.1.1.5', '1.1.1.16', '1.1.1'])).toEqual(['1.1.1.5', '1.1.1.16', '1.1.1']);
    // A parent the table does not know is not lifted.
    const orphan = table([{ i: '2.1.1.1.1', t: 'A', l: 3, a: '2' }, { i: '2.1.1.1.2', t: 'B', l: 3, a: '2' }, { i: 'q', t: 'Q', l: 1, a: 'q' }]);
    expect(parentsFirst(orphan, ['2.1.1.1.1', '2.1.1.1.2', 'q', '2.1.1.1'])).toEqual(['2.1.1.1.1', '2.1.1.1.2', 'q', '2.1.1.1']);
  });
});

describe('rank: the rules together', () => {
  it('pins exact matches, then groupings up to three, then named pages, then the backend', () => {
    const t = table();
    expect(rank(t, 'order handling', ['billing', '1.1.1.5.3', '1.1.1.5'])).toEqual(['1.1.1.5', '1.1.1.5.3', 'billing']);
    // Two exact matches leave room for one grouping only.
    const crowd = table([
      { i: 'p', t: 'Alpha Beta', l: 2, a: 'p' },
      { i: 'q', t: 'Alpha Beta', l: 2, a: 'q' },
      { i: 'g1', t: 'Alpha Beta Gamma', l: 1, a: 'g1' },
      { i: 'g2', t: 'Alpha Beta Gamma Delta', l: 1, a: 'g2' },
      { i: 'r', t: 'Unrelated', l: 2, a: 'r' },
    ]);
    expect(rank(crowd, 'alpha beta', ['r'])).toEqual(['p', 'q', 'g1', 'r']);
    expect(rank(crowd, 'alpha beta', ['r', 'g2'])).toEqual(['p', 'q', 'g1', 'g2', 'r']);
  });

  it('orders named pages by cover, then level, then the backend; unnamed pages keep the backend order', () => {
    const t = table([
      { i: 's3', t: 'Order Steps Detail', l: 3, a: 'x' },
      { i: 'p2', t: 'Order Steps Overview', l: 2, a: 'x' },
      { i: 'close', t: 'Order Steps', l: 3, a: 'x' },
      { i: 'far3', t: 'Unrelated Three', l: 3, a: 'x' },
      { i: 'far2', t: 'Unrelated Two', l: 2, a: 'x' },
    ]);
    expect(rank(t, 'steps order', ['far3', 'far2', 's3', 'p2', 'close'])).toEqual(['close', 'p2', 's3', 'far3', 'far2']);
    expect(rank(t, 'steps', ['far3', 's3', 'close', 'far2'])).toEqual(['close', 's3', 'far3', 'far2']);
  });

  it('applies rule 4 after the pins only', () => {
    const t = table();
    expect(rank(t, 'credit', ['1.1.1.5.1', '1.1.1.5.3', '1.1.1.5'])).toEqual(['1.1.1.5', '1.1.1.5.1', '1.1.1.5.3']);
    expect(rank(t, 'authorize credit', ['1.1.1.5.1', '1.1.1.5.3', '1.1.1.5'])).toEqual(['1.1.1.5.2', '1.1.1.5', '1.1.1.5.1', '1.1.1.5.3']);
  });

  it('keeps pages outside the table in place, unless a filter is set', () => {
    const t = table();
    expect(rank(t, 'zzz', ['/about/', 'billing'])).toEqual(['/about/', 'billing']);
    expect(rank(t, 'zzz', ['/about/', 'billing'], { level: 1 })).toEqual(['billing']);
    expect(rank(t, 'zzz', ['/about/', 'billing'], { area: '1.1' })).toEqual(['billing']);
    expect(rank(t, 'zzz', ['/about/', 'billing'], { kind: 'process' })).toEqual(['billing']);
    expect(rank(t, 'order', ['/about/', 'flows/order-to-payment', '1.1.1.5'], { kind: 'flow' })).toEqual(['flows/order-to-payment']);
    expect(rank(t, 'order', ['flows/order-to-payment', '1.1.1.5', '1.3.3'], { area: '1.3' })).toEqual(['1.3.3']);
  });

  it('filters by every field given', () => {
    const step = ENTRIES[3]!;
    expect(passes(step, {})).toBe(true);
    expect(passes(undefined, {})).toBe(false);
    expect(passes(step, { level: 3, area: '1.1', kind: 'process' })).toBe(true);
    expect(passes(step, { level: 2 })).toBe(false);
    expect(passes(step, { area: '1.3' })).toBe(false);
    expect(passes(step, { kind: 'flow' })).toBe(false);
    expect(passes(ENTRIES[14]!, { kind: 'flow' })).toBe(true);
  });

  it('builds the lookups of a table once: later queries use the prepared ones', () => {
    const t = table();
    const entries = t.entries;
    let reads = 0;
    Object.defineProperty(t, 'entries', { get: () => (reads++, entries) });
    prepareTable(t);
    expect(reads).toBe(1);
    expect(exactMatches(t, 'billing')).toEqual(['billing']);
    expect(entry(t, '1.1')?.t).toBe('Operations');
    expect(reads).toBe(1);
  });

  it('prepares a table and reads entries back', () => {
    const t = table();
    expect(prepareTable(t)).toBe(t);
    expect(entry(t, 'billing')).toEqual(ENTRIES[13]);
    expect(entry(t, 'nowhere')).toBeUndefined();
  });
});

describe('offline index documents', () => {
  it('reduces MDX to its words', () => {
    const mdx = [
      "import Aside from './aside.astro';",
      '  export const meta = {};',
      'Handles the import of data and the export of bills.',
      '```mermaid',
      'flowchart LR',
      '  a --> b',
      '```',
      '<Aside type="note">Kept</Aside> a<br/>b',
      '   ## Inputs',
      '  - first item',
      '12. twelfth',
      '1. first',
      'x|y **bold** ```one``` mid ```two``` end',
    ].join('\n');
    expect(plainText(mdx)).toBe('Handles the import of data and the export of bills. Kept a b Inputs first item twelfth first x y bold mid end');
    expect(plainText('import x')).toBe('');
    expect(plainText('a```x```b a<i>b')).toBe('a b a b');
  });

  it('gives each entry its names, summary and body text', () => {
    const t = table([...ENTRIES.slice(1, 3), ENTRIES[13]!]);
    t.entries[1]!.s = 'Takes orders.';
    t.entries[1]!.r!.push(['v25.5', '1.1.1.5', '']);
    const bodies = new Map([['1.1.1.5', '## Does\n\n[Billing](../billing/) next']]);
    expect(searchDocuments(t, bodies)).toEqual([
      { i: '1.1.1', t: 'Customer Relationship Management', n: 'CRM · &', s: '', b: '' },
      { i: '1.1.1.5', t: 'Order Handling', n: 'Order Capture · order handling · Customer Order Handling', s: 'Takes orders.', b: 'Does Billing next' },
      { i: 'billing', t: 'Billing', n: '', s: '', b: '' },
    ]);
  });

  it('shares the tokenizer and the weights with the browser', () => {
    const o = miniSearchOptions('en');
    expect(o.idField).toBe('i');
    expect(o.fields).toEqual(['i', 't', 'n', 's', 'b']);
    expect(o.storeFields).toEqual(['s']);
    expect(o.tokenize!('Order Handlings 1.1.1.5', 'b')).toEqual(['order', 'handling', '1.1.1.5']);
    expect(miniSearchOptions('it').tokenize!('ordini', 'b')).toEqual(['ordin']);
    expect(o.processTerm!('Keep', 'b')).toBe('Keep');
    const s = o.searchOptions!;
    expect(s.boost).toEqual({ i: 8, t: 5, n: 3, s: 2, b: 1 });
    expect(s.combineWith).toBe('AND');
    const prefix = s.prefix as (t: string) => boolean;
    expect([prefix('ab'), prefix('abc'), prefix('abcd')]).toEqual([false, true, true]);
    const fuzzy = s.fuzzy as (t: string) => number | false;
    expect([fuzzy('abcde'), fuzzy('abcdef'), fuzzy('billing'), fuzzy('v255ab'), fuzzy('12345678')]).toEqual([false, 0.15, 0.15, false, false]);
  });
});

describe('Pagefind ranking (online backend)', () => {
  it('weighs term similarity far above length and frequency, so "1.1.1.5" outranks the longer ids it prefixes', async () => {
    const { SEARCH_RANKING } = await import('../../src/model/site/search/pagefind.ts');
    // The settings astro.config.mjs and the browser's backend both pass to Pagefind.
    expect(SEARCH_RANKING).toEqual({ termSimilarity: 9, pageLength: 0.1, termFrequency: 0.1, termSaturation: 2 });
  });
});
