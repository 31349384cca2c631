/**
 * The one search function the search box calls (and tests call, through `window.etomSearch`): the
 * backend for this edition, then the shared ranking rules, then what a result shows.
 */
import { rank, entry, prepareTable, type SearchFilters } from '../../model/site/search/rank.ts';
import { tokenize } from '../../model/site/search/text.ts';
import type { SearchTable } from '../../model/site/search/table.ts';
import { loadTable, offlineBackend, pagefindBackend, type Backend, type Piece } from './backends.ts';

export interface SearchConfig {
  locale: string;
  /** Absolute URLs, resolved from the component's data attributes (relative in the offline copy). */
  table: string;
  /** Absent in the offline copy, which ships no Pagefind: it searches with its own index, served or from disk. */
  pagefind?: string;
  library: string;
  offlineIndex: string;
  /** The site root ("…/"), for result links. */
  root: string;
}

export interface Result {
  id: string;
  title: string;
  /** Shown before the title: the id for a numbered process, nothing for a vertical. */
  label: string;
  level: number;
  url: string;
  /** Filled by `excerpts()`, after the results are on screen. */
  excerpt: Piece[];
}

export interface Outcome {
  backend: Backend['name'];
  query: string;
  results: Result[];
  total: number;
}

export type BackendName = Backend['name'];

/** Pages from disk use the offline backend: Pagefind's modules, fetch and wasm do not run from file:. */
export const defaultBackend = (pagefind = true): BackendName => (!pagefind || location.protocol === 'file:' ? 'offline' : 'pagefind');

export class SearchEngine {
  private readonly config: SearchConfig;
  backendName: BackendName;
  private table?: Promise<SearchTable>;
  private backends = new Map<BackendName, Promise<Backend>>();

  constructor(config: SearchConfig, backendName: BackendName = defaultBackend(!!config.pagefind)) {
    this.config = config;
    this.backendName = backendName;
  }

  /** Starts the downloads a first query needs (on first focus), so typing does not wait for them. */
  prepare(): Promise<[SearchTable, Backend]> {
    const c = this.config;
    const name = this.backendName;
    this.table ??= loadTable(c.table, c.locale).then(prepareTable);
    let backend = this.backends.get(name);
    if (!backend) {
      backend = name === 'pagefind' ? pagefindBackend(c.pagefind ?? '', this.table) : offlineBackend(c.library, c.offlineIndex, c.locale, this.table);
      this.backends.set(name, backend);
      // A failed download may succeed later (a flaky connection): do not keep the failure.
      backend.catch(() => this.backends.delete(name));
    }
    return Promise.all([this.table, backend]);
  }

  /** Ranked results with id, title and link; the excerpts come after (`excerpts`), so results show at once. */
  async search(query: string, filters: SearchFilters = {}, limit = 10): Promise<Outcome> {
    const [table, backend] = await this.prepare();
    const q = query.trim();
    if (!q) return { backend: backend.name, query: q, results: [], total: 0 };
    const ids = rank(table, q, await backend.search(q, filters), filters);
    const results = ids.slice(0, limit).map((id): Result => {
      const e = entry(table, id)!;
      return { id, title: e.t, label: /^\d/.test(id) ? id : '', level: e.l, url: this.pageUrl(id), excerpt: [] };
    });
    return { backend: backend.name, query: q, results, total: ids.length };
  }

  /** While the reader types: fetch the index chunks the words will need (Pagefind only). */
  preload(query: string): void {
    void this.prepare().then(([, b]) => b.preload?.(query)).catch(() => {});
  }

  async excerpts(outcome: Outcome): Promise<Outcome> {
    const [, backend] = await this.prepare();
    const found = await backend.excerpts(outcome.results.map((r) => r.id), tokenize(outcome.query, this.config.locale));
    for (const r of outcome.results) r.excerpt = found.get(r.id) ?? [];
    return outcome;
  }

  private pageUrl(id: string): string {
    // From disk a folder does not open its index.html: link the file itself.
    const file = location.protocol === 'file:' ? 'index.html' : '';
    return `${this.config.root}${this.config.locale}/${id}/${file}`;
  }
}
