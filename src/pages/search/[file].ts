/**
 * dist/search/: per locale, the exact-match table as a classic script (table-<locale>.js, loaded by the
 * search box online and from disk) and the page texts the offline index is built from
 * (documents-<locale>.json, read by `npm run build:offline` and not shipped in the offline copy).
 */
import type { GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { getAtlas } from '../../lib/atlas.ts';
import { LOCALE_CODES } from '../../model/locales.ts';
import { laterReleases } from '../../model/data/reference.ts';
import { documentsPath, searchTable, tablePath, tableScript } from '../../model/site/search/table.ts';
import { searchDocuments } from '../../model/site/search/documents.ts';
import { entryFlow } from '../../lib/atlas.ts';

export const getStaticPaths = (() =>
  LOCALE_CODES.flatMap((locale) => [
    { params: { file: tablePath(locale).slice('search/'.length) }, props: { locale, kind: 'table' } },
    { params: { file: documentsPath(locale).slice('search/'.length) }, props: { locale, kind: 'documents' } },
  ])) satisfies GetStaticPaths;

export async function GET({ props }: { props: { locale: string; kind: 'table' | 'documents' } }) {
  const atlas = await getAtlas();
  const table = searchTable(atlas, props.locale, laterReleases());
  if (props.kind === 'table') return new Response(tableScript(table), { headers: { 'Content-Type': 'text/javascript' } });
  // Only pages written in this language, as online: Pagefind leaves untranslated (fallback) pages out.
  const bodies = new Map<string, string>();
  for (const e of await getCollection('docs')) {
    const [locale] = e.id.split('/');
    const flow = entryFlow(e);
    const id = flow ? `flows/${flow}` : (e.data as { id?: string }).id;
    if (locale === props.locale && id) bodies.set(id, e.body ?? '');
  }
  const written = { ...table, entries: table.entries.filter((e) => bodies.has(e.i)) };
  return new Response(JSON.stringify(searchDocuments(written, bodies)), { headers: { 'Content-Type': 'application/json' } });
}
