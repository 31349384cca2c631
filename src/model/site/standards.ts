/**
 * What practitioners look up next to a process: the Open APIs that implement it, the SID entities it
 * handles, its names and ids in later GB921 releases — and the same facts as rows for the downloads.
 */
import type { Atlas } from './atlas.ts';
import { openApis, sidEntities, type OpenApi, type SidEntity } from '../data/standards.ts';
import { laterReleases, type LaterRelease } from '../data/reference.ts';
import { processPath } from '../content/ids.ts';
import { SITE_URL } from '../config.ts';
import { DEFAULT_LOCALE } from '../locales.ts';

/** The Open APIs, SID entities and later-release names of one process (from its English page: translations inherit them). */
export interface Standards {
  apis: OpenApi[];
  entities: SidEntity[];
  later: LaterRelease | undefined;
}

/** The reference rows of the names given, in their order; a name the reference does not know is dropped. */
function known<T>(names: string[] | undefined, rows: Map<string, T>): T[] {
  // Stryker disable next-line ArrayDeclaration: a made-up name in place of "no names" is dropped like any unknown one
  return (names ?? []).map((n) => rows.get(n)).filter((r): r is T => r !== undefined);
}

export function standardsOf(atlas: Atlas, id: string): Standards {
  const page = atlas.translated(DEFAULT_LOCALE, id);
  return { apis: known(page?.openApis, openApis()), entities: known(page?.sid, sidEntities()), later: laterReleases().get(id) };
}

/** Every Open API some process cites, in number order, with those processes in tree order. */
export function apiIndex(atlas: Atlas): { api: OpenApi; processes: string[] }[] {
  // One pass over the tree (every id in it has an English page: the tree is built from them).
  const users = new Map<string, string[]>();
  for (const id of atlas.tree.treeOrder()) for (const n of atlas.translated(DEFAULT_LOCALE, id)!.openApis ?? []) users.set(n, [...(users.get(n) ?? []), id]);
  return [...openApis().values()].filter((a) => users.has(a.number)).map((api) => ({ api, processes: users.get(api.number)! }));
}

/** The crosswalk classic id ↔ GB921 v21 ↔ v25.5, for every process the reference has a later row for, in tree order. */
export function releaseCrosswalk(atlas: Atlas): LaterRelease[] {
  const later = laterReleases();
  return atlas.tree.treeOrder().map((id) => later.get(id)).filter((r): r is LaterRelease => Boolean(r));
}

/** One process as a row of the downloads (CSV and processes.json), in a locale's words. */
export interface ProcessRow {
  id: string;
  level: number;
  parent: string;
  title: string;
  summary: string;
  verticals: string[];
  aliases: string[];
  openApis: string[];
  sid: string[];
  v21Id: string;
  v25Id: string;
  url: string;
}

/** `site` is the configured site URL; a test passes its own rather than reloading the configuration. */
export function processRows(atlas: Atlas, locale: string, site: string | undefined = SITE_URL): ProcessRow[] {
  return atlas.tree.treeOrder().map((id) => {
    const n = atlas.tree.get(id)!;
    const page = atlas.page(locale, id)!;
    const en = atlas.translated(DEFAULT_LOCALE, id)!;
    const later = laterReleases().get(id);
    const url = processPath(locale, id);
    return {
      id, level: n.level, parent: n.parent ?? '', title: page.title, summary: page.summary, verticals: n.verticals,
      aliases: page.aliases ?? [], openApis: en.openApis ?? [], sid: en.sid ?? [],
      v21Id: later?.v21?.id ?? '', v25Id: later?.v25?.id ?? '', url: site ? site + url : url,
    };
  });
}
