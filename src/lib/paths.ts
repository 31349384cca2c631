/** getStaticPaths for pages that exist once per locale. */
import { LOCALE_CODES } from '../model/locales.ts';

export function localePaths() {
  return LOCALE_CODES.map((locale) => ({ params: { locale } }));
}
