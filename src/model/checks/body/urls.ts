/**
 * Which URLs content may use. Links: relative paths, #anchors, http(s) to any host, mailto. Images and
 * media: relative paths to image files inside content/ only — the site works offline and must never
 * make a reader's browser request another host.
 */
import path from 'node:path';
import { IMAGE_EXTENSIONS } from './body-rules.ts';

/** Browsers drop ASCII whitespace and control characters inside a scheme (`java\tscript:`); so do we. */
function squeeze(url: string): string {
  return url.replace(/[\u0000-\u0020\u007f]+/g, '');
}

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** Undefined when the link is fine; otherwise why not. */
export function linkProblem(url: string): string | undefined {
  const u = squeeze(url);
  const scheme = SCHEME.exec(u)?.[1]?.toLowerCase();
  if (scheme !== undefined) {
    if (scheme === 'http' || scheme === 'https' || scheme === 'mailto') return undefined;
    return `the link scheme "${scheme}:" is not allowed (only relative links, http, https and mailto)`;
  }
  // A backslash is read as a slash by browsers, so `/\host` and `\\host` reach another host.
  if (u.includes('\\')) return 'a link may not contain a backslash';
  if (u.startsWith('//')) return 'a link starting with `//` goes to another host without saying how; write https://…';
  return undefined;
}

/** Undefined when the image source is a relative path to an image file inside content/; otherwise why not. */
export function imageProblem(url: string, filePath: string): string | undefined {
  const u = squeeze(url);
  if (SCHEME.test(u) || u.startsWith('//')) return 'images must be files in the repository, not addresses on another host';
  if (u.includes('\\')) return 'an image path may not contain a backslash';
  if (u.startsWith('/')) return 'an image path must be relative to the page file (./picture.png), not absolute';
  const clean = u.split(/[?#]/)[0]!;
  if (!IMAGE_EXTENSIONS.includes(path.posix.extname(clean).toLowerCase())) return `an image must be one of ${IMAGE_EXTENSIONS.join(', ')}`;
  let decoded = clean;
  try { decoded = decodeURIComponent(clean); } catch { return 'the image path is not a valid URL path'; }
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(filePath), decoded));
  if (!target.startsWith('content/')) return 'an image must be a file inside content/';
  return undefined;
}
