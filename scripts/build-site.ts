/**
 * `npm run build`: the content check (the report `npm run check` prints; any error stops here, before
 * Astro builds anything), then Astro's build with warnings and errors only, then a short summary — pages
 * per locale and the time it took — instead of a line per route. The check runs in a worker thread while
 * Astro loads, and hands its verdicts back, so the collection loader's pass over the same files reuses them
 * (checkFile is memoised): each file is checked once per build, with one Node start-up.
 * `--out <dir>`, `--base <path>` and `--site <url>` build a variant elsewhere (the tests build the site
 * under a sub-path this way, as GitHub Pages serves a project site); they set what the environment
 * variables OUT, BASE_PATH and SITE_URL otherwise set. `--log info` keeps Astro's own log (the bench
 * reads its phases from it).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Verdict } from '../src/model/checks/verdicts.ts';

const arg = (name: string) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined; };
process.env.ASTRO_TELEMETRY_DISABLED = '1';
if (arg('--base')) process.env.BASE_PATH = arg('--base');
if (arg('--site')) process.env.SITE_URL = arg('--site');
// The check runs in a worker while this thread loads Astro (two cores, two jobs); Astro builds nothing
// until the check has passed. The worker inherits the environment set above. This thread loads none of
// the checker: only the verdicts' map, to hand the worker's verdicts to the collection loader.
const { Worker } = await import('node:worker_threads');
type Report = { lines: string[]; failed: boolean; verdicts: [string, Verdict][] };
const checked = new Promise<Report>((resolve, reject) => {
  const worker = new Worker(new URL('./lib/check-worker.ts', import.meta.url), { workerData: { root: process.cwd() } });
  worker.once('message', resolve);
  worker.once('error', reject);
  worker.once('exit', (code) => reject(new Error(`the content check stopped (exit code ${code}) before reporting`)));
});
const astro = import('astro');
const { importVerdicts } = await import('../src/model/checks/verdicts.ts');
const report = await checked;
for (const line of report.lines) console.log(line);
if (report.failed) process.exit(1);
importVerdicts(report.verdicts);

const { build } = await astro;
const { LOCALE_CODES } = await import('../src/model/locales.ts');
const { BASE_PATH, SITE_URL } = await import('../src/model/config.ts');

const outDir = path.resolve(arg('--out') ?? 'dist');
const t0 = performance.now();
await build({ root: process.cwd(), logLevel: arg('--log') === 'info' ? 'info' : 'warn', outDir });
const seconds = (performance.now() - t0) / 1000;

const count = (dir: string): number => (fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? count(path.join(dir, e.name)) : e.name.endsWith('.html') ? 1 : 0), 0) : 0);
const perLocale = LOCALE_CODES.map((l) => `${l} ${count(path.join(outDir, l))}`);
console.log(`Built ${count(outDir)} pages (${perLocale.join(', ')}) in ${seconds.toFixed(0)} s into ${path.relative(process.cwd(), outDir) || '.'}/` +
  ` — base path ${BASE_PATH}${SITE_URL ? `, site ${SITE_URL}` : ', no SITE_URL (no canonical links or sitemap)'}.`);
