/**
 * Site URLs → paths relative to the page that holds them, ending in a file: from file: a folder opens a
 * directory listing, not its index.html, and an absolute path points at the root of the disk.
 */
import path from 'node:path';

export interface UrlContext {
  /** The base path the site was built for ("/" or "/etom-atlas/"). */
  base: string;
  /** Whether a site path (no leading slash, no trailing slash) is a folder of the copy. */
  isDir(sitePath: string): boolean;
}

/**
 * The file a URL in the file at `fromFile` points at, as a copy path ("en/1.1/index.html"), and what
 * followed its path ("#id"); undefined when it is not the site's (another site, a fragment, data:).
 * Relative URLs count too: content links are written "../1.1.1.22/".
 */
export function siteTarget(url: string, fromFile: string, ctx: UrlContext): { target: string; rest: string } | undefined {
  if (!url || url.startsWith('#') || url.startsWith('?') || url.startsWith('//') || /^[a-z][a-z\d+.-]*:/i.test(url)) return undefined;
  const cut = url.search(/[?#]/);
  const pathname = cut < 0 ? url : url.slice(0, cut);
  let target: string;
  if (pathname.startsWith('/')) {
    // "/etom-atlas" (no slash) is the root of a site built under a base; other roots are not the site's.
    if (!(pathname.startsWith(ctx.base) || pathname === ctx.base.slice(0, -1))) return undefined;
    target = pathname.slice(ctx.base.length);
  } else {
    target = path.posix.join(path.posix.dirname(fromFile), pathname) + (pathname.endsWith('/') ? '/' : '');
    if (target.startsWith('../')) return undefined;
  }
  try {
    target = decodeURI(target.replace(/^\/+/, '').replace(/^\.\/?/, ''));
  } catch {
    return undefined;
  }
  if (target === '' || target.endsWith('/')) target += 'index.html';
  else if (ctx.isDir(target)) target += '/index.html';
  return { target, rest: cut < 0 ? '' : url.slice(cut) };
}

/** `url` as written in the file at `fromFile` (a copy path), relative and ending in a file; unchanged when not the site's. */
export function relativeUrl(url: string, fromFile: string, ctx: UrlContext): string {
  const t = siteTarget(url, fromFile, ctx);
  if (!t) return url;
  const rel = path.posix.relative(path.posix.dirname(fromFile), t.target);
  return encodeURI(rel) + t.rest;
}

/** Every `url(…)` in a style sheet or style attribute, through `map`. */
export function rewriteCssUrls(css: string, map: (url: string) => string): string {
  return css.replace(/url\(\s*(['"]?)([^'")\s]+)\1\s*\)/g, (whole, q: string, u: string) => {
    const out = map(u);
    return out === u ? whole : `url(${q}${out}${q})`;
  });
}

/** A srcset's URLs through `map`, descriptors kept. */
export function rewriteSrcset(srcset: string, map: (url: string) => string): string {
  return srcset.split(',').map((part) => part.replace(/^(\s*)(\S+)/, (_, s: string, u: string) => s + map(u))).join(',');
}

/** A meta refresh's URL through `map` ("0;url=/en/"). */
export function rewriteRefresh(content: string, map: (url: string) => string): string {
  return content.replace(/(url\s*=\s*)(['"]?)([^'"]+)\2/i, (_, k: string, q: string, u: string) => `${k}${q}${map(u.trim())}${q}`);
}
