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

// Search, per language, on the real site in dist/ (built by `npm run build`): index size on disk, bytes a
// first query downloads, and the median time of a fixed query set after that first query.
const QUERIES: Record<string, string[]> = {
  en: ['order', 'trouble ticket', 'billing', '1.1.1.5', 'settlement', 'workforce', 'fraud', 'service quality'],
  it: ['ordine', 'guasto', 'fatturazione', '1.1.1.5', 'regolamento', 'personale', 'frode', 'qualità del servizio'],
  'zh-cn': ['订单', '故障单', '计费', '1.1.1.5', '结算', '人员', '欺诈', '业务质量'],
};
const realDist = path.join(repo, 'dist');
const realLevel2 = path.join(realDist, 'en', '1.1.1.18', 'index.html'); // the Level 2 page with the most children
for (const r of diagramRows(realDist, repo)) row(...r);
if (fs.existsSync(realLevel2)) row('real Level 2 page 1.1.1.18 (uncompressed)', kb(fs.statSync(realLevel2).size), '80 KB', fs.statSync(realLevel2).size <= 80 * 1024);
if (!fs.existsSync(path.join(realDist, 'pagefind', 'pagefind-entry.json'))) {
  console.log('\nsearch: no dist/ with a search index — run `npm run build` first for the search figures');
} else {
  const entry = JSON.parse(fs.readFileSync(path.join(realDist, 'pagefind', 'pagefind-entry.json'), 'utf8'));
  const files = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
  const all = files(path.join(realDist, 'pagefind'));
  const srv = await startPreview(realDist);
  const br = await launchBrowser();
  console.log('\nlanguage   pages   index on disk   first query downloads   median query (ms)');
  for (const lang of Object.keys(entry.languages)) {
    const size = all.filter((f) => path.basename(f).startsWith(`${lang}_`) || path.basename(f).includes(`.${lang}_`)).reduce((n, f) => n + fs.statSync(f).size, 0);
    const locale = lang === 'zh-cn' ? 'zh' : lang;
    const pg = await br.newPage();
    await pg.goto(`${srv.url}/${locale}/`, { waitUntil: 'networkidle' });
    let bytes = 0;
    pg.on('response', async (res) => { if (res.url().includes('/pagefind/')) bytes += (await res.body().catch(() => Buffer.alloc(0))).length; });
    await pg.evaluate(`(async () => {
      const pf = await import('/pagefind/pagefind.js');
      await pf.init();
      const r = await pf.search(${JSON.stringify(QUERIES[lang]![0])});
      await Promise.all(r.results.slice(0, 5).map((x) => x.data()));
    })()`);
    await pg.waitForLoadState('networkidle');
    const firstQueryBytes = bytes;
    // The module is cached, so this second script reuses the loaded index: it times queries, not start-up.
    const times: number[] = await pg.evaluate(`(async () => {
      const pf = await import('/pagefind/pagefind.js');
      const times = [];
      for (const q of ${JSON.stringify(QUERIES[lang])}) {
        const t0 = performance.now();
        const r = await pf.search(q);
        await Promise.all(r.results.slice(0, 5).map((x) => x.data()));
        times.push(performance.now() - t0);
      }
      return times;
    })()`);
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;
    console.log(`${lang.padEnd(9)} ${String(entry.languages[lang].page_count).padStart(6)}   ${kb(size).padStart(13)}   ${kb(firstQueryBytes).padStart(21)}   ${median.toFixed(1).padStart(17)}`);
    await pg.close();
  }
  await br.close();
  await srv.stop();
}
