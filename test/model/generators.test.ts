import { describe, expect, it } from 'vitest';
import { buildSidebar, type SidebarEntry } from '../../src/model/site/sidebar.ts';
import { sidebarHtml } from '../../src/model/site/sidebar-html.ts';
import { hierarchyDiagram, escapeLabel } from '../../src/model/drawing/mermaid.ts';
import { Atlas } from '../../src/model/site/atlas.ts';
import { atlas } from './real-content.ts';

function links(entries: SidebarEntry[]): { label: string; href: string; isCurrent: boolean }[] {
  return entries.flatMap((e) => (e.type === 'link' ? [e] : links(e.entries)));
}

/** Every process id the sidebar links to, and whether each group is open in the rendered HTML. */
const idOf = (href: string) => /^\/\w+\/([^/]+)\/$/.exec(href)![1]!;

describe('sidebar', () => {
  const processes = [...atlas.tree.nodes.values()];
  const upper = processes.filter((n) => n.level <= 1).length;
  // The biggest branch any page can show: the widest sibling list at each level below 1, plus children.
  const widest = Math.max(...processes.map((n) => n.children.length));

  it('on every page: every area and Level 1 grouping, the ancestors with their siblings, the own children, one current link', () => {
    for (const n of processes) {
      const all = links(buildSidebar(atlas, 'en', n.id));
      const ids = new Set(all.map((l) => idOf(l.href)));
      for (const u of processes.filter((p) => p.level <= 1)) expect(ids.has(u.id), `${n.id}: ${u.id}`).toBe(true);
      const ancestors = atlas.tree.ancestors(n.id);
      for (const x of [...ancestors, n.id]) {
        const parent = atlas.tree.get(x)!.parent;
        for (const sib of parent ? atlas.tree.children(parent) : []) expect(ids.has(sib), `${n.id}: sibling ${sib} of ${x}`).toBe(true);
      }
      for (const c of atlas.tree.children(n.id)) expect(ids.has(c), `${n.id}: child ${c}`).toBe(true);
      expect(all.filter((l) => l.isCurrent).map((l) => idOf(l.href)), n.id).toEqual([n.id]);
      // Nothing from other branches: a linked process below Level 1 hangs under the page's branch.
      const branch = new Set([...ancestors, n.id]);
      for (const id of ids) {
        const node = atlas.tree.get(id)!;
        if (node.level >= 2) expect(branch.has(node.parent!), `${n.id}: ${id} is off the branch`).toBe(true);
      }
      // Bounded by the upper levels and the branch, whatever the size of the framework.
      expect(ids.size, n.id).toBeLessThanOrEqual(upper + widest * (ancestors.length + 1));
    }
  });

  it('renders the current page marked and its whole branch open, other areas closed, with escaped labels', () => {
    for (const n of processes.filter((p) => p.level >= 2)) {
      const html = sidebarHtml(buildSidebar(atlas, 'en', n.id));
      expect(html.match(/aria-current="page"/g), n.id).toHaveLength(1);
      expect(html).toContain(`<a href="/en/${n.id}/" aria-current="page">`);
      const open = [...html.matchAll(/<details( open)?><summary>([^<]*)<\/summary>/g)].filter((m) => m[1]).map((m) => m[2]!.split(' ')[0]);
      for (const a of atlas.tree.ancestors(n.id)) expect(open, `${n.id}: ${a} open`).toContain(a);
      for (const r of atlas.tree.roots.filter((r) => r !== atlas.tree.ancestors(n.id)[0])) expect(open, `${n.id}: ${r} closed`).not.toContain(r);
      expect(html).not.toContain('<svg');
    }
    const hostile = sidebarHtml([{ type: 'link', label: '<img src=x onerror=alert(1)>', href: '/en/"x"/', isCurrent: false, badge: undefined, attrs: {} }]);
    expect(hostile).not.toContain('<img');
    expect(hostile).toContain('&lt;img');
    expect(hostile).toContain('href="/en/&quot;x&quot;/"');
  });

  it('pages that are not processes get every area open and no current link', () => {
    const all = buildSidebar(atlas, 'en', undefined);
    expect(all.every((g) => g.type === 'group' && !g.collapsed)).toBe(true);
    expect(links(all).some((l) => l.isCurrent)).toBe(false);
    expect(links(all).length).toBeLessThanOrEqual(upper + all.length);
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
