/**
 * Search figures per language, on the real site in dist/ (`npm run build` first), through the same search
 * function the search box calls (window.etomSearch), with each backend: Pagefind (online) and MiniSearch
 * (the offline edition's, its index written to a scratch folder and served in place of the copy's files).
 * Prints rates over the whole corpus, the natural-query hit rate and the agreement of the two editions'
 * top three, bytes a first query downloads, the offline index size, readiness and median query times.
 * Figures, not a pass/fail test: timings on a shared machine are noisy.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser, startPreview } from '../../test/browser/harness.ts';
import { writeOfflineSearch } from '../offline/search-index.ts';
import { NATURAL_QUERIES } from './search-queries.ts';
import { LOCALE_CODES } from '../../src/model/locales.ts';

/** Queries timed after the first one: a mix of words, an id and a name. */
export const TIMED_QUERIES: Record<string, string[]> = {
  en: ['order', 'trouble ticket', 'billing', '1.1.1.5', 'settlement', 'workforce', 'fraud', 'service quality'],
  it: ['ordine', 'guasto', 'fatturazione', '1.1.1.5', 'regolamento', 'personale', 'frode', 'qualità del servizio'],
  zh: ['订单', '故障单', '计费', '1.1.1.5', '结算', '人员', '欺诈', '业务质量'],
};

export interface SearchBenchRow {
  locale: string;
  backend: 'pagefind' | 'offline';
  idTop1: number;
  titleTop1: number;
  titleTop3: number;
  naturalTop3: number;
  /** First query: bytes of every response it caused, as sent uncompressed and as a compressing host sends them. */
  firstBytes: number;
  firstBytesGzip: number;
  /** Offline: time from focusing the box to the index being ready. */
  readyMs: number;
  medianMs: number;
  top3: string[][];
}

const COMPRESSIBLE = /\.(js|json|css|html)(\?|$)/;

interface Proc { id: string; locales: Record<string, { title: string } | null> }

