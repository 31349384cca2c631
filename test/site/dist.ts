/** Helpers over the built site in dist/ (npm test builds it first). */
import fs from 'node:fs';
import path from 'node:path';

export const DIST = path.resolve('dist');

export function htmlFiles(dir = DIST): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...htmlFiles(p));
    else if (e.name.endsWith('.html')) out.push(p);
  }
  return out;
}

/** The URL path a file in dist/ is served at. */
export function urlOf(file: string): string {
  const rel = '/' + path.relative(DIST, file).split(path.sep).join('/');
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}

/** Whether a same-origin URL path resolves to a file in dist/. */
export function resolves(urlPath: string): boolean {
  const p = path.join(DIST, decodeURIComponent(urlPath));
  if (urlPath.endsWith('/')) return fs.existsSync(path.join(p, 'index.html'));
  return fs.existsSync(p) && (fs.statSync(p).isFile() || fs.existsSync(path.join(p, 'index.html')));
}
