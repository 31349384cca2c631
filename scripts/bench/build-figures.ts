/** Figures read from one bench build: phase times from its log, HTML sizes from its dist/, our sidebar's size. */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { Atlas } from '../../src/model/site/atlas.ts';
import { buildSidebar, type SidebarEntry } from '../../src/model/site/sidebar.ts';

/** Log lines that open a phase of `astro build` (with Starlight and our integrations), in order. */
const MARKERS: [RegExp, string][] = [
  [/Syncing content/, 'content sync'],
  [/Synced content/, 'types, build setup'],
  [/Building \w+ entrypoints/, 'server bundling'],
  [/✓ built in/, 'client bundling'], // Vite reports each environment's bundle: server, then client
  [/✓ built in/, 'assets'],
  [/generating static routes/, 'render'],
  [/pagefind/i, 'Pagefind'],
  [/Finished building search index/, 'after-build hooks'], // ours: the search result maps
  [/page\(s\) built in/, 'finish'],
];

/** Seconds per phase: from the line opening it to the line opening the next one (or "Complete!"). */
export function buildPhases(lines: { t: number; text: string }[]): Map<string, number> {
  const text = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');
  // Ours checks the content first, in the same process, and says so before Astro starts.
  const checked = lines.find((l) => /\(checked in [\d.]+ s\)/.test(text(l.text)));
  const found: [number, string][] = checked ? [[0, 'content check (ours)'], [checked.t, 'startup, config']] : [[0, 'startup, config']];
  let from = 0;
  for (const [re, name] of MARKERS) {
    const i = lines.findIndex((l, k) => k >= from && re.test(text(l.text)));
    if (i < 0) continue;
    found.push([lines[i]!.t, name]);
    from = i + 1;
  }
  const end = lines.find((l) => /Complete!/.test(text(l.text)))?.t ?? lines.at(-1)?.t ?? 0;
  const out = new Map<string, number>();
  found.forEach(([t, name], i) => out.set(name, (found[i + 1]?.[0] ?? end) - t));
  return out;
}

/** Every HTML page of a build counted; process pages (ids like 1.1.1 or 1-1-1 under `prefix`) sized. */
export function htmlSizes(dist: string, prefix: string): { pages: number; median: number; max: number } {
  let pages = 0;
  const walk = (d: string) => { for (const e of fs.readdirSync(d, { withFileTypes: true })) e.isDirectory() ? walk(path.join(d, e.name)) : e.name.endsWith('.html') && pages++; };
  walk(dist);
  const root = path.join(dist, prefix);
  const sizes = fs.readdirSync(root).filter((n) => /^\d+([.-]\d+)+$/.test(n)).map((n) => fs.statSync(path.join(root, n, 'index.html')).size).sort((a, b) => a - b);
  return { pages, median: sizes[sizes.length >> 1] ?? 0, max: sizes.at(-1) ?? 0 };
}

const count = (es: SidebarEntry[]): number => es.reduce((n, e) => n + (e.type === 'link' ? 1 : count(e.entries)), 0);

/** Links in our sidebar on the median process page of this content (the Starlight peer gets as many). */
export function sidebarLinks(files: Iterable<[string, string]>): number {
  const pages = [];
  for (const [rel, text] of files) {
    const fm = /^---\n([\s\S]*?)\n---\n/.exec(text);
    if (!rel.startsWith('content/en/') || !fm) continue;
    pages.push({ locale: 'en', page: yaml.load(fm[1]!) as { id: string; level: number; title: string; summary: string; parent?: string } });
  }
  const atlas = new Atlas(pages);
  const counts = [...atlas.tree.nodes.keys()].map((id) => count(buildSidebar(atlas, 'en', id))).sort((a, b) => a - b);
  return counts[counts.length >> 1]!;
}
