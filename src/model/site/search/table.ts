/**
 * The exact-match table of one locale: every page's id, title, other names and later-release ids and
 * names, with its level, area and summary. Built once per build (src/pages/search/…), loaded by the
 * search box as a classic script, and read by the ranking rules in the browser and in tests.
 * Short keys: the table is part of what a reader's first query downloads.
 */
import type { Atlas } from '../atlas.ts';
import type { LaterRelease } from '../../data/reference.ts';
import { DEFAULT_LOCALE } from '../../locales.ts';

export type Release = 'v21' | 'v25.5';
export const RELEASES: Release[] = ['v21', 'v25.5'];

export interface SearchEntry {
  /** Process id ("1.1.1.5"), vertical slug ("billing"), or a flow's path under the locale ("flows/order-to-payment"). */
  i: string;
  /** Title in this locale. */
  t: string;
  /** Level 0-3; a flow, which has none, FLOW_LEVEL (no level filter matches it, and it ranks after processes on a tie). */
  l: number;
  /** Kind of page: absent for a process, "flow" for an end-to-end flow (the search's Kind filter). */
  k?: 'flow';
  /** Level 0 area the page belongs to ("1.1"); an area is its own. */
  a: string;
  /** Summary in this locale (kept out of the published table: the offline index stores it). */
  s?: string;
  /** Other names: this locale's aliases, then the English ones it does not already carry. */
  n?: string[];
  /** Later GB921 releases: [release, id, name], either may be empty. */
  r?: [Release, string, string][];
}

export interface SearchTable {
  locale: string;
  /** In tree order, which is also the order ties are broken in. */
  entries: SearchEntry[];
  /** Pagefind result (fragment) id → page id; added after Pagefind has run (src/integrations/search-fragments.ts). */
  pf?: Record<string, string>;
}

export function searchTable(atlas: Atlas, locale: string, later: Map<string, LaterRelease>): SearchTable {
  const entries = atlas.tree.treeOrder().map((id): SearchEntry => {
    const node = atlas.tree.get(id)!;
    const page = atlas.page(locale, id)!;
    const english = atlas.translated(DEFAULT_LOCALE, id)!;
    const names = [...new Set([...(page.aliases ?? []), ...(english.aliases ?? [])])].filter((n) => n !== page.title);
    const lr = later.get(id);
    const releases: [Release, string, string][] = [];
    if (lr?.v21) releases.push(['v21', lr.v21.id ?? '', lr.v21.name ?? '']);
    if (lr?.v25) releases.push(['v25.5', lr.v25.id ?? '', lr.v25.name ?? '']);
    const area = atlas.tree.ancestors(id)[0] ?? id;
    return {
      i: id, t: page.title, l: node.level, a: area, s: page.summary,
      ...(names.length ? { n: names } : {}),
      ...(releases.length ? { r: releases } : {}),
    };
  });
  const flows = atlas.flowIds.map((id): SearchEntry => {
    const flow = atlas.flow(locale, id)!;
    return { i: `flows/${id}`, t: flow.title, l: FLOW_LEVEL, a: '', s: flow.summary, k: 'flow' };
  });
  return { locale, entries: [...entries, ...flows] };
}

export const FLOW_LEVEL = 4;

/** The global a table script assigns to, per locale: `self.etomSearchTable.en`. */
export const TABLE_GLOBAL = 'etomSearchTable';

/** The table as a classic script: it loads the same way from a server and from disk (no fetch, no module). */
export function tableScript(table: SearchTable): string {
  const published = { locale: table.locale, entries: table.entries.map(({ s: _summary, ...rest }) => rest) };
  const json = JSON.stringify(published).replace(/</g, '\\u003c');
  return `(self.${TABLE_GLOBAL}=self.${TABLE_GLOBAL}||{})[${JSON.stringify(table.locale)}]=${json};\n`;
}

/** The statement that adds the Pagefind result map to a published table. */
export function fragmentMapScript(locale: string, map: Record<string, string>): string {
  return `self.${TABLE_GLOBAL}[${JSON.stringify(locale)}].pf=${JSON.stringify(map)};\n`;
}

/** Where a locale's table is published, as a site path without the base ("search/table-en.js"). */
export const tablePath = (locale: string) => `search/table-${locale}.js`;
/** Where the offline edition's MiniSearch index of a locale goes ("search/index-en.js"). */
export const offlineIndexPath = (locale: string) => `search/index-${locale}.js`;
/** The per-locale text the offline index is built from, written by the build beside the table. */
export const documentsPath = (locale: string) => `search/documents-${locale}.json`;
