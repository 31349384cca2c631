/**
 * `npm run check [-- files…]`: validates content/ and prints each problem as `path:line:col CODE message`
 * with a fix hint, then counts by code. Exits 1 on any error. Given files, it still reads the whole
 * tree (a parent or an original may live elsewhere) but reports only on those files.
 * `--fix` repairs what is mechanical (see src/model/fix.ts) and says what it changed.
 */
import path from 'node:path';
import { loadSources } from '../src/model/content/load.ts';
import { checkSources } from '../src/model/checks/check.ts';
import { formatGithub, formatText, summarize } from '../src/model/checks/diagnostics.ts';
import { planFixes } from '../src/model/checks/fix.ts';
import fs from 'node:fs';

const root = process.cwd();
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const only = new Set(args.map((f) => path.relative(root, path.resolve(f)).split(path.sep).join('/')));

const sources = loadSources(path.join(root, 'content'), root);
const missing = [...only].filter((f) => !sources.some((s) => s.path === f));
for (const f of missing) console.error(`${f}: no such content file (expected content/<locale>/<id>.mdx)`);

let result = checkSources(sources);
if (process.argv.includes('--fix')) {
  // Writes first, renames last: a write names the file by its current path.
  const fixes = planFixes(result.pages, sources, only).filter((f) => !only.size || only.has(f.kind === 'rename' ? f.from : f.path));
  for (const f of fixes.sort((a, b) => (a.kind === 'write' ? 0 : 1) - (b.kind === 'write' ? 0 : 1))) {
    if (f.kind === 'write') fs.writeFileSync(path.join(root, f.path), f.text);
    else fs.renameSync(path.join(root, f.from), path.join(root, f.to));
    console.log(`fixed ${f.kind === 'write' ? f.path : f.from}: ${f.note}`);
  }
  console.log(`Applied ${fixes.length} fix(es).\n`);
  if (fixes.length) {
    const fresh = loadSources(path.join(root, 'content'), root);
    sources.splice(0, sources.length, ...fresh);
    for (const f of fixes) if (f.kind === 'rename' && only.delete(f.from)) only.add(f.to);
    result = checkSources(sources);
  }
}
// "What they touch": the given files, plus their children and translations (a changed id or level breaks those).
const touched = new Set(only);
if (only.size) {
  const ids = new Set(result.pages.filter((p) => only.has(p.file.path)).map((p) => p.fm.id));
  for (const p of result.pages) if (ids.has(p.fm.id) || (p.fm.parent && ids.has(p.fm.parent))) touched.add(p.file.path);
}
const shown = only.size ? result.diagnostics.filter((d) => touched.has(d.file)) : result.diagnostics;
for (const d of shown) console.log(formatText(d));
if (process.env.GITHUB_ACTIONS === 'true') for (const d of shown) console.log(formatGithub(d));
const checked = only.size ? touched.size : sources.length;
console.log(`\nChecked ${checked} file(s). ${summarize(shown)}`);
process.exit(shown.some((d) => d.severity === 'error') || missing.length ? 1 : 0);
