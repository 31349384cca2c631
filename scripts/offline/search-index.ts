/**
 * Search from disk (contract with `npm run build:offline`): writes, into the offline copy, MiniSearch as a
 * classic script and one index script per language, built from the page texts the normal build left in
 * dist/search/documents-<locale>.json (which the copy does not ship). The browser loads them on first
 * use of the search box with <script> tags, the one way that works from file:.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import MiniSearch from 'minisearch';
import { LOCALE_CODES } from '../../src/model/locales.ts';
import { INDEX_GLOBAL, miniSearchOptions, type SearchDocument } from '../../src/model/site/search/documents.ts';
import { documentsPath, offlineIndexPath } from '../../src/model/site/search/table.ts';

export interface OfflineSearchFile {
  locale: string;
  file: string;
  bytes: number;
  gzip: number;
}

/** The index of one locale, as MiniSearch holds it after loading (also used by tests and the bench in Node). */
export function buildIndex(documents: SearchDocument[], locale: string): MiniSearch<SearchDocument> {
  const ms = new MiniSearch<SearchDocument>(miniSearchOptions(locale));
  ms.addAll(documents);
  return ms;
}

export function readDocuments(distDir: string, locale: string): SearchDocument[] {
  const file = path.join(distDir, documentsPath(locale));
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` before the offline step`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as SearchDocument[];
}

const LIBRARY = 'search/minisearch.js';

export async function writeOfflineSearch(distDir: string, outDir: string): Promise<OfflineSearchFile[]> {
  const written: OfflineSearchFile[] = [];
  const write = (locale: string, rel: string, text: string) => {
    const file = path.join(outDir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    written.push({ locale, file: rel, bytes: Buffer.byteLength(text), gzip: zlib.gzipSync(text).length });
  };
  // MiniSearch's own UMD build defines `self.MiniSearch`: the library as published, unchanged.
  const umd = path.join(path.dirname(createRequire(import.meta.url).resolve('minisearch')), '..', 'umd', 'index.js');
  write('', LIBRARY, fs.readFileSync(umd, 'utf8'));
  for (const locale of LOCALE_CODES) {
    const json = JSON.stringify(buildIndex(readDocuments(distDir, locale), locale));
    // A JSON string parsed with JSON.parse loads faster than the same data as a JavaScript literal.
    const literal = JSON.stringify(json).replace(/</g, '\\u003c');
    write(locale, offlineIndexPath(locale), `(self.${INDEX_GLOBAL}=self.${INDEX_GLOBAL}||{})[${JSON.stringify(locale)}]=JSON.parse(${literal});\n`);
    // The texts were only the index's input.
    if (path.resolve(outDir) !== path.resolve(distDir)) fs.rmSync(path.join(outDir, documentsPath(locale)), { force: true });
  }
  return written;
}
