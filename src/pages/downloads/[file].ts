/** /downloads/etom-processes-<locale>.csv, one per locale. */
import { getAtlas } from '../../lib/atlas.ts';
import { LOCALE_CODES } from '../../model/locales.ts';
import { csvFile, processesCsv } from '../../model/site/downloads.ts';

export function getStaticPaths() {
  return LOCALE_CODES.map((locale) => ({ params: { file: csvFile(locale) }, props: { locale } }));
}

export async function GET({ props }: { props: { locale: string } }) {
  const atlas = await getAtlas();
  return new Response(processesCsv(atlas, props.locale), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
