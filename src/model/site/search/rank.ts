/**
 * The ranking rules above both search backends (Pagefind online, MiniSearch from disk): the same code
 * decides what comes first in either edition. The backend supplies matches by relevance; these rules
 * put the page the query names in front of them:
 *   1. an exact id ("1.1.1.5"), a later-release id with its label ("v21 1.3.3"), a title, an alias or a
 *      later-release name equal to the query: that page first;
 *   2. a Level 0/1 grouping or vertical whose name holds every word of a query of two or more words
 *      and at least half its own words ("Customer Management" → Customer Relationship Management):
 *      in the top three;
 *   3. backend results whose title or other name holds every query word, ahead of pages that only
 *      mention the words in their text (closest name first, then the broader page); then the
 *      backend's order.
 *   4. within the backend's order, a process before its own steps when several of them lead the list.
 * Filters (level, area, kind) apply to every rule.
 */
import { idQuery, normalizeName, releaseQuery, tokenize } from './text.ts';
import type { SearchEntry, SearchTable } from './table.ts';

export interface SearchFilters {
  level?: number | undefined;
  area?: string | undefined;
  /** "process" or "flow" (an entry without `k` is a process). */
  kind?: 'process' | 'flow' | undefined;
}

interface Lookup {
  byId: Map<string, SearchEntry>;
  /** Normalised name → entries, each with the rank of the kind of name (title 0, alias 1, later name 2). */
  byName: Map<string, { e: SearchEntry; kind: number }[]>;
  /** Later-release id per release → entries. */
  byLaterId: Map<string, SearchEntry[]>;
  /** Words of each entry's title and other names. */
  words: Map<string, Set<string>[]>;
  order: Map<string, number>;
}

const lookups = new WeakMap<SearchTable, Lookup>();

function lookup(table: SearchTable): Lookup {
  let l = lookups.get(table);
  if (l) return l;
  l = { byId: new Map(), byName: new Map(), byLaterId: new Map(), words: new Map(), order: new Map() };
  const addName = (name: string, e: SearchEntry, kind: number) => {
    const key = normalizeName(name, table.locale);
    if (!key) return;
    const list = l!.byName.get(key) ?? [];
    if (!list.some((x) => x.e === e)) list.push({ e, kind });
    l!.byName.set(key, list);
  };
  table.entries.forEach((e, i) => {
    l!.byId.set(e.i, e);
    l!.order.set(e.i, i);
    addName(e.t, e, 0);
    for (const n of e.n ?? []) addName(n, e, 1);
    for (const [release, id, name] of e.r ?? []) {
      addName(name, e, 2); // an empty name has no key and is skipped
      if (id) l!.byLaterId.set(`${release} ${id}`, [...(l!.byLaterId.get(`${release} ${id}`) ?? []), e]);
    }
    const names = [e.t, ...(e.n ?? [])];
    l!.words.set(e.i, names.map((n) => new Set(tokenize(n, table.locale))));
  });
  lookups.set(table, l);
  return l;
}

export const passes = (e: SearchEntry | undefined, f: SearchFilters) =>
  !!e && (f.level === undefined || e.l === f.level) && (f.area === undefined || e.a === f.area) && (f.kind === undefined || (e.k ?? 'process') === f.kind);

/** Rule 1: the pages the query names exactly, best first. */
export function exactMatches(table: SearchTable, query: string): string[] {
  const l = lookup(table);
  const release = releaseQuery(query);
  if (release) {
    const id = idQuery(release.rest);
    if (id) return (l.byLaterId.get(`${release.release} ${id}`) ?? []).map((e) => e.i);
    // A later name with its label: only pages that had that name in that release.
    const key = normalizeName(release.rest, table.locale);
    return (l.byName.get(key) ?? []).filter((x) => x.e.r?.some(([r, , n]) => r === release.release && normalizeName(n, table.locale) === key)).map((x) => x.e.i);
  }
  const id = idQuery(query);
  if (id) return l.byId.has(id) ? [id] : [];
  const key = normalizeName(query, table.locale);
  const hits = [...(l.byName.get(key) ?? [])];
  // A slug typed as such ("billing", "strategy-commit") is an id too.
  const slug = l.byId.get(query.trim().toLowerCase());
  if (slug && !hits.some((h) => h.e === slug)) hits.push({ e: slug, kind: 0 });
  return hits.sort((a, b) => a.kind - b.kind || l.order.get(a.e.i)! - l.order.get(b.e.i)!).map((x) => x.e.i);
}

