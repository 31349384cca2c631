/**
 * The one search function the search box calls (and tests call, through `window.etomSearch`): the
 * backend for this edition, then the shared ranking rules, then what a result shows.
 */
import { rank, entry, type SearchFilters } from '../../model/site/search/rank.ts';
import { tokenize } from '../../model/site/search/text.ts';
import type { SearchTable } from '../../model/site/search/table.ts';
import { loadTable, offlineBackend, pagefindBackend, type Backend, type Piece } from './backends.ts';

export interface SearchConfig {
  locale: string;
  /** Absolute URLs, resolved from the component's data attributes (relative in the offline copy). */
  table: string;
  pagefind: string;
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
  level: number | undefined;
  url: string;
  excerpt: Piece[];
}

export interface Outcome {
  backend: Backend['name'];
  results: Result[];
  total: number;
}

export type BackendName = Backend['name'];

/** Pages from disk use the offline backend: Pagefind's modules, fetch and wasm do not run from file:. */
export const defaultBackend = (): BackendName => (location.protocol === 'file:' ? 'offline' : 'pagefind');

export class SearchEngine {
  private table?: Promise<SearchTable>;
  private backends = new Map<BackendName, Promise<Backend>>();

  private readonly config: SearchConfig;
  backendName: BackendName;

  constructor(config: SearchConfig, backendName: BackendName = defaultBackend()) {
    this.config = config;
    this.backendName = backendName;
  }

  /** Starts the downloads a first query needs (on first focus), so typing does not wait for them. */
  prepare(): Promise<[SearchTable, Backend]> {
    const c = this.config;
    this.table ??= loadTable(c.table, c.locale);
    let backend = this.backends.get(this.backendName);
    if (!backend) {
      backend = this.backendName === 'pagefind'
        ? pagefindBackend(c.pagefind)
        : this.table.then((t) => offlineBackend(c.library, c.offlineIndex, c.locale, t));
      this.backends.set(this.backendName, backend);
      // A failed download may succeed later (a flaky connection): do not keep the failure.
      backend.catch(() => this.backends.delete(this.backendName));
    }
    return Promise.all([this.table, backend]);
  }

  async search(query: string, filters: SearchFilters = {}, limit = 10): Promise<Outcome> {
    const [table, backend] = await this.prepare();
    const q = query.trim();
    if (!q) return { backend: backend.name, results: [], total: 0 };
    const words = tokenize(q, this.config.locale);
    const answer = await backend.search(q, filters, words);
    const byId = new Map(answer.hits.map((h) => [h.id, h]));
    const ids = rank(table, q, answer.hits.map((h) => h.id), filters);
    const results = ids.slice(0, limit).map((id): Result => {
      const e = entry(table, id);
      const hit = byId.get(id);
      const numbered = /^\d/.test(id);
      return {
        id,
        title: e?.t ?? hit?.title ?? id,
        label: e && numbered ? id : '',
        level: e?.l,
        url: e ? this.pageUrl(id) : (hit?.url ?? this.config.root),
        excerpt: hit?.excerpt ?? backend.excerptFor?.(id, words) ?? [],
      };
    });
    const extra = ids.filter((id) => !byId.has(id)).length;
    return { backend: backend.name, results, total: answer.total + extra };
  }

  private pageUrl(id: string): string {
    // From disk a folder does not open its index.html: link the file itself.
    const file = this.backendName === 'offline' && location.protocol === 'file:' ? 'index.html' : '';
    return `${this.config.root}${this.config.locale}/${encodeURIComponent(id).replace(/%2E/g, '.')}/${file}`;
  }
}
