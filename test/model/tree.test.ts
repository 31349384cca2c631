import { describe, expect, it } from 'vitest';
import { ProcessTree } from '../../src/model/site/tree.ts';
import { compareIds, isNumericId } from '../../src/model/content/ids.ts';
import { VERTICALS } from '../../src/model/content/verticals.ts';
import { atlas, checked } from './real-content.ts';

describe('process tree (synthetic)', () => {
  const tree = new ProcessTree([
    { id: '1.1', level: 0 },
    { id: '1.1.1', level: 1, parent: '1.1' },
    { id: 'fulfillment', level: 1, parent: '1.1' },
    { id: '1.1.1.10', level: 2, parent: '1.1.1', verticals: ['billing'] },
    { id: '1.1.1.2', level: 2, parent: '1.1.1', verticals: ['fulfillment', 'assurance'] },
    { id: '1.1.1.2.1', level: 3, parent: '1.1.1.2' },
    { id: '1.1.1.1.15', level: 3, parent: '1.1.1.1' },
    { id: '1.1.1.1', level: 2, parent: '1.1.1', verticals: ['operations-support-readiness'] },
  ]);

  it('orders children numerically, verticals after numbered groupings', () => {
    expect(tree.children('1.1.1')).toEqual(['1.1.1.1', '1.1.1.2', '1.1.1.10']);
    expect(tree.children('1.1')).toEqual(['1.1.1', 'fulfillment']);
  });
  it('walks ancestors, descendants and tree order', () => {
    expect(tree.ancestors('1.1.1.2.1')).toEqual(['1.1', '1.1.1', '1.1.1.2']);
    expect(tree.descendants('1.1.1')).toEqual(['1.1.1.1', '1.1.1.1.15', '1.1.1.2', '1.1.1.2.1', '1.1.1.10']);
    expect(tree.treeOrder()).toEqual(['1.1', '1.1.1', '1.1.1.1', '1.1.1.1.15', '1.1.1.2', '1.1.1.2.1', '1.1.1.10', 'fulfillment']);
  });
  it('lets Level 3 inherit the verticals of its Level 2 parent', () => {
    expect(tree.get('1.1.1.2.1')!.verticals).toEqual(['fulfillment', 'assurance']);
    expect(tree.inVertical('fulfillment')).toEqual(['1.1.1.2']);
  });
  it('survives a cycle without looping', () => {
    const t = new ProcessTree([{ id: '1', level: 0, parent: '2' }, { id: '2', level: 1, parent: '1' }]);
    expect(t.ancestors('1')).toEqual(['2']);
    expect(t.cycleFrom('1')).toEqual(['1', '2']);
  });
  it('compares ids segment by segment', () => {
    expect(['1.1.1.11.5', '1.1.1.1.15', '1.1.1.2'].sort(compareIds)).toEqual(['1.1.1.1.15', '1.1.1.2', '1.1.1.11.5']);
  });
});

describe('the real content', () => {
  it('passes every check', () => {
    expect(checked.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line} ${d.code}`)).toEqual([]);
  });
  it('has the three areas as its roots', () => {
    expect(atlas.tree.roots).toEqual(['1.1', '1.2', '1.3']);
  });

  it('reads in the order previous/next follow: a page, then its children in id order, verticals last in the framework’s order', () => {
    const tree = atlas.tree;
    const order = tree.treeOrder();
    // 444 reference processes and 7 verticals, each once.
    expect(order).toHaveLength(451);
    expect(new Set(order).size).toBe(451);
    for (const [i, id] of order.entries()) {
      const parent = tree.get(id)!.parent;
      if (parent === undefined) continue;
      const siblings = tree.children(parent);
      const k = siblings.indexOf(id);
      // The first child follows its parent; a later one follows the previous sibling's last page.
      const before = order[i - 1]!;
      expect(k === 0 ? before === parent : before === siblings[k - 1] || tree.ancestors(before).includes(siblings[k - 1]!), `${before} → ${id}`).toBe(true);
    }
    for (const id of order) {
      const kids = tree.children(id);
      const numbered = kids.filter(isNumericId);
      expect(numbered, id).toEqual([...numbered].sort(compareIds));
      expect(kids, id).toEqual([...numbered, ...VERTICALS.filter((v) => v.area === id).map((v) => v.id)]);
    }
    // Each area is one run of pages, in id order.
    expect(order.map((id) => tree.ancestors(id)[0] ?? id).filter((a, i, all) => a !== all[i - 1])).toEqual(['1.1', '1.2', '1.3']);
  });
});
