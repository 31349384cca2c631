import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { ProcessTree } from '../../src/model/tree.ts';
import { compareIds } from '../../src/model/ids.ts';
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
  const reference = fs.existsSync('../shared/reference/etom-processes.csv')
    ? fs.readFileSync('../shared/reference/etom-processes.csv', 'utf8').trim().split('\n').slice(1)
    : [];

  it('passes every check', () => {
    expect(checked.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line} ${d.code}`)).toEqual([]);
  });
  it('has three areas and every process of the reference with its level and parent', () => {
    expect(atlas.tree.roots).toEqual(['1.1', '1.2', '1.3']);
    expect(reference.length).toBeGreaterThan(400);
    for (const row of reference) {
      const [id, , level, parent] = [...row.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) => m[1]!.replace(/^"|"$/g, ''));
      const node = atlas.tree.get(id!);
      expect(node, id).toBeDefined();
      expect(node!.level, id).toBe(Number(level));
      expect(node!.parent ?? '', id).toBe(parent);
    }
  });
  it('puts every Level 2 process of Operations and SIP in at least one vertical', () => {
    const l2 = [...atlas.tree.nodes.values()].filter((n) => n.level === 2 && !n.id.startsWith('1.3.'));
    expect(l2.length).toBeGreaterThan(50);
    for (const n of l2) expect(n.verticals.length, n.id).toBeGreaterThan(0);
  });
});
