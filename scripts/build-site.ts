/**
 * `npm run build`: the content check (the report `npm run check` prints; any error stops here, before
 * Astro is even loaded), then Astro's build with warnings and errors only, then a short summary — pages
 * per locale and the time it took — instead of a line per route. The check runs in this process, so the
 * collection loader's pass over the same files reuses its verdicts (checkFile is memoised): each file is
 * checked once per build, with one Node start-up.
 * `--out <dir>`, `--base <path>` and `--site <url>` build a variant elsewhere (the tests build the site
 * under a sub-path this way, as GitHub Pages serves a project site); they set what the environment
 * variables OUT, BASE_PATH and SITE_URL otherwise set. `--log info` keeps Astro's own log (the bench
 * reads its phases from it).
 */
import fs from 'node:fs';
import path from 'node:path';

const arg = (name: string) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined; };
process.env.ASTRO_TELEMETRY_DISABLED = '1';
if (arg('--base')) process.env.BASE_PATH = arg('--base');
if (arg('--site')) process.env.SITE_URL = arg('--site');
// Imported after the environment is set: the configuration module reads it once, when first loaded.
const { loadSources } = await import('../src/model/content/load.ts');
const { checkSources } = await import('../src/model/checks/check.ts');
const { formatText, summarize } = await import('../src/model/checks/diagnostics.ts');
const tc = performance.now();
const sources = loadSources(path.resolve('content'), process.cwd());
const { diagnostics } = checkSources(sources);
for (const d of diagnostics) console.log(formatText(d));
if (diagnostics.length) console.log('');
console.log(`${summarize(diagnostics, sources.length)} (checked in ${((performance.now() - tc) / 1000).toFixed(2)} s)`);
if (diagnostics.some((d) => d.severity === 'error')) process.exit(1);

const { build } = await import('astro');
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
