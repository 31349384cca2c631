// The process tree over broken and well-formed hand-built input, and the bounded sidebar built from it,
// with the full expected structure.
import { describe, expect, it } from 'vitest';
import { ProcessTree, type TreeInput } from '../../src/model/site/tree.ts';
import { Atlas, type PageInput } from '../../src/model/site/atlas.ts';
import { buildSidebar, type SidebarEntry } from '../../src/model/site/sidebar.ts';
import { hasCurrent, sidebarHtml } from '../../src/model/site/sidebar-html.ts';
import { escapeHtml } from '../../src/model/site/html.ts';
import { processPath } from '../../src/model/content/ids.ts';

const inputs: TreeInput[] = [
  { id: '1.1', level: 0 },
  { id: 'billing', level: 1, parent: '1.1' },
  { id: '1.1.1', level: 1, parent: '1.1' },
  { id: '1.1.1.10', level: 2, parent: '1.1.1', verticals: ['billing'] },
  { id: '1.1.1.5', level: 2, parent: '1.1.1', verticals: ['fulfillment', 'billing'] },
  { id: '1.1.1.5.1', level: 3, parent: '1.1.1.5' },
  { id: '1.1.1.5.1', level: 3, parent: '1.1' },
  // Listed before its parent: it must inherit from the grouping above, not the parent's empty list.
  { id: '1.1.3.1.1', level: 3, parent: '1.1.3.1' },
  { id: '1.1.3.1', level: 2, parent: '1.1.3' },
  { id: '1.1.3', level: 1, parent: '1.1', verticals: ['x'] },
  { id: '1.1.3.2.1', level: 3, parent: '1.1.3.2' },
  { id: '1.1.3.2', level: 2, parent: '1.1.3', verticals: ['y'] },
  { id: '1.2', level: 0 },
  { id: '1.1.9', level: 1, parent: 'missing' },
  { id: '3.3', level: 1, parent: '3.3' },
  { id: '5.1', level: 1, parent: '5.2' },
  { id: '5.2', level: 1, parent: '5.1' },
  // Leads into the cycle without being part of it.
  { id: '5.3', level: 1, parent: '5.1' },
];

describe('ProcessTree', () => {
  it('keeps the first copy, makes orphans and self-parents roots, sorts children by id', () => {
    const t = new ProcessTree(inputs);
    expect(t.roots).toEqual(['1.1', '1.1.9', '1.2', '3.3']);
    expect(t.children('1.1')).toEqual(['1.1.1', '1.1.3', 'billing']);
    expect(t.children('1.1.1')).toEqual(['1.1.1.5', '1.1.1.10']);
    expect(t.children('3.3')).toEqual([]);
    expect(t.children('nowhere')).toEqual([]);
    expect(t.get('1.1.1.5.1')?.parent).toBe('1.1.1.5');
    expect(t.has('1.1.9')).toBe(true);
    expect(t.has('missing')).toBe(false);
  });

  it('walks ancestors and cycles without looping', () => {
    const t = new ProcessTree(inputs);
    expect(t.ancestors('1.1.1.5.1')).toEqual(['1.1', '1.1.1', '1.1.1.5']);
    expect(t.ancestors('1.1')).toEqual([]);
    expect(t.ancestors('1.1.9')).toEqual([]);
    expect(t.ancestors('3.3')).toEqual([]);
    expect(t.ancestors('5.1')).toEqual(['5.2']);
    expect(t.ancestors('5.3')).toEqual(['5.2', '5.1']);
    expect(t.ancestors('nowhere')).toEqual([]);
    expect(t.cycleFrom('5.1')).toEqual(['5.1', '5.2']);
    expect(t.cycleFrom('3.3')).toEqual(['3.3']);
    expect(t.cycleFrom('5.3')).toEqual(['5.1', '5.2']);
    expect(t.cycleFrom('1.1.1.5.1')).toBeUndefined();
    expect(t.cycleFrom('1.1.9')).toBeUndefined();
    expect(t.descendants('5.1')).toEqual(['5.2', '5.3']);
  });

  it('orders the whole tree depth first', () => {
    const t = new ProcessTree(inputs);
    expect(t.descendants('1.1')).toEqual(['1.1.1', '1.1.1.5', '1.1.1.5.1', '1.1.1.10', '1.1.3', '1.1.3.1', '1.1.3.1.1', '1.1.3.2', '1.1.3.2.1', 'billing']);
    expect(t.treeOrder()).toEqual(['1.1', '1.1.1', '1.1.1.5', '1.1.1.5.1', '1.1.1.10', '1.1.3', '1.1.3.1', '1.1.3.1.1', '1.1.3.2', '1.1.3.2.1', 'billing', '1.1.9', '1.2', '3.3']);
    expect(t.treeOrder()).toBe(t.treeOrder());
  });

  it('inherits verticals from the nearest ancestor that has them; lists Level 2 members in id order', () => {
    const t = new ProcessTree(inputs);
    expect(t.get('1.1.1.5.1')?.verticals).toEqual(['fulfillment', 'billing']);
    expect(t.get('1.1.3.1.1')?.verticals).toEqual(['x']);
    expect(t.get('1.1.3.1')?.verticals).toEqual(['x']);
    // The nearest ancestor's list, not the grouping's above it.
    expect(t.get('1.1.3.2.1')?.verticals).toEqual(['y']);
    expect(t.get('1.1.1')?.verticals).toEqual([]);
    expect(t.get('1.2')?.verticals).toEqual([]);
    expect(t.inVertical('billing')).toEqual(['1.1.1.5', '1.1.1.10']);
    expect(t.inVertical('x')).toEqual(['1.1.3.1']);
    expect(t.inVertical('none')).toEqual([]);
  });
});