/** The median time of the timed queries of a locale, in the page's own search (either backend). */
export async function medianQueryMs(page: Page, locale: string): Promise<number> {
  const times = (await page.evaluate(`(async () => {
    const out = [];
    for (const q of ${JSON.stringify(TIMED_QUERIES[locale])}) {
      const t = performance.now();
      await window.etomSearch.search(q, {}, 10);
      out.push(performance.now() - t);
    }
    return out;
  })()`)) as number[];
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

async function ids(page: Page, query: string, limit = 3): Promise<string[]> {
  return page.evaluate(`window.etomSearch.search(${JSON.stringify(query)}, {}, ${limit}).then((o) => o.results.map((r) => r.id))`) as Promise<string[]>;
}

async function measure(ctx: BrowserContext, base: string, locale: string, backend: 'pagefind' | 'offline', procs: Proc[]): Promise<SearchBenchRow> {
  const page = await ctx.newPage();
  await page.goto(`${base}/${locale}/`, { waitUntil: 'networkidle' });
  await page.waitForFunction('window.etomSearch');
  await page.evaluate(`window.etomSearch.use(${JSON.stringify(backend)})`);
  let raw = 0;
  let gzip = 0;
  const counting = async (res: { url(): string; body(): Promise<Buffer> }) => {
    const body = await res.body().catch(() => Buffer.alloc(0));
    raw += body.length;
    gzip += COMPRESSIBLE.test(res.url()) ? zlib.gzipSync(body).length : body.length;
  };
  page.on('response', counting);
  const t0 = Date.now();
  await page.locator('[data-search-open]').click();
  await page.evaluate('window.etomSearch.ready()');
  const readyMs = Date.now() - t0;
  await ids(page, TIMED_QUERIES[locale]![0]!, 10);
  await page.waitForLoadState('networkidle');
  page.off('response', counting);
  const medianMs = await medianQueryMs(page, locale);
  const numeric = procs.filter((p) => /^\d/.test(p.id));
  let idTop1 = 0;
  for (const p of numeric) if ((await ids(page, p.id, 1))[0] === p.id) idTop1++;
  let t1 = 0;
  let t3 = 0;
  const titled = procs.filter((p) => p.locales[locale]);
  for (const p of titled) {
    const got = await ids(page, p.locales[locale]!.title);
    if (got[0] === p.id) t1++;
    if (got.includes(p.id)) t3++;
  }
  const top3: string[][] = [];
  let natural = 0;
  for (const nq of NATURAL_QUERIES[locale]!) {
    const got = await ids(page, nq.q);
    top3.push(got);
    if (got.includes(nq.expect)) natural++;
  }
  await page.close();
  return {
    locale, backend, idTop1: idTop1 / numeric.length, titleTop1: t1 / titled.length, titleTop3: t3 / titled.length,
    naturalTop3: natural / NATURAL_QUERIES[locale]!.length, firstBytes: raw, firstBytesGzip: gzip, readyMs,
    medianMs, top3,
  };
}

export async function benchSearch(dist = 'dist'): Promise<SearchBenchRow[]> {
  const procs: Proc[] = JSON.parse(fs.readFileSync(path.join(dist, 'processes.json'), 'utf8')).processes;
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'etom-search-bench-'));
  const files = await writeOfflineSearch(dist, scratch);
  const server = await startPreview(dist);
  const browser = await launchBrowser();
  const ctx = await browser.newContext();
  // The offline edition's search files, served where its pages expect them.
  await ctx.route('**/search/**', (route) => {
    const rel = new URL(route.request().url()).pathname.replace(/^.*?\/search\//, 'search/');
    const file = path.join(scratch, rel);
    return fs.existsSync(file) ? route.fulfill({ path: file, contentType: 'text/javascript' }) : route.continue();
  });
  const rows: SearchBenchRow[] = [];
  try {
    for (const locale of LOCALE_CODES) for (const backend of ['pagefind', 'offline'] as const) rows.push(await measure(ctx, server.url, locale, backend, procs));
  } finally {
    await browser.close();
    await server.stop();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  const pct = (n: number) => `${(n * 100).toFixed(1)} %`;
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log('\nsearch   backend    id top-1  title top-1  title top-3  natural top-3  first query (raw / gzip)   ready    median');
  for (const r of rows) {
    console.log(`${r.locale.padEnd(8)} ${r.backend.padEnd(9)} ${pct(r.idTop1).padStart(9)} ${pct(r.titleTop1).padStart(12)} ${pct(r.titleTop3).padStart(12)} ${pct(r.naturalTop3).padStart(14)}   ${`${kb(r.firstBytes)} / ${kb(r.firstBytesGzip)}`.padStart(22)} ${`${r.readyMs} ms`.padStart(9)} ${`${r.medianMs.toFixed(1)} ms`.padStart(9)}`);
  }
  for (const locale of LOCALE_CODES) {
    const [on, off] = [rows.find((r) => r.locale === locale && r.backend === 'pagefind')!, rows.find((r) => r.locale === locale && r.backend === 'offline')!];
    const same = on.top3.filter((t, i) => t.join() === off.top3[i]!.join()).length;
    const overlap = on.top3.reduce((n, t, i) => n + t.filter((x) => off.top3[i]!.includes(x)).length / Math.max(1, Math.max(t.length, off.top3[i]!.length)), 0);
    const index = files.find((f) => f.locale === locale)!;
    console.log(`${locale}: offline index ${kb(index.bytes)} (${kb(index.gzip)} gzip, budget 250 KB); natural queries: identical top three online and offline ${same}/${on.top3.length}, mean overlap ${pct(overlap / on.top3.length)}`);
  }
  const lib = files.find((f) => f.locale === '')!;
  console.log(`MiniSearch library (offline only): ${kb(lib.bytes)} (${kb(lib.gzip)} gzip)`);
  return rows;
}

// `node scripts/bench/search.ts`: the search figures alone.
if (import.meta.main) await benchSearch();
