/**
 * The two search backends behind one shape. Online: Pagefind's JS API (module, fetch, wasm), loaded on
 * first use. From disk (file:), where those are forbidden: MiniSearch and the locale's index, both
 * classic scripts injected on first use. Neither is loaded on page load.
 */
import type MiniSearchType from 'minisearch';
import { INDEX_GLOBAL, miniSearchOptions, type SearchDocument } from '../../model/site/search/documents.ts';
import { SEARCH_RANKING } from '../../model/site/search/pagefind.ts';
import { TABLE_GLOBAL, type SearchTable } from '../../model/site/search/table.ts';
import { entry, type SearchFilters } from '../../model/site/search/rank.ts';

/** A piece of an excerpt; `mark` pieces are the query's words. Rendered as text nodes, never as HTML. */
export type Piece = { text: string; mark?: boolean };

export interface BackendHit {
  id: string;
  excerpt: Piece[];
  /** For a page outside the process tree (the table does not know it). */
  title?: string;
  url?: string;
}

export interface BackendAnswer {
  hits: BackendHit[];
  total: number;
}

export interface Backend {
  name: 'pagefind' | 'offline';
  /** `words`: the query's words, to mark in excerpts. */
  search(query: string, filters: SearchFilters, words: string[]): Promise<BackendAnswer>;
  /** An excerpt for a page the ranking added that the backend did not return among its first hits. */
  excerptFor?(id: string, words: string[]): Piece[];
}

/** Pages whose backend data (ids, excerpts) is loaded per query: the ranking reorders within them. */
export const LOADED_PER_QUERY = 10;

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

/** The page id in a result URL: its last path segment ("/en/1.1.1.5/" → "1.1.1.5"). */
export const idFromUrl = (url: string) => decodeURIComponent(url.replace(/[?#].*$/, '').replace(/\/(index\.html)?$/, '').split('/').pop() ?? '');

interface PagefindData { url: string; meta: Record<string, string | undefined> }
interface Pagefind {
  options(o: object): Promise<void>;
  init(): Promise<void>;
  search(q: string, o: object): Promise<{ results: { data(): Promise<PagefindData> }[] }>;
}

export async function pagefindBackend(src: string): Promise<Backend> {
  const pf = (await import(/* @vite-ignore */ src)) as Pagefind;
  // The main thread is fast enough for 450 pages, and no worker saves its 43 KB download.
  await pf.options({ ranking: SEARCH_RANKING, noWorker: true });
  await pf.init();
  return {
    name: 'pagefind',
    async search(query, filters, words) {
      const f: Record<string, string> = {};
      if (filters.level !== undefined) f.level = String(filters.level);
      if (filters.area) f.area = filters.area;
      const r = await pf.search(query, { filters: f });
      const data = await Promise.all(r.results.slice(0, LOADED_PER_QUERY).map((x) => x.data()));
      // The excerpt is the page's summary (as offline), not Pagefind's cut of the text.
      const hits = data.map((d) => ({ id: idFromUrl(d.url), excerpt: markWords(d.meta.summary ?? '', words), title: d.meta.title ?? '', url: d.url }));
      return { hits, total: r.results.length };
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
    for (let i = folded.indexOf(w); i >= 0; i = folded.indexOf(w, i + w.length)) spans.push([i, i + w.length]);
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

export async function offlineBackend(librarySrc: string, indexSrc: string, locale: string, table: SearchTable): Promise<Backend> {
  await loadScript(librarySrc);
  await loadScript(indexSrc);
  const MiniSearch = (self as unknown as { MiniSearch: MiniSearchCtor }).MiniSearch;
  const data = (self as unknown as Record<string, Record<string, object>>)[INDEX_GLOBAL]?.[locale];
  if (!MiniSearch || !data) throw new Error(`${indexSrc} did not define the ${locale} search index`);
  const ms = MiniSearch.loadJS<SearchDocument>(data as never, miniSearchOptions(locale));
  return {
    name: 'offline',
    async search(query, filters, w) {
      const filter = (r: { id: string }) => {
        const e = entry(table, r.id);
        return !!e && (filters.level === undefined || e.l === filters.level) && (filters.area === undefined || e.a === filters.area);
      };
      let r = ms.search(query, { filter });
      // Every word must match, as in Pagefind; when none does together, any word will do.
      if (!r.length) r = ms.search(query, { filter, combineWith: 'OR' });
      const hits = r.slice(0, LOADED_PER_QUERY).map((x) => ({ id: String(x.id), excerpt: markWords(String(x.s ?? ''), w) }));
      return { hits, total: r.length };
    },
    excerptFor(id, w) {
      return markWords(String(ms.getStoredFields(id)?.s ?? ''), w);
    },
  };
}