const pages: PageInput[] = [
  { id: '1.1', level: 0, title: 'Operations', summary: 's' },
  { id: '1.1.1', level: 1, parent: '1.1', title: 'CRM', summary: 's' },
  { id: '1.1.1.5', level: 2, parent: '1.1.1', title: 'Order <Handling>', summary: 's', verticals: ['billing'] },
  { id: '1.1.1.5.1', level: 3, parent: '1.1.1.5', title: 'Step', summary: 's' },
  { id: '1.1.1.6', level: 2, parent: '1.1.1', title: 'Problems', summary: 's', verticals: ['billing'] },
  { id: '1.1.2', level: 1, parent: '1.1', title: 'SM&O', summary: 's' },
  { id: '1.1.2.1', level: 2, parent: '1.1.2', title: 'Service Config', summary: 's' },
  { id: 'billing', level: 1, parent: '1.1', title: 'Billing', summary: 's' },
  { id: 'fulfillment', level: 1, parent: '1.1', title: 'Fulfillment', summary: 's' },
  { id: '1.3', level: 0, title: 'Enterprise', summary: 's' },
];
const atlas = () => new Atlas(pages.map((page) => ({ locale: 'en', page })));
const L = (label: string, id: string, isCurrent = false, locale = 'en'): SidebarEntry => ({ type: 'link', label, href: processPath(locale, id), isCurrent, badge: undefined, attrs: {} });
const G = (label: string, entries: SidebarEntry[], collapsed: boolean): SidebarEntry => ({ type: 'group', label, entries, collapsed, badge: undefined });

