/**
 * What the offline index holds per page, and the MiniSearch settings shared by the Node step that builds
 * it (scripts/offline/search-index.ts) and the browser that loads and queries it: one tokenizer for both.
 */
import type { Options } from 'minisearch';
import { tokenize } from './text.ts';
import type { SearchTable } from './table.ts';

/** One page as the offline index sees it. */
export interface SearchDocument {
  /** Id. */
  i: string;
  /** Title. */
  t: string;
  /** Other names: aliases and later-release names, one string. */
  n: string;
  /** Summary, stored for the excerpt. */
  s: string;
  /** Text of the page body. */
  b: string;
}

/** Plain text of an MDX body: link targets, markup and components dropped, words kept. */
export function plainText(mdx: string): string {
  // Each step may leave spaces behind (one per marker, the spaces after a list marker): the last
  // but one folds every run of them into one.
  return mdx
    .replace(/^\s*(import|export)\s.*/gm, '')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|[-*+]|\d+\.)\s/gm, '')
    .replace(/[*_`>|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function searchDocuments(table: SearchTable, bodies: Map<string, string>): SearchDocument[] {
  return table.entries.map((e) => ({
    i: e.i,
    t: e.t,
    n: [...(e.n ?? []), ...(e.r ?? []).map(([, , name]) => name).filter(Boolean)].join(' · '),
    s: e.s ?? '',
    b: plainText(bodies.get(e.i) ?? ''),
  }));
}

/**
 * MiniSearch settings. Weights follow Pagefind's intent online: the id and the title outweigh other
 * names, which outweigh body text; every word must match (as in Pagefind), prefixes of 3+ letters match.
 */
export function miniSearchOptions(locale: string): Options<SearchDocument> {
  return {
    idField: 'i',
    // The summary is searched as online, where Pagefind searches it as a metadata field.
    fields: ['i', 't', 'n', 's', 'b'],
    storeFields: ['s'],
    tokenize: (text: string) => tokenize(text, locale),
    processTerm: (term: string) => term,
    searchOptions: {
      boost: { i: 8, t: 5, n: 3, s: 2, b: 1 },
      prefix: (term: string) => term.length >= 3,
      fuzzy: (term: string) => (term.length >= 6 && !/\d/.test(term) ? 0.15 : false),
      combineWith: 'AND',
    },
  };
}

/** The global an offline index script assigns to, per locale: `self.etomSearchIndex.en`. */
export const INDEX_GLOBAL = 'etomSearchIndex';
