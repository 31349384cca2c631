/** The offline edition's search files (contract with `npm run build:offline`), from the built dist/. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import MiniSearch from 'minisearch';
import { writeOfflineSearch, type OfflineSearchFile } from '../../scripts/offline/search-index.ts';
import { INDEX_GLOBAL, miniSearchOptions } from '../../src/model/site/search/documents.ts';
import { documentsPath, offlineIndexPath } from '../../src/model/site/search/table.ts';
import { LOCALE_CODES } from '../../src/model/locales.ts';

let out: string;
let files: OfflineSearchFile[];
beforeAll(async () => {
  // A copy as the offline step makes it: dist/search/ first, then the index written into the copy.
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'etom-offline-'));
  fs.cpSync('dist/search', path.join(out, 'search'), { recursive: true });
  files = await writeOfflineSearch('dist', out);
});
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

describe('writeOfflineSearch', () => {
  it('writes one index per language within 250 KB gzip, and drops the page texts from the copy', () => {
    for (const locale of LOCALE_CODES) {
      const f = files.find((x) => x.locale === locale)!;
      expect(f.file).toBe(offlineIndexPath(locale));
      expect(f.gzip, `${locale} index gzip`).toBeLessThanOrEqual(250 * 1024);
      expect(fs.existsSync(path.join(out, documentsPath(locale)))).toBe(false);
      expect(fs.existsSync(path.join('dist', documentsPath(locale)))).toBe(true);
    }
    expect(fs.existsSync(path.join(out, 'search/minisearch.js'))).toBe(true);
  });

  it('writes classic scripts: no module syntax, fetch, worker or wasm, and each defines its index', () => {
    // MiniSearch's UMD build registers a global, as a classic script must.
    expect(fs.readFileSync(path.join(out, 'search/minisearch.js'), 'utf8')).toMatch(/global\.MiniSearch = factory\(\)/);
    for (const f of files.filter((x) => x.locale)) {
      const text = fs.readFileSync(path.join(out, f.file), 'utf8');
      expect(text).not.toMatch(/^\s*(import|export)\s/m);
      expect(text).not.toMatch(/\bfetch\(|new Worker|WebAssembly/);
    }
    for (const locale of LOCALE_CODES) {
      const self: Record<string, Record<string, object>> = {};
      new Function('self', fs.readFileSync(path.join(out, offlineIndexPath(locale)), 'utf8'))(self);
      const ms = MiniSearch.loadJS(self[INDEX_GLOBAL]![locale] as never, miniSearchOptions(locale));
      expect(ms.documentCount).toBeGreaterThanOrEqual(451);
      expect(ms.search(locale === 'zh' ? '订单' : locale === 'it' ? 'ordine' : 'order').length).toBeGreaterThan(20);
    }
  });
});