describe('buildSidebar', () => {
  it('shows areas and Level 1 groupings only, all collapsed groups open, off any process', () => {
    expect(buildSidebar(atlas(), 'en', undefined)).toEqual([
      G('1.1 Operations', [L('Overview', '1.1'), L('1.1.1 CRM', '1.1.1'), L('1.1.2 SM&O', '1.1.2'), G('Vertical groupings', [L('Fulfillment', 'fulfillment'), L('Billing', 'billing')], true)], false),
      G('1.3 Enterprise', [L('Overview', '1.3')], false),
    ]);
  });

  it('opens the current branch down to the page and its children, and collapses other areas', () => {
    expect(buildSidebar(atlas(), 'en', '1.1.1.5')).toEqual([
      G('1.1 Operations', [
        L('Overview', '1.1'),
        G('1.1.1 CRM', [
          L('Overview', '1.1.1'),
          G('1.1.1.5 Order <Handling>', [L('Overview', '1.1.1.5', true), L('1.1.1.5.1 Step', '1.1.1.5.1')], false),
          L('1.1.1.6 Problems', '1.1.1.6'),
        ], false),
        L('1.1.2 SM&O', '1.1.2'),
        G('Vertical groupings', [L('Fulfillment', 'fulfillment'), L('Billing', 'billing')], true),
      ], false),
      G('1.3 Enterprise', [L('Overview', '1.3')], true),
    ]);
  });

  it('marks a current leaf, a current vertical (its group open) and a current area', () => {
    const step = buildSidebar(atlas(), 'en', '1.1.1.5.1');
    const crm = (step[0] as { entries: SidebarEntry[] }).entries[1] as { entries: SidebarEntry[] };
    expect(crm.entries[1]).toEqual(G('1.1.1.5 Order <Handling>', [L('Overview', '1.1.1.5'), L('1.1.1.5.1 Step', '1.1.1.5.1', true)], false));
    const vertical = buildSidebar(atlas(), 'en', 'billing');
    expect((vertical[0] as { entries: SidebarEntry[] }).entries[3]).toEqual(G('Vertical groupings', [L('Fulfillment', 'fulfillment'), L('Billing', 'billing', true)], false));
    expect(vertical[1]).toEqual(G('1.3 Enterprise', [L('Overview', '1.3')], true));
    expect(buildSidebar(atlas(), 'it', '1.3')).toEqual([
      G('1.1 Operations', [L('Panoramica', '1.1', false, 'it'), L('1.1.1 CRM', '1.1.1', false, 'it'), L('1.1.2 SM&O', '1.1.2', false, 'it'), G('Raggruppamenti verticali', [L('Fulfillment', 'fulfillment', false, 'it'), L('Billing', 'billing', false, 'it')], true)], true),
      G('1.3 Enterprise', [L('Panoramica', '1.3', true, 'it')], false),
    ]);
  });

  it('opens a process into its numbered children only, even with a vertical misplaced under it', () => {
    const a = new Atlas([
      { locale: 'en', page: { id: '1.1', level: 0, title: 'Operations', summary: 's' } },
      { locale: 'en', page: { id: '1.1.1', level: 1, parent: '1.1', title: 'CRM', summary: 's' } },
      { locale: 'en', page: { id: '1.1.1.5', level: 2, parent: '1.1.1', title: 'Orders', summary: 's' } },
      { locale: 'en', page: { id: 'billing', level: 1, parent: '1.1.1', title: 'Billing', summary: 's' } },
    ]);
    expect(buildSidebar(a, 'en', '1.1.1')).toEqual([
      G('1.1 Operations', [L('Overview', '1.1'), G('1.1.1 CRM', [L('Overview', '1.1.1', true), L('1.1.1.5 Orders', '1.1.1.5')], false)], false),
    ]);
  });

  it('renders as escaped HTML with the current branch open whatever its flag', () => {
    const html = sidebarHtml([G('A & B', [L('x "y"', '1.1', true)], true), G('C', [L('z', '1.3'), L('w', '1.3')], true), G('D', [], false)]);
    const href = escapeHtml(processPath('en', '1.1'));
    expect(html).toBe(
      `<ul class="atlas-sidebar"><li><details open><summary>A &amp; B</summary><ul><li><a href="${href}" aria-current="page">x &quot;y&quot;</a></li></ul></details></li>` +
        `<li><details><summary>C</summary><ul><li><a href="${escapeHtml(processPath('en', '1.3'))}">z</a></li><li><a href="${escapeHtml(processPath('en', '1.3'))}">w</a></li></ul></details></li>` +
        `<li><details open><summary>D</summary><ul></ul></details></li></ul>`,
    );
    expect(hasCurrent([G('g', [G('h', [L('a', '1.1', true)], true)], true)])).toBe(true);
    expect(hasCurrent([G('g', [L('a', '1.1')], true), L('b', '1.3')])).toBe(false);
    expect(hasCurrent([L('a', '1.1'), G('g', [L('b', '1.3'), L('c', '1.1', true)], true)])).toBe(true);
    expect(escapeHtml(`<a href='x'>&"`)).toBe('&lt;a href=&#39;x&#39;&gt;&amp;&quot;');
  });
});