/** Rule 2: groupings (Level 0/1, verticals) the query names in part, by how much of the name it covers. */
export function namedGroupings(table: SearchTable, query: string): string[] {
  const l = lookup(table);
  const q = [...new Set(tokenize(query, table.locale))];
  // One word names a grouping only by being its whole name (rule 1): "management" names none.
  if (q.length < 2 || idQuery(query)) return [];
  const scored: { id: string; cover: number }[] = [];
  for (const e of table.entries) {
    if (e.l > 1) continue;
    let best = 0;
    for (const words of l.words.get(e.i)!) {
      if (q.every((w) => words.has(w))) best = Math.max(best, q.length / words.size);
    }
    if (best >= 0.5) scored.push({ id: e.i, cover: best });
  }
  // Scored in table order, and sort is stable: ties stay in table order.
  return scored.sort((a, b) => b.cover - a.cover).map((s) => s.id);
}

/**
 * Rule 3: how much of a page's title or other name the query covers, when that name holds every query
 * word (0 when none does). A name the query nearly is beats a longer one that merely contains it.
 */
export function nameCover(table: SearchTable, id: string, query: string | string[]): number {
  const words = lookup(table).words.get(id);
  const q = typeof query === 'string' ? [...new Set(tokenize(query, table.locale))] : query;
  if (!words || !q.length) return 0;
  let best = 0;
  for (const w of words) if (q.every((x) => w.has(x))) best = Math.max(best, q.length / w.size);
  return best;
}

/** How far down the backend's list rule 4 looks for a family. */
const FAMILY_WINDOW = 5;

/**
 * Rule 4: when two or more of the backend's first results are steps of one process and that process
 * matched too, it moves up to just before the first of them: the group a reader's words describe, with
 * its steps after it ("trouble ticket" → Resource Trouble Management, then its Level 3 steps).
 */
export function parentsFirst(table: SearchTable, backend: string[]): string[] {
  const l = lookup(table);
  // Only Level 3 steps lift their Level 2 process; groupings are rule 2's business.
  const parent = (id: string) => (l.byId.get(id)?.l === 3 ? id.split('.').slice(0, -1).join('.') : '');
  const matched = new Set(backend);
  const count = new Map<string, number>();
  for (const id of backend.slice(0, FAMILY_WINDOW)) count.set(parent(id), (count.get(parent(id)) ?? 0) + 1);
  const lifted = new Set([...count].filter(([p, n]) => n >= 2 && matched.has(p) && l.byId.has(p)).map(([p]) => p));
  if (!lifted.size) return backend;
  const out = new Set<string>();
  for (const id of backend) {
    const p = parent(id);
    if (lifted.has(p)) out.add(p);
    out.add(id);
  }
  return [...out];
}

/**
 * The final order of page ids for a query: the rules above over the backend's ids (in its order).
 * Ids the table does not know (a page outside the process tree) keep their backend place after the rules.
 */
export function rank(table: SearchTable, query: string, backend: string[], filters: SearchFilters = {}): string[] {
  const l = lookup(table);
  const ok = (id: string) => (l.byId.has(id) ? passes(l.byId.get(id), filters) : filters.level === undefined && filters.area === undefined && filters.kind === undefined);
  const out: string[] = [];
  const seen = new Set<string>();
  const push = (id: string) => {
    if (!seen.has(id) && ok(id)) {
      seen.add(id);
      out.push(id);
    }
  };
  exactMatches(table, query).forEach(push);
  // Groupings fill the top three at most, so a named grouping never pushes exact matches down.
  for (const id of namedGroupings(table, query)) if (out.length < 3) push(id);
  // Among pages named by the query: the closest name first, then the broader page (a Level 2 group
  // before its Level 3 steps that repeat its words), then the backend's order.
  const words = [...new Set(tokenize(query, table.locale))];
  const named = backend.map((id) => ({ id, cover: nameCover(table, id, words), level: l.byId.get(id)?.l ?? 9 })).filter((x) => x.cover > 0);
  // A stable sort: the backend's order breaks the remaining ties.
  named.sort((a, b) => b.cover - a.cover || a.level - b.level);
  const pinned = out.length;
  named.forEach((x) => push(x.id));
  backend.forEach(push);
  // Rule 4 over what follows the pins.
  return [...out.slice(0, pinned), ...parentsFirst(table, out.slice(pinned))];
}

/** Builds a table's lookups ahead of the first query (they take a moment: every name is tokenized). */
export function prepareTable(table: SearchTable): SearchTable {
  lookup(table);
  return table;
}

/** The entry behind a ranked id, for rendering (title, summary, level). */
export function entry(table: SearchTable, id: string): SearchEntry | undefined {
  return lookup(table).byId.get(id);
}
