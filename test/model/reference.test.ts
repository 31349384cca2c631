/** content/en/ against the reference facts in data/reference/: every id, name, level, parent and vertical. */
import { describe, expect, it } from 'vitest';
import { referenceProcesses, laterReleases } from '../../src/model/data/reference.ts';
import { VERTICAL_IDS, isVerticalId } from '../../src/model/content/verticals.ts';
import { atlas } from './real-content.ts';

const reference = referenceProcesses();
const slug = (name: string) => name.toLowerCase().replace(/&/g, ' ').replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '').replace(/^strategy-commit$/, 'strategy-commit');

describe('the reference data in the repository', () => {
  it('holds the 444 classic processes: 3 areas, 15 groupings, 97 Level 2, 329 Level 3', () => {
    const byLevel = [0, 1, 2, 3].map((l) => reference.filter((r) => r.level === l).length);
    expect(byLevel).toEqual([3, 15, 97, 329]);
    expect(new Set(reference.map((r) => r.id)).size).toBe(444);
  });

  it('has a later-release row for every process', () => {
    const later = laterReleases();
    expect([...later.keys()].sort()).toEqual(reference.map((r) => r.id).sort());
    expect(later.get('1.1.1.5')?.v21).toEqual({ id: '1.3.3', name: expect.any(String) });
  });
});

describe('content/en/ against the reference', () => {
  it('has exactly the reference processes plus the seven vertical groupings', () => {
    const ids = [...atlas.tree.nodes.keys()];
    expect(ids.filter((id) => !isVerticalId(id)).sort()).toEqual(reference.map((r) => r.id).sort());
    expect(ids.filter(isVerticalId).sort()).toEqual([...VERTICAL_IDS].sort());
  });

  it('gives every process its reference name, level, parent and verticals', () => {
    const wrong: string[] = [];
    for (const r of reference) {
      const node = atlas.tree.get(r.id);
      const title = atlas.translated('en', r.id)?.title;
      if (!node) { wrong.push(`${r.id}: missing`); continue; }
      if (title !== r.name) wrong.push(`${r.id}: title "${title}" ≠ "${r.name}"`);
      if (node.level !== r.level) wrong.push(`${r.id}: level ${node.level} ≠ ${r.level}`);
      if ((node.parent ?? '') !== (r.parent ?? '')) wrong.push(`${r.id}: parent ${node.parent} ≠ ${r.parent}`);
      if (r.level === 2 && r.verticals.length > 0) {
        const want = r.verticals.map(slug).sort();
        if (JSON.stringify([...node.verticals].sort()) !== JSON.stringify(want)) wrong.push(`${r.id}: verticals ${node.verticals} ≠ ${want}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
