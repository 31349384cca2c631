import { describe, expect, it } from 'vitest';
import { buildSidebar, type SidebarEntry } from '../../src/model/site/sidebar.ts';
import { hierarchyDiagram, escapeLabel } from '../../src/model/drawing/mermaid.ts';
import { Atlas } from '../../src/model/site/atlas.ts';
import { atlas } from './real-content.ts';

function links(entries: SidebarEntry[]): { label: string; href: string; isCurrent: boolean }[] {
  return entries.flatMap((e) => (e.type === 'link' ? [e] : links(e.entries)));
}

describe('sidebar', () => {
  it('lists levels 0-2 and only the current branch at level 3', () => {
    const all = links(buildSidebar(atlas, 'en', '1.1.1.5.2'));
    const level3 = all.filter((l) => /^\/en\/\d+\.\d+\.\d+\.\d+\.\d+\/$/.test(l.href)).map((l) => l.href);
    expect(level3).toEqual(atlas.tree.children('1.1.1.5').map((c) => `/en/${c}/`));
    expect(all.filter((l) => l.isCurrent).map((l) => l.href)).toEqual(['/en/1.1.1.5.2/']);
    const level2 = [...atlas.tree.nodes.values()].filter((n) => n.level === 2).length;
    // Bounded by the upper levels, whatever the number of Level 3 pages.
    expect(all.length).toBeLessThan(level2 + 60);
  });
  it('uses the titles of the page language, falling back to English', () => {
    const a = new Atlas([
      { locale: 'en', page: { id: '1.1', level: 0, title: 'Operations', summary: 's' } },
      { locale: 'en', page: { id: '1.1.1', level: 1, parent: '1.1', title: 'Customer Relationship Management', summary: 's' } },
      { locale: 'it', page: { id: '1.1', level: 0, title: 'Operazioni', summary: 's' } },
    ]);
    const labels = links(buildSidebar(a, 'it', '1.1.1')).map((l) => l.label);
    expect(labels).toContain('1.1.1 Customer Relationship Management');
    const groups = buildSidebar(a, 'it', undefined);
    expect(groups[0]).toMatchObject({ type: 'group', label: '1.1 Operazioni' });
  });
});

describe('hierarchy diagram source', () => {
  it('chains the ancestors, highlights the process and lists its children with links', () => {
    const src = hierarchyDiagram(atlas, 'en', '1.1.1.5');
    const lines = src.split('\n');
    expect(lines[0]).toBe('flowchart LR');
    expect(lines).toContain('  n0["1.1<br/>Operations"]');
    expect(lines).toContain('  n2["1.1.1.5<br/>Order Handling"]');
    expect(lines).toContain('  n0 --> n1');
    expect(lines).toContain('  n1 --> n2');
    expect(lines.filter((l) => l.startsWith('  n2 --> '))).toHaveLength(atlas.tree.children('1.1.1.5').length);
    expect(lines).toContain('  click n2 href "/en/1.1.1.5/"');
    expect(lines.at(-1)).toBe('  class n2 current');
  });
  it('groups a vertical grouping\'s Level 2 processes by their Level 1 parent', () => {
    const src = hierarchyDiagram(atlas, 'it', 'billing');
    expect(src).toMatch(/subgraph g0\["1\.1\.1 /);
    expect(src).toContain('click n1 href "/it/billing/"');
    for (const id of atlas.tree.inVertical('billing')) expect(src).toContain(`href "/it/${id}/"`);
  });
  it('escapes every character Mermaid would read as syntax or HTML', () => {
    expect(escapeLabel('A & B / "C" <D> #1 `x` [y] (z) 订单')).toBe('A #38; B / #quot;C#quot; #lt;D#gt; #35;1 #96;x#96; [y] (z) 订单');
    // No % survives, so no title can open a %% comment or a %%{init}%% directive.
    expect(escapeLabel('50% %%{init: {}}%%')).toBe('50#37; #37;#37;{init: {}}#37;#37;');
  });
});
