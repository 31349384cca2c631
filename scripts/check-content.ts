/**
 * `npm run check [-- files…] [--changed] [--fix]`: validates content/ and prints each problem as
 * `path:line:col CODE message` with a fix hint, then one line per file with problems and a total.
 * Exits 1 on any error. Given files (or `--changed`: what differs from the main branch), it still reads
 * the whole tree (a parent or an original may live elsewhere) but reports only on those files, their
 * children and their translations. `--fix` repairs what is mechanical (see src/model/checks/fix.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadSources } from '../src/model/content/load.ts';
import { checkSources } from '../src/model/checks/check.ts';
import { formatGithub, formatText, summarize, type Diagnostic } from '../src/model/checks/diagnostics.ts';
import { planFixes } from '../src/model/checks/fix.ts';
import { editedWithOriginal, touchedBy } from '../src/model/checks/select.ts';
import { baseCommit, contentChanges, type Changes } from './lib/git-changes.ts';

const root = process.cwd();
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const fix = process.argv.includes('--fix');
const rel = (f: string) => path.relative(root, path.resolve(f)).split(path.sep).join('/');

let changes: Changes | undefined;
if (process.argv.includes('--changed')) {
  const base = baseCommit();
  changes = contentChanges(base);
  console.log(`Changed against ${base.slice(0, 12)}: ${changes.files.size} content file(s).`);
}
const edited = changes ? new Set([...changes.files].filter((f) => fs.existsSync(f))) : new Set(args.map(rel));
// A translation edited together with its English page follows the new text: no stale-stamp warning, and --fix stamps it.
const sameChange = changes ? editedWithOriginal(edited) : new Set<string>();

const load = () => loadSources(path.join(root, 'content'), root);
let sources = load();
const missing = changes ? [] : [...edited].filter((f) => !sources.some((s) => s.path === f));
for (const f of missing) console.error(`${f}: no such content file (expected content/<locale>/<id>.mdx)`);

let result = checkSources(sources, { sameChange });
if (fix) {
  // Writes first, renames last: a write names the file by its current path.
  const restamp = new Set([...edited, ...sameChange]);
  const fixes = planFixes(result.pages, sources, restamp, result.flows).filter((f) => !edited.size || edited.has(f.kind === 'rename' ? f.from : f.path));
  for (const f of fixes.sort((a, b) => (a.kind === 'write' ? 0 : 1) - (b.kind === 'write' ? 0 : 1))) {
    if (f.kind === 'write') fs.writeFileSync(path.join(root, f.path), f.text);
    else fs.renameSync(path.join(root, f.from), path.join(root, f.to));
    console.log(`fixed ${f.kind === 'write' ? f.path : f.from}: ${f.note}`);
  }
  if (fixes.length) {
    for (const f of fixes) if (f.kind === 'rename' && edited.delete(f.from)) edited.add(f.to);
    sources = load();
    result = checkSources(sources, { sameChange });
  }
}

const selective = edited.size > 0 || changes !== undefined;
const touched = touchedBy(result.pages, edited);
const shown = selective ? result.diagnostics.filter((d) => touched.has(d.file)) : result.diagnostics;
for (const d of shown) console.log(formatText(d));

if (process.env.GITHUB_ACTIONS === 'true') {
  // On a pull request, annotate only the lines it touches (a problem elsewhere still fails the check, in the log).
  const onChangedLine = (d: Diagnostic) => {
    const lines = changes?.lines.get(d.file);
    return !changes || lines === 'all' || (lines !== undefined && lines.has(d.line));
  };
  for (const d of shown.filter(onChangedLine)) console.log(formatGithub(d));
}
if (shown.length) console.log('');
console.log(summarize(shown, selective ? touched.size : sources.length));
process.exit(shown.some((d) => d.severity === 'error') || missing.length ? 1 : 0);
