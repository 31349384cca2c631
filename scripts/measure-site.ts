/**
 * `npm run bench [-- --scale 1,3]`: builds synthetic content at 1× and 3× the size in a scratch copy of
 * the project and prints figures against the budgets: a Level 2 page's HTML size, JavaScript
 * transferred before and for the diagram (gzip), and build time per page (must stay linear).
 * Figures, not a pass/fail test: a shared machine makes timings noisy.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { syntheticContent } from '../test/bench/synthetic.ts';
import { buildScratch, scratchProject } from '../test/bench/scratch-project.ts';
import { launchBrowser, startPreview } from '../test/browser/harness.ts';
import { diagramRows } from './bench/diagrams.ts';
import { benchSearch } from './bench/search.ts';
import { offlineRows } from './bench/offline.ts';

const repo = process.cwd();
const scaleArg = process.argv.find((a) => a.startsWith('--scale='))?.slice(8) ?? '1,3';
const scales = scaleArg.split(',').map(Number);
const BASE = 450; // processes at 1×: about the real eTOM tree

const gz = (file: string) => zlib.gzipSync(fs.readFileSync(file)).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const results: { scale: number; pages: number; seconds: number; perPage: number }[] = [];
let measuredDir: string | undefined;

for (const scale of scales) {
  const dir = scratchProject(`${scale}x`, syntheticContent(BASE * scale));
  const { seconds, stdout } = buildScratch(dir);
  const pages = Number(/(\d+) page\(s\) built/.exec(stdout)?.[1] ?? 0);
  results.push({ scale, pages, seconds, perPage: seconds / pages });
  console.log(`${scale}×: ${pages} pages built in ${seconds.toFixed(1)} s = ${((seconds / pages) * 1000).toFixed(1)} ms/page`);
  if (!measuredDir) measuredDir = dir;
  else fs.rmSync(dir, { recursive: true, force: true });
}

// Page weight and JavaScript, measured on the first build in a real browser.
const dist = path.join(measuredDir!, 'dist');
const level2 = path.join(dist, 'en', '1.1.1.1', 'index.html');
const htmlBytes = fs.statSync(level2).size;
const server = await startPreview(dist);
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const js = new Set<string>();
page.on('request', (req) => { if (req.resourceType() === 'script') js.add(new URL(req.url()).pathname); });
await page.goto(`${server.url}/en/1.1.1.1/`, { waitUntil: 'networkidle' });
const before = [...js];
await page.locator('.diagram').scrollIntoViewIfNeeded();
await page.waitForSelector('.diagram svg', { timeout: 30_000 });
await page.waitForLoadState('networkidle');
const diagram = [...js].filter((p) => !before.includes(p));
const sum = (list: string[]) => list.reduce((n, p) => n + gz(path.join(dist, p)), 0);
await browser.close();
await server.stop();

const jsBefore = sum(before);
const jsDiagram = sum(diagram);
const ratio = results.length > 1 ? results.at(-1)!.perPage / results[0]!.perPage : NaN;
const row = (name: string, value: string, budget: string, ok: boolean) => console.log(`${name.padEnd(46)} ${value.padStart(12)}   budget ${budget.padEnd(10)} ${ok ? 'ok' : 'OVER'}`);
console.log('');
row('Level 2 page HTML (uncompressed)', kb(htmlBytes), '80 KB', htmlBytes <= 80 * 1024);
row(`JS before the diagram is in view (${before.length} files, gzip)`, kb(jsBefore), '60 KB', jsBefore <= 60 * 1024);
row(`diagram JS, loaded lazily (${diagram.length} files, gzip)`, kb(jsDiagram), '300 KB', jsDiagram <= 300 * 1024);
if (results.length > 1) row(`build time per page, ${results.at(-1)!.scale}× vs ${results[0]!.scale}×`, `${ratio.toFixed(2)}×`, '1.2×', ratio <= 1.2);
fs.rmSync(measuredDir!, { recursive: true, force: true });

const realDist = path.join(repo, 'dist');
const realLevel2 = path.join(realDist, 'en', '1.1.1.18', 'index.html'); // the Level 2 page with the most children
for (const r of diagramRows(realDist, repo)) row(...r);
if (fs.existsSync(realLevel2)) row('real Level 2 page 1.1.1.18 (uncompressed)', kb(fs.statSync(realLevel2).size), '80 KB', fs.statSync(realLevel2).size <= 80 * 1024);
// Search figures per language and backend (scripts/bench/search.ts), on the real site in dist/.
if (fs.existsSync(path.join(realDist, 'search'))) await benchSearch(realDist); else console.log('\nsearch: no dist/ — run `npm run build` first for the search figures');
// The offline edition's budgets (scripts/bench/offline.ts), from file:// on dist-offline/.
if (fs.existsSync(path.join(repo, 'dist-offline.zip'))) for (const r of await offlineRows(path.join(repo, 'dist-offline'), path.join(repo, 'dist-offline.zip'))) row(...r);
else console.log('\noffline: no dist-offline.zip — run `npm run build:offline` first for the offline figures');
