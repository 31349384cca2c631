/**
 * After Starlight has run Pagefind: appends to each locale's search table (dist/search/table-<locale>.js)
 * which Pagefind result is which page (fragment id → page id). The search box then ranks every Pagefind
 * result without downloading its fragment, and loads fragments only for the excerpts it shows.
 * Registered after Starlight, so its Pagefind step has finished.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LOCALES } from '../model/locales.ts';
import { fragmentMapScript, tablePath } from '../model/site/search/table.ts';

/** Pagefind writes each fragment as gzip of a short signature followed by JSON. */
function fragmentUrl(file: string): string | undefined {
  const text = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8');
  const json = text.slice(text.indexOf('{'));
  return (JSON.parse(json) as { url?: string }).url;
}

export function searchFragments(): AstroIntegration {
  return {
    name: 'etom-search-fragments',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const fragments = path.join(dist, 'pagefind', 'fragment');
        if (!fs.existsSync(fragments)) return logger.warn('no Pagefind fragments: the search tables get no result map');
        const byLocale = new Map<string, Record<string, string>>();
        for (const name of fs.readdirSync(fragments)) {
          const hash = name.replace(/\.pf_fragment$/, '');
          const lang = hash.slice(0, hash.lastIndexOf('_'));
          const locale = LOCALES.find((l) => l.lang.toLowerCase() === lang || l.code === lang)?.code;
          const url = locale && fragmentUrl(path.join(fragments, name));
          if (!locale || !url) continue;
          // The page id is the path's last segment ("1.1.1.5"), with its folder for a flow ("flows/order-to-payment").
          const segments = decodeURIComponent(url.replace(/\/(index\.html)?$/, '')).split('/');
          const last = segments.pop() ?? '';
          const id = segments.at(-1) === 'flows' ? `flows/${last}` : last;
          const map = byLocale.get(locale) ?? {};
          map[hash] = id;
          byLocale.set(locale, map);
        }
        for (const [locale, map] of byLocale) fs.appendFileSync(path.join(dist, tablePath(locale)), fragmentMapScript(locale, map));
        logger.info(`result maps for ${[...byLocale.keys()].join(', ')}`);
      },
    },
  };
}
