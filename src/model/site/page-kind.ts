/**
 * What kind of page a URL path is. Stylesheets scope their rules by it (print rules above all: each
 * kind prints differently), through the `data-page` attribute the layout middleware has the page frame write
 * (src/components/PageFrame.astro).
 */
import { isLocale } from '../locales.ts';

export type PageKind = 'home' | 'map' | 'all' | 'status' | 'not-found' | 'process' | 'flows' | 'flow' | 'other';

/** `path` is the URL path under the base path, e.g. "it/map/" or "en/1.1.1.5/". */
export function pageKind(path: string, isProcess: boolean): PageKind {
  if (isProcess) return 'process';
  const parts = path.split('/').filter(Boolean);
  if (parts[0] === '404' || parts[0] === '404.html') return 'not-found';
  if (!parts[0] || !isLocale(parts[0])) return 'other';
  const page = parts[1] ?? '';
  if (page === '') return 'home';
  if (page === '404') return 'not-found';
  if (page === 'map' || page === 'all' || page === 'status') return page;
  if (page === 'flows') return parts[2] ? 'flow' : 'flows';
  return 'other';
}
