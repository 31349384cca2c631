/** Page weight over the whole built site: process pages stay small because the sidebar is bounded (issue 20). */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { DIST } from './dist.ts';
import { atlas } from '../model/real-content.ts';
import { LOCALES } from '../../src/model/locales.ts';

const size = (l: string, id: string) => fs.statSync(path.join(DIST, l, id, 'index.html')).size;
const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]!; };
const sidebarOf = (html: string) => /<ul class="atlas-sidebar">[\s\S]*?<\/ul>(?=\s*<div class="md:sl-hidden")/.exec(html)?.[0];

describe('page size', () => {
  const ids = [...atlas.tree.nodes.keys()];

  it('process pages: median HTML at most 40 KB, none over 80 KB', () => {
    const sizes = LOCALES.flatMap((l) => ids.map((id) => size(l.code, id)));
    expect(sizes.length).toBe(LOCALES.length * ids.length);
    expect(median(sizes)).toBeLessThanOrEqual(40 * 1024);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(80 * 1024);
  });

  it('the sidebar is the bounded one on every process page: no SVG, a fraction of the page', () => {
    for (const l of LOCALES) for (const id of ids) {
      const html = fs.readFileSync(path.join(DIST, l.code, id, 'index.html'), 'utf8');
      const sidebar = sidebarOf(html);
      expect(sidebar, `${l.code}/${id}`).toBeDefined();
      expect(sidebar!).not.toContain('<svg');
      expect(sidebar!.match(/aria-current="page"/g), `${l.code}/${id}`).toHaveLength(1);
      // Level 0-1 plus one branch: a few hundred bytes per link, never the whole framework.
      expect(sidebar!.length, `${l.code}/${id}`).toBeLessThanOrEqual(12 * 1024);
    }
  });
});
