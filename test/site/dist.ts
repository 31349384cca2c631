/** Helpers over a built site (npm test builds dist/ and, under the base path /etom-atlas/, dist-base/). */
import fs from 'node:fs';
import path from 'node:path';

export const DIST = path.resolve('dist');

/** The builds the site tests look at, with the path each is served under. */
export const BUILDS = [
  { dir: path.resolve('dist'), base: '/' },
  { dir: path.resolve('dist-base'), base: '/etom-atlas/' },
] as const;

export function htmlFiles(dir: string = DIST): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...htmlFiles(p));
    else if (e.name.endsWith('.html')) out.push(p);
  }
  return out;
}

/** The URL path a file in a build is served at. */
export function urlOf(file: string, dir: string = DIST, base = '/'): string {
  const rel = base + path.relative(dir, file).split(path.sep).join('/');
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}

/** Whether a same-origin URL path resolves to a file in the build served under `base`. */
export function resolves(urlPath: string, dir: string = DIST, base = '/'): boolean {
  if (!urlPath.startsWith(base)) return false;
  const p = path.join(dir, decodeURIComponent(urlPath.slice(base.length)));
  if (urlPath.endsWith('/')) return fs.existsSync(path.join(p, 'index.html'));
  return fs.existsSync(p) && (fs.statSync(p).isFile() || fs.existsSync(path.join(p, 'index.html')));
}
