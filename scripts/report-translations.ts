/**
 * `npm run i18n`: per locale, how many pages are translated and fresh, outdated, or missing, with each gap.
 * `npm run i18n -- --fix <files…>` re-stamps translations a translator has brought up to date
 * (with no files: every outdated translation — use with care).
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadSources } from '../src/model/content/load.ts';
import { translationStatus, restamp } from '../src/model/content/translations.ts';

const root = process.cwd();
const fix = process.argv.includes('--fix');
const files = new Set(process.argv.slice(2).filter((a) => !a.startsWith('--')).map((f) => path.relative(root, path.resolve(f)).split(path.sep).join('/')));
const status = translationStatus(loadSources(path.join(root, 'content'), root));

if (fix) {
  let n = 0;
  for (const st of status) {
    for (const o of st.outdated) {
      if (files.size && !files.has(o.path)) continue;
      fs.writeFileSync(o.path, restamp(fs.readFileSync(o.path, 'utf8'), o.current));
      console.log(`${o.path}: source ${o.stamped ?? '(none)'} → ${o.current}`);
      n++;
    }
  }
  console.log(`Re-stamped ${n} translation(s).`);
  process.exit(0);
}

console.log('locale  translated  outdated  untranslated  missing  (of ' + (status[0]?.total ?? 0) + ' English pages)');
for (const st of status) {
  const cols = [st.fresh.length + st.outdated.length, st.outdated.length, st.untranslated.length, st.missing.length];
  console.log(`${st.locale.padEnd(6)}  ${String(cols[0]).padStart(10)}  ${String(cols[1]).padStart(8)}  ${String(cols[2]).padStart(12)}  ${String(cols[3]).padStart(7)}`);
}
for (const st of status) {
  for (const o of st.outdated) console.log(`outdated      ${o.path}  (follows ${o.stamped ?? 'no version'}, English is now ${o.current})`);
  for (const u of st.untranslated) console.log(`untranslated  ${u.path}  (still mostly the English text)`);
  for (const id of st.missing) console.log(`missing       content/${st.locale}/${id}.mdx`);
}
