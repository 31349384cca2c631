/**
 * `npm run new -- <id> "<title>"`: creates content/en/<id>.mdx with level, parent and file name derived from the id.
 * `npm run new -- --translate <id> <locale>`: creates content/<locale>/<id>.mdx from the English page, stamped.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadSources } from '../src/model/content/load.ts';
import { checkSources } from '../src/model/checks/check.ts';
import { Atlas } from '../src/model/site/atlas.ts';
import { newProcessPage, translationPage } from '../src/model/content/scaffold.ts';
import { isLocale, TRANSLATED_LOCALES } from '../src/model/locales.ts';

const root = process.cwd();
const args = process.argv.slice(2);
function fail(msg: string): never {
  console.error(`npm run new: ${msg}`);
  process.exit(1);
}
function create(file: string, text: string) {
  if (fs.existsSync(file)) fail(`${file} exists already`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  console.log(`Created ${file}. Edit it, then run: npm run check -- ${file}`);
}

if (args[0] === '--translate') {
  const [, id, locale] = args;
  if (!id || !locale) fail('usage: npm run new -- --translate <id> <locale>');
  if (!isLocale(locale) || !TRANSLATED_LOCALES.includes(locale)) fail(`locale must be one of ${TRANSLATED_LOCALES.join(', ')}`);
  const en = path.join('content', 'en', `${id}.mdx`);
  if (!fs.existsSync(en)) fail(`no English page ${en} to translate`);
  create(path.join('content', locale, `${id}.mdx`), translationPage(fs.readFileSync(en, 'utf8')));
} else {
  const [id, title] = args;
  if (!id || title === undefined) fail('usage: npm run new -- <id> "<title>"');
  const { pages } = checkSources(loadSources(path.join(root, 'content'), root));
  const atlas = new Atlas(pages.map((p) => ({ locale: p.file.locale, page: p.fm })));
  try {
    create(path.join('content', 'en', `${id}.mdx`), newProcessPage(atlas, id, title));
  } catch (e) {
    fail((e as Error).message);
  }
}
