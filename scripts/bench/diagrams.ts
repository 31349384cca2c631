/**
 * Bench figures for the hierarchy diagrams (issue 13), as rows for measure-site.ts: SVG bytes per page
 * over the real dist/ (median and largest, raw and gzip), and the time the model takes to draw every
 * diagram of every locale in a fresh process (the first pass, as in a build) and once warm.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { loadSources } from '../../src/model/content/load.ts';
import { checkSources } from '../../src/model/checks/check.ts';
import { Atlas } from '../../src/model/site/atlas.ts';
import { hierarchySvg } from '../../src/model/drawing/hierarchy-svg.ts';
import { LOCALE_CODES } from '../../src/model/locales.ts';

/** name, value, budget, within budget — the shape of measure-site.ts's `row`. */
export type BenchRow = [name: string, value: string, budget: string, ok: boolean];

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const SVG = /<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="dg"[\s\S]*?<\/svg>/;

function pages(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? pages(p) : e.name === 'index.html' ? [p] : [];
  });
}

export function diagramRows(dist: string, repo = process.cwd()): BenchRow[] {
  const rows: BenchRow[] = [];
  const atlas = new Atlas(checkSources(loadSources(path.join(repo, 'content'), repo)).pages.map((p) => ({ locale: p.file.locale, page: p.fm })));
  const all = LOCALE_CODES.flatMap((l) => [...atlas.tree.nodes.keys()].map((id) => [l, id] as const));
  // CPU time as well as wall time: on a shared machine the wall clock mostly measures the neighbours.
  const draw = () => {
    const [t0, c0] = [performance.now(), process.cpuUsage()];
    for (const [l, id] of all) hierarchySvg(atlas, l, id);
    const c = process.cpuUsage(c0);
    return { wall: performance.now() - t0, cpu: (c.user + c.system) / 1000 };
  };
  const ms = (t: { wall: number; cpu: number }) => `${t.cpu.toFixed(0)} ms CPU, ${t.wall.toFixed(0)} ms wall`;
  const cold = draw();
  const warm = draw();
  rows.push([`drawing all ${all.length} diagrams (first pass)`, ms(cold), '1000 ms', cold.cpu <= 1000]);
  rows.push(['drawing them again (warm)', ms(warm), '-', true]);

  if (!fs.existsSync(dist)) return rows;
  const found = LOCALE_CODES.flatMap((l) => (fs.existsSync(path.join(dist, l)) ? pages(path.join(dist, l)) : []))
    .map((f) => ({ f, svg: SVG.exec(fs.readFileSync(f, 'utf8'))?.[0] }))
    .filter((x): x is { f: string; svg: string } => x.svg !== undefined)
    .map(({ f, svg }) => ({ page: path.relative(dist, path.dirname(f)), raw: Buffer.byteLength(svg), gz: zlib.gzipSync(svg).length }))
    .sort((a, b) => a.raw - b.raw);
  if (found.length === 0) return rows;
  const median = found[Math.floor(found.length / 2)]!;
  const max = found.at(-1)!;
  rows.push([`diagram SVG per page, median (${found.length} pages)`, `${kb(median.raw)} (${kb(median.gz)} gz)`, '4 KB', median.raw <= 4 * 1024]);
  rows.push([`diagram SVG, largest (${max.page})`, `${kb(max.raw)} (${kb(max.gz)} gz)`, '20 KB', max.raw <= 20 * 1024]);
  return rows;
}
