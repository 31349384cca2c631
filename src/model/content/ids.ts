/** eTOM identifiers: numeric ("1.1.1.5") for the numbered hierarchy, slugs ("fulfillment") for verticals. */
import { VERTICAL_IDS } from './verticals.ts';
import { sitePath } from '../config.ts';

export const NUMERIC_ID = /^\d+(\.\d+)*$/;
export const SLUG_ID = /^[a-z]+(-[a-z]+)*$/;

export function isNumericId(id: string): boolean {
  return NUMERIC_ID.test(id);
}

/** Numeric ids compare segment by segment (1.1.1.2 < 1.1.1.10); slug ids follow in the verticals' order. */
export function compareIds(a: string, b: string): number {
  const na = isNumericId(a);
  const nb = isNumericId(b);
  if (na && nb) {
    const sa = a.split('.').map(Number);
    const sb = b.split('.').map(Number);
    for (let i = 0; i < Math.min(sa.length, sb.length); i++) if (sa[i] !== sb[i]) return sa[i]! - sb[i]!;
    return sa.length - sb.length;
  }
  if (na !== nb) return na ? -1 : 1;
  const va = VERTICAL_IDS.indexOf(a);
  const vb = VERTICAL_IDS.indexOf(b);
  if (va !== vb) return (va === -1 ? Infinity : va) - (vb === -1 ? Infinity : vb) || a.localeCompare(b);
  return a.localeCompare(b);
}

/**
 * The URL path of a process in a locale. It depends on the id alone, so a renamed process keeps
 * its links, and it keeps the dots, so 1.1.1.1.15 and 1.1.1.11.5 can never collide.
 */
export function processPath(locale: string, id: string): string {
  return pagePath(locale, id);
}

/** The URL path of one of the site's own pages in a locale ("map", "all", "" for the home page), under the base path. */
export function pagePath(locale: string, page: string): string {
  return sitePath(page ? `${locale}/${page}/` : `${locale}/`);
}
