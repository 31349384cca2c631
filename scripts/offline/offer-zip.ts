/**
 * The online home pages offer the zip once it exists: they are built before it, with an empty hidden
 * placeholder (src/pages/[locale]/index.astro), which this step fills in the page's language, size included.
 * Until then the pages link nothing that is not there.
 */
import fs from 'node:fs';
import path from 'node:path';
import { LOCALES } from '../../src/model/locales.ts';
import { t } from '../../src/model/i18n/index.ts';
import { OFFLINE_OFFER_ATTR, OFFLINE_ZIP } from '../../src/model/site/downloads.ts';

export function formatSize(bytes: number, lang: string): string {
  return `${new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(bytes / 1e6)} MB`;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The offer's markup in one language. */
export function offerHtml(locale: string, lang: string, base: string, zipBytes: number): string {
  const link = `<a href="${esc(`${base}downloads/${OFFLINE_ZIP}`)}" download>${esc(t(locale, 'home.offline'))}</a>`;
  // The sentence is the language's own; the link goes where its {link} placeholder is.
  return esc(t(locale, 'home.offline.offer', { size: formatSize(zipBytes, lang) })).replace('{link}', link);
}

/** Fills the offer on every home page that has the placeholder (or an earlier offer); returns how many. */
export function offerZip(distDir: string, base: string, zipBytes: number): number {
  // Our own markup, in the one shape Astro renders it (or this step wrote it); another shape shows no offer.
  const placeholder = new RegExp(`<p class="home-offline" ${OFFLINE_OFFER_ATTR}(?:="")?(?: hidden(?:="")?)?>[\\s\\S]*?</p>`);
  let n = 0;
  for (const l of LOCALES) {
    const file = path.join(distDir, l.code, 'index.html');
    if (!fs.existsSync(file)) continue;
    const html = fs.readFileSync(file, 'utf8');
    if (!placeholder.test(html)) continue;
    fs.writeFileSync(file, html.replace(placeholder, `<p class="home-offline" ${OFFLINE_OFFER_ATTR}>${offerHtml(l.code, l.lang, base, zipBytes)}</p>`));
    n++;
  }
  return n;
}
