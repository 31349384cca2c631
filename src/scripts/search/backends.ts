/**
 * The two search backends behind one shape. Online: Pagefind's JS API (module, fetch, wasm), loaded on
 * first use. From disk (file:), where those are forbidden: MiniSearch and the locale's index, both
 * classic scripts injected on first use. Neither is loaded on page load.
 */
import type MiniSearchType from 'minisearch';
import { INDEX_GLOBAL, miniSearchOptions, type SearchDocument } from '../../model/site/search/documents.ts';
import { SEARCH_RANKING } from '../../model/site/search/pagefind.ts';
import { TABLE_GLOBAL, type SearchTable } from '../../model/site/search/table.ts';
import { entry, passes, type SearchFilters } from '../../model/site/search/rank.ts';

/** A piece of an excerpt; `mark` pieces are the query's words. Rendered as text nodes, never as HTML. */
export type Piece = { text: string; mark?: boolean };

export interface Backend {
  name: 'pagefind' | 'offline';
  /** Page ids matching the query, best first (every match, not a first page of them). */
  search(query: string, filters: SearchFilters): Promise<string[]>;
  /** Excerpts for the pages shown: their summaries with the query's words marked. */
  excerpts(ids: string[], words: string[]): Promise<Map<string, Piece[]>>;
  preload?(query: string): void;
}

const scripts = new Map<string, Promise<void>>();

/** A classic script, injected once: works from http and from file: alike. */
export function loadScript(src: string): Promise<void> {
  let p = scripts.get(src);
  if (!p) {
    p = new Promise<void>((resolve, reject) => {
      const s = document.createElement('script');
      s.src = src;
      s.onload = () => resolve();
      s.onerror = () => reject(new Error(`could not load ${src}`));
      document.head.append(s);
    });
    scripts.set(src, p);
  }
  return p;
}

export async function loadTable(src: string, locale: string): Promise<SearchTable> {
  await loadScript(src);
  const table = (self as unknown as Record<string, Record<string, SearchTable>>)[TABLE_GLOBAL]?.[locale];
  if (!table) throw new Error(`${src} did not define the ${locale} search table`);
  return table;
}

interface PagefindResult { id: string; data(): Promise<{ meta: Record<string, string | undefined> }> }
interface Pagefind {
  options(o: object): Promise<void>;
  init(): Promise<void>;
  search(q: string, o: object): Promise<{ results: PagefindResult[] }>;
  preload(q: string, o?: object): Promise<void>;
}

/** `table` is still loading: Pagefind's own downloads start alongside it. */
export async function pagefindBackend(src: string, tableLoading: Promise<SearchTable>): Promise<Backend> {
  const start = async () => {
    const pf = (await import(/* @vite-ignore */ src)) as Pagefind;
    // The main thread is fast enough for 450 pages, and no worker saves its 43 KB download.
    await pf.options({ ranking: SEARCH_RANKING, noWorker: true });
    await pf.init();
    return pf;
  };
  const [pf, table] = await Promise.all([start(), tableLoading]);
  // Results map to pages through the table (built after Pagefind ran): no fragment download to rank.
  const pageOf = table.pf ?? {};
  let last = new Map<string, PagefindResult>();
  const run = async (query: string, filters: Record<string, string>) => {
    const r = await pf.search(query, { filters });
    const found = new Map<string, PagefindResult>();
    // A result that is no process page (home, map, the all-processes list) is left out.
    for (const x of r.results) {
      const id = pageOf[x.id];
      if (id && entry(table, id) && !found.has(id)) found.set(id, x);
    }
    return found;
  };
  return {
    name: 'pagefind',
    preload: (query) => void pf.preload(query).catch(() => {}),
    async search(query, filters) {
      const f: Record<string, string> = {};
      if (filters.level !== undefined) f.level = String(filters.level);
      if (filters.area) f.area = filters.area;
      if (filters.kind) f.kind = filters.kind;
      last = await run(query, f);
      return [...last.keys()];
    },
    async excerpts(ids, words) {
      const out = new Map<string, Piece[]>();
      await Promise.all(ids.map(async (id) => {
        // A page the ranking added (an exact name the text does not contain): found by its own title.
        let hit = last.get(id);
        if (!hit) { const t = entry(table, id)?.t; if (t) hit = (await run(t, {})).get(id); }
        const summary = hit ? (await hit.data()).meta.summary : undefined;
        if (summary) out.set(id, markWords(summary, words));
      }));
      return out;
    },
  };
}

/** Marks the query's words in a plain excerpt (offline: the summary), case- and accent-insensitively. */
export function markWords(text: string, words: string[]): Piece[] {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
  const folded = fold(text);
  // Folding can change lengths (rare: ligatures); then show the text unmarked rather than misaligned.
  if (folded.length !== text.length || !words.length) return [{ text }];
  const spans: [number, number][] = [];
  for (const w of words) {
    if (!w) continue;
    // Words are stems ("fattur"): mark the whole word they start (in scripts with spaces between words).
    for (let i = folded.indexOf(w); i >= 0; i = folded.indexOf(w, i + w.length)) {
      let e = i + w.length;
      while (e < folded.length && /\p{Script=Latin}/u.test(folded[e]!)) e++;
      spans.push([i, e]);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const out: Piece[] = [];
  let at = 0;
  for (const [s, e] of spans) {
    if (s < at) continue;
    if (s > at) out.push({ text: text.slice(at, s) });
    out.push({ text: text.slice(s, e), mark: true });
    at = e;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

type MiniSearchCtor = typeof MiniSearchType;

/** The library, the index and the table (still loading) download in parallel: the index is data only. */
export async function offlineBackend(librarySrc: string, indexSrc: string, locale: string, tableLoading: Promise<SearchTable>): Promise<Backend> {
  const [, , table] = await Promise.all([loadScript(librarySrc), loadScript(indexSrc), tableLoading]);
  const MiniSearch = (self as unknown as { MiniSearch: MiniSearchCtor }).MiniSearch;
  const data = (self as unknown as Record<string, Record<string, object>>)[INDEX_GLOBAL]?.[locale];
  if (!MiniSearch || !data) throw new Error(`${indexSrc} did not define the ${locale} search index`);
  const ms = MiniSearch.loadJS<SearchDocument>(data as never, miniSearchOptions(locale));
  return {
    name: 'offline',
    async search(query, filters) {
      const filter = (r: { id: string }) => {
        const e = entry(table, r.id);
        return passes(e, filters);
      };
      let r = ms.search(query, { filter });
      // Every word must match, as in Pagefind; when no page has them all, any word will do.
      if (!r.length) r = ms.search(query, { filter, combineWith: 'OR' });
      return r.map((x) => String(x.id));
    },
    async excerpts(ids, words) {
      return new Map(ids.map((id) => [id, markWords(String(ms.getStoredFields(id)?.s ?? ''), words)]));
    },
  };
}
