/**
 * `npm run bench [-- --rounds=3 --scale=1,3 --loads=5 --quick --timeout=1200]`: our build of synthetic eTOM-shaped
 * content against a plain Starlight build and a bare Astro build of the same bodies, in interleaved rounds
 * (ours, Starlight, bare, ours, …; min and median), at 1× and 3× the size of the real tree. Prints per-page
 * build time and ratios, peak RSS, time per phase, process-page HTML size, then browser figures with the
 * CPU slowed 4×, then the figures of the real site in dist/ (diagrams, search) when it has been built.
 * Figures against budgets, not a pass/fail test: a shared machine makes timings noisy. `--quick` is one
 * round at 1×. Every build runs under a timeout and is killed once it outlives "Complete!" (child.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { syntheticContent } from '../test/bench/synthetic.ts';
import { scratchProject } from '../test/bench/scratch-project.ts';
import { launchBrowser, startPreview } from '../test/browser/harness.ts';
import { diagramRows } from './bench/diagrams.ts';
import { benchSearch } from './bench/search.ts';
import { offlineRows } from './bench/offline.ts';
import { runChild } from './bench/child.ts';
import { starlightPeer, bareAstroPeer } from './bench/peers.ts';
import { buildPhases, htmlSizes, sidebarLinks } from './bench/build-figures.ts';
import { medianFigures, type PageFigures } from './bench/browser.ts';

const repo = process.cwd();
const opt = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const quick = process.argv.includes('--quick');
const rounds = Number(opt('rounds') ?? (quick ? 1 : 3));
const scales = (opt('scale') ?? (quick ? '1' : '1,3')).split(',').map(Number);
const timeoutMs = Number(opt('timeout') ?? 1200) * 1000;
const loads = Number(opt('loads') ?? (quick ? 1 : 5));
const BASE = 450; // processes at 1×: about the real eTOM tree
const VARIANTS = ['ours', 'starlight', 'bare'] as const;
type Variant = (typeof VARIANTS)[number];
const astroBin = path.join(repo, 'node_modules/astro/bin/astro.mjs');

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2; };
const min = (xs: number[]) => Math.min(...xs);

interface Run { seconds: number; perPageMs: number; cpuPerPageMs: number; pages: number; peakRss: number; phases: Map<string, number>; htmlMedian: number; htmlMax: number; ending: string }
const runs = new Map<string, Run[]>(); // `${variant}@${scale}`
const dirs = new Map<string, string>();
const hung: string[] = [];

// Scratch folders go whatever happens, even when a build or the browser fails.
process.on('exit', () => { for (const d of dirs.values()) fs.rmSync(d, { recursive: true, force: true }); });
for (const scale of scales) {
  const files = syntheticContent(BASE * scale);
  dirs.set(`ours@${scale}`, scratchProject(`ours-${scale}x`, files));
  dirs.set(`bare@${scale}`, bareAstroPeer(`bare-${scale}x`, files));
  // The Starlight peer's sidebar has as many links as ours shows on a median process page.
  dirs.set(`starlight@${scale}`, starlightPeer(`starlight-${scale}x`, files, sidebarLinks(files)));
}

async function build(variant: Variant, scale: number): Promise<Run | undefined> {
  const dir = dirs.get(`${variant}@${scale}`)!;
  fs.rmSync(path.join(dir, 'dist'), { recursive: true, force: true });
  fs.rmSync(path.join(dir, 'node_modules/.astro'), { recursive: true, force: true }); // cold: no content cache
  // Ours as `npm run build` runs it: the content check, then Astro in the same process (its log kept for the phases).
  const args = variant === 'ours' ? [path.join(dir, 'scripts/build-site.ts'), '--log', 'info'] : [astroBin, 'build'];
  const r = await runChild(args, { cwd: dir, timeoutMs, done: /Complete!/ });
  if (r.ending !== 'exit') hung.push(`${variant} ${scale}× build: ${r.ending} (done after ${r.seconds.toFixed(1)} s, killed at ${r.exitSeconds.toFixed(1)} s)`);
  if (!r.ok) { console.log(`${variant} ${scale}×: build failed (${r.ending}, status ${r.status})\n${r.output.slice(-3000)}`); return undefined; }
  const sizes = htmlSizes(path.join(dir, 'dist'), 'en/');
  const perPage = (s: number) => (s / sizes.pages) * 1000;
  return { seconds: r.seconds, perPageMs: perPage(r.seconds), cpuPerPageMs: perPage(r.cpuSeconds), pages: sizes.pages, peakRss: r.peakRss, phases: buildPhases(r.lines), htmlMedian: sizes.median, htmlMax: sizes.max, ending: r.ending };
}

for (let round = 1; round <= rounds; round++) {
  for (const scale of scales) {
    for (const v of VARIANTS) {
      const r = await build(v, scale);
      if (!r) continue;
      runs.set(`${v}@${scale}`, [...(runs.get(`${v}@${scale}`) ?? []), r]);
      console.log(`round ${round}, ${scale}×, ${v.padEnd(9)}: ${r.pages} pages in ${r.seconds.toFixed(1)} s = ${r.perPageMs.toFixed(1)} ms/page (CPU ${r.cpuPerPageMs.toFixed(1)} ms/page), peak RSS ${(r.peakRss / 2 ** 30).toFixed(2)} GiB${r.ending === 'exit' ? '' : `, ${r.ending}`}`);
    }
  }
}

// The side-by-side table, min / median over the rounds.
const cell = (xs: number[], f: (n: number) => string) => (xs.length ? `${f(min(xs))} / ${f(median(xs))}` : 'n/a');
const ms = (n: number) => n.toFixed(1);
const gib = (n: number) => (n / 2 ** 30).toFixed(2);
const line = (label: string, cells: string[]) => console.log(label.padEnd(34) + cells.map((c) => c.padStart(19)).join(''));
for (const scale of scales) {
  const got = (v: Variant) => runs.get(`${v}@${scale}`) ?? [];
  console.log(`\n${scale}× (${got('ours')[0]?.pages ?? '?'} pages ours), min / median over ${rounds} round(s)`);
  line('', [...VARIANTS, 'ours / Starlight']);
  const ratio = (f: (r: Run) => number) => { const a = got('ours').map(f), b = got('starlight').map(f); return a.length && b.length ? `${(min(a) / min(b)).toFixed(2)} / ${(median(a) / median(b)).toFixed(2)}` : 'n/a'; };
  line('build time per page (ms)', [...VARIANTS.map((v) => cell(got(v).map((r) => r.perPageMs), ms)), ratio((r) => r.perPageMs)]);
  line('CPU time per page (ms)', [...VARIANTS.map((v) => cell(got(v).map((r) => r.cpuPerPageMs), ms)), ratio((r) => r.cpuPerPageMs)]);
  line('peak RSS (GiB)', [...VARIANTS.map((v) => cell(got(v).map((r) => r.peakRss), gib)), ratio((r) => r.peakRss)]);
  line('HTML, median page (KB)', [...VARIANTS.map((v) => cell(got(v).map((r) => r.htmlMedian), (n) => (n / 1024).toFixed(1))), ratio((r) => r.htmlMedian)]);
  line('HTML, largest page (KB)', VARIANTS.map((v) => cell(got(v).map((r) => r.htmlMax), (n) => (n / 1024).toFixed(1))));
  const phaseNames = [...new Set(VARIANTS.flatMap((v) => got(v).flatMap((r) => [...r.phases.keys()])))];
  for (const p of phaseNames) line(`  ${p} (s)`, VARIANTS.map((v) => cell(got(v).map((r) => r.phases.get(p)).filter((x): x is number => x !== undefined), (n) => n.toFixed(2))));
}

const row = (name: string, value: string, budget: string, ok: boolean) => console.log(`${name.padEnd(52)} ${value.padStart(12)}   budget ${budget.padEnd(10)} ${ok ? 'ok' : 'OVER'}`);
console.log('');
const med = (v: Variant, s: number, f: (r: Run) => number) => median((runs.get(`${v}@${s}`) ?? []).map(f));
const s1 = scales[0]!;
if (runs.get(`ours@${s1}`)?.length) {
  row(`process page HTML, median (${s1}×)`, kb(med('ours', s1, (r) => r.htmlMedian)), '40 KB', med('ours', s1, (r) => r.htmlMedian) <= 40 * 1024);
  if (runs.get(`starlight@${s1}`)?.length) {
    const t = med('ours', s1, (r) => r.perPageMs) / med('starlight', s1, (r) => r.perPageMs);
    const m = med('ours', s1, (r) => r.peakRss) / med('starlight', s1, (r) => r.peakRss);
    const c = med('ours', s1, (r) => r.cpuPerPageMs) / med('starlight', s1, (r) => r.cpuPerPageMs);
    row('build time per page vs Starlight (median)', `${t.toFixed(2)}×`, '1.1×', t <= 1.1);
    row('CPU time per page vs Starlight (median)', `${c.toFixed(2)}×`, '1.1×', c <= 1.1);
    row('peak RSS vs Starlight (median)', `${m.toFixed(2)}×`, '1.2×', m <= 1.2);
  }
}
for (const s of scales.slice(1)) {
  if (!runs.get(`ours@${s}`)?.length || !runs.get(`ours@${s1}`)?.length) continue;
  const t = med('ours', s, (r) => r.perPageMs) / med('ours', s1, (r) => r.perPageMs);
  const h = med('ours', s, (r) => r.htmlMedian) / med('ours', s1, (r) => r.htmlMedian);
  row(`build time per page, ${s}× vs ${s1}× (median)`, `${t.toFixed(2)}×`, '1.1×', t <= 1.1);
  row(`process page HTML median, ${s}× vs ${s1}×`, `${h.toFixed(2)}×`, '1.1×', h <= 1.1);
}
for (const h of hung) console.log(`HUNG OR KILLED: ${h}`);

// In the browser, CPU slowed 4×: our Level 2 page, map and home next to Starlight's page of the same body.
if (runs.get(`ours@${s1}`)?.length && runs.get(`starlight@${s1}`)?.length) {
  const ours = await startPreview(path.join(dirs.get(`ours@${s1}`)!, 'dist'));
  const peer = await startPreview(path.join(dirs.get(`starlight@${s1}`)!, 'dist'));
  const browser = await launchBrowser();
  try {
    const pages: [string, string][] = [['ours: Level 2 page', `${ours.url}/en/1.1.1.1/`], ['ours: map', `${ours.url}/en/map/`], ['ours: home', `${ours.url}/en/`], ['Starlight: the same page', `${peer.url}/en/1-1-1-1/`], ["Starlight: home", `${peer.url}/en/`]];
    const figs: [string, PageFigures][] = [];
    for (const [name, url] of pages) figs.push([name, await medianFigures(browser, url, loads)]);
    console.log(`\nbrowser, CPU 4× slower, median of ${loads} load(s)   requests   HTML raw/gz     CSS raw/gz      JS raw/gz    FCP ms  long tasks ms (total/longest)`);
    const b = (x: { raw: number; gzip: number }) => `${(x.raw / 1024).toFixed(1)}/${(x.gzip / 1024).toFixed(1)}`.padStart(14);
    for (const [name, f] of figs) console.log(`${name.padEnd(34)}${String(f.requests).padStart(6)}  ${b(f.bytes.html)}  ${b(f.bytes.css)}  ${b(f.bytes.js)}  ${f.fcp.toFixed(0).padStart(7)}  ${f.longTotal.toFixed(0).padStart(6)} / ${f.longest.toFixed(0)}`);
    const sl = figs[3]![1];
    const l2 = figs[0]![1];
    for (const [name, f] of figs.slice(0, 3)) row(`${name}: requests vs Starlight's page`, `${f.requests} / ${sl.requests}`, '1.2×', f.requests <= 1.2 * sl.requests);
    for (const [name, f] of figs.slice(0, 3)) row(`${name}: JS before interaction (gzip)`, kb(f.bytes.js.gzip), '40 KB', f.bytes.js.gzip <= 40 * 1024);
    for (const [name, f] of figs) if (f.longestEach && f.longestEach.length > 1) console.log(`${name}: longest task of each load ${f.longestEach.map((x) => x.toFixed(0)).join(', ')} ms`);
    row('ours: Level 2 page, longest task (median load)', `${l2.longest.toFixed(0)} ms`, '50 ms', l2.longest <= 50);
  } finally {
    await browser.close();
    await ours.stop();
    await peer.stop();
  }
}

// The real site, when built: diagram and page figures, then search per language and backend.
const realDist = path.join(repo, 'dist');
const realLevel2 = path.join(realDist, 'en', '1.1.1.18', 'index.html'); // the Level 2 page with the most children
if (fs.existsSync(realDist)) {
  console.log('');
  for (const r of diagramRows(realDist, repo)) row(...r);
  if (fs.existsSync(realLevel2)) row('real Level 2 page 1.1.1.18 (uncompressed)', kb(fs.statSync(realLevel2).size), '80 KB', fs.statSync(realLevel2).size <= 80 * 1024);
}
if (fs.existsSync(path.join(realDist, 'search'))) await benchSearch(realDist); else console.log('\nsearch: no dist/ — run `npm run build` first for the search figures');
// The offline edition's budgets (scripts/bench/offline.ts), from file:// on dist-offline/.
if (fs.existsSync(path.join(repo, 'dist-offline.zip'))) for (const r of await offlineRows(path.join(repo, 'dist-offline'), path.join(repo, 'dist-offline.zip'))) row(...r);
else console.log('\noffline: no dist-offline.zip — run `npm run build:offline` first for the offline figures');
