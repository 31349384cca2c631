/**
 * `npm run check [-- files…]`: validates content/ and prints each problem as `path:line:col CODE message`
 * with a fix hint, then counts by code. Exits 1 on any error. Given files, it still reads the whole
 * tree (a parent or an original may live elsewhere) but reports only on those files.
 */
import path from 'node:path';
import { loadSources } from '../src/model/load.ts';
import { checkSources } from '../src/model/check.ts';
import { formatGithub, formatText, summarize } from '../src/model/diagnostics.ts';

const root = process.cwd();
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const only = new Set(args.map((f) => path.relative(root, path.resolve(f)).split(path.sep).join('/')));

const sources = loadSources(path.join(root, 'content'), root);
const missing = [...only].filter((f) => !sources.some((s) => s.path === f));
for (const f of missing) console.error(`${f}: no such content file (expected content/<locale>/<id>.mdx)`);

const result = checkSources(sources);
const shown = only.size ? result.diagnostics.filter((d) => only.has(d.file)) : result.diagnostics;
for (const d of shown) console.log(formatText(d));
if (process.env.GITHUB_ACTIONS === 'true') for (const d of shown) console.log(formatGithub(d));
const checked = only.size ? only.size : sources.length;
console.log(`\nChecked ${checked} file(s). ${summarize(shown)}`);
process.exit(shown.some((d) => d.severity === 'error') || missing.length ? 1 : 0);
