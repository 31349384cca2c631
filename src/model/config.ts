/**
 * Where the site is published and where its source lives: the one configuration module. Values come
 * from the environment so one checkout can build for any host:
 *   SITE_URL        canonical origin, e.g. https://example.github.io (canonical links, sitemap); none by default
 *   BASE_PATH       path the site is served under, e.g. /etom-atlas/ (default /)
 *   REPOSITORY_URL  repository for "Edit page" links, e.g. https://github.com/owner/etom-atlas; none by default
 * Browser code never imports this module: it reads the base from the page (import.meta.env.BASE_URL).
 */
const env: Record<string, string | undefined> = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};

/** `/`, or a path that starts and ends with a slash. */
export function normalizeBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  if (trimmed && !/^[\w.~-]+(\/[\w.~-]+)*$/.test(trimmed)) throw new Error(`BASE_PATH "${raw}" is not a URL path such as /etom-atlas/`);
  return trimmed ? `/${trimmed}/` : '/';
}

/** An absolute http(s) URL without trailing slashes, or undefined when unset or blank. */
export function normalizeUrl(name: string, raw: string | undefined): string | undefined {
  if (!raw?.trim()) return undefined;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error(`${name} "${raw}" is not an absolute URL such as https://example.org`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`${name} must be an http(s) URL, not "${raw}"`);
  return url.href.replace(/\/+$/, '');
}

export const BASE_PATH = normalizeBase(env.BASE_PATH);
export const SITE_URL = normalizeUrl('SITE_URL', env.SITE_URL);
export const REPOSITORY_URL = normalizeUrl('REPOSITORY_URL', env.REPOSITORY_URL);
export const DEFAULT_BRANCH = env.REPOSITORY_BRANCH?.trim() || 'main';

/** A site path (starting with `/`) under the base path. */
export function sitePath(p: string): string {
  return BASE_PATH + p.replace(/^\/+/, '');
}

/** Where a contributor edits a content file (path relative to the repository root), when a repository is configured. */
export function editUrl(filePath: string): string | undefined {
  return REPOSITORY_URL ? `${REPOSITORY_URL}/edit/${DEFAULT_BRANCH}/${filePath}` : undefined;
}
