/**
 * The offline edition on disk (`npm run build:offline` after `npm run build`), over every file: the same
 * pages as dist/, every URL relative and naming a file that the copy has, no module script left, the zip
 * within budget and holding the copy, and the online home pages offering it with its size.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { htmlFiles } from './dist.ts';
import { LOCALES } from '../../src/model/locales.ts';
import { OFFLINE_FOLDER, OFFLINE_ZIP } from '../../src/model/site/downloads.ts';
import { formatSize } from '../../scripts/offline/offer-zip.ts';
import { listFiles } from '../../scripts/offline/files.ts';

const COPY = path.resolve('dist-offline');
const DIST = path.resolve('dist');
const rel = (dir: string, f: string) => path.relative(dir, f).split(path.sep).join('/');
const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
const files = htmlFiles(COPY);

/** Whether a URL written in the copy file `from` points at a file of the copy (fragment and query aside). */
function resolvesInCopy(url: string, from: string): boolean {
  const target = path.join(path.dirname(from), decodeURI(url.replace(/[?#].*$/, '')));
  return target.startsWith(COPY) && fs.existsSync(target) && fs.statSync(target).isFile();
}

describe('the offline copy', () => {
  it('has every page of the online build, and no Pagefind', () => {
    expect(files.map((f) => rel(COPY, f)).sort()).toEqual(htmlFiles(DIST).map((f) => rel(DIST, f)).sort());
    expect(fs.existsSync(path.join(COPY, 'pagefind'))).toBe(false);
  });

  it('writes every URL of every page relative, naming a file the copy has', () => {
    const bad: string[] = [];
    let checked = 0;
    for (const file of files) {
      const html = fs.readFileSync(file, 'utf8');
      const urls: string[] = [];
      for (const m of html.matchAll(/\s(?:href|src|xlink:href|action)=(["'])(.*?)\1/g)) urls.push(decode(m[2]!));
      for (const m of html.matchAll(/\ssrcset=(["'])(.*?)\1/g)) urls.push(...decode(m[2]!).split(',').map((s) => s.trim().split(/\s+/)[0]!));
      // The language picker's options and the search box's file paths.
      for (const m of html.matchAll(/<option\b[^>]*\svalue="([^"]*\/[^"]*)"/g)) urls.push(decode(m[1]!));
      for (const m of html.matchAll(/\sdata-[\w-]+="((?:\.\.?\/|\/)[^"\s]*)"/g)) urls.push(decode(m[1]!));
      for (const m of html.matchAll(/url\((['"]?)([^'")]+)\1\)/g)) urls.push(m[2]!);
      for (const u of urls) {
        if (/^(#|[a-z][a-z\d+.-]*:)/i.test(u)) continue;
        checked++;
        if (u.startsWith('/') || !resolvesInCopy(u, file)) bad.push(`${rel(COPY, file)} → ${u}`);
      }
    }
    expect(checked).toBeGreaterThan(files.length * 20);
    expect(bad.slice(0, 20)).toEqual([]);
  });

  it('loads no module script: each page has at most one classic bundle, and bundles import nothing', () => {
    const bad: string[] = [];
    const bundles = new Set<string>();
    for (const file of files) {
      const html = fs.readFileSync(file, 'utf8');
      for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        const [attrs, code] = [m[1]!, m[2]!];
        const module = /\stype="module"/.test(attrs);
        if (module && (/\ssrc=/.test(attrs) || /(^|[;\s}])import\s*[\s"'{*(]/.test(code))) bad.push(`${rel(COPY, file)}: ${m[0].slice(0, 80)}`);
        const src = /\ssrc="([^"]+)"/.exec(attrs)?.[1];
        if (src) bundles.add(path.resolve(path.dirname(file), src));
      }
      if ((html.match(/<script defer src=/g) ?? []).length > 1) bad.push(`${rel(COPY, file)}: more than one bundle`);
      if (html.includes('data-pagefind=')) bad.push(`${rel(COPY, file)}: names Pagefind`);
    }
    expect(bad.slice(0, 10)).toEqual([]);
    expect(bundles.size).toBeGreaterThan(0);
    for (const b of bundles) {
      const code = fs.readFileSync(b, 'utf8');
      expect(code, b).not.toMatch(/^\s*(import|export)\s/m);
      expect(code, b).not.toMatch(/\bimport\s*["'{*]/);
    }
  });

  it('rewrites the style sheets\' url() to files of the copy', () => {
    for (const css of listFiles(COPY).filter((f) => f.endsWith('.css'))) {
      for (const m of fs.readFileSync(path.join(COPY, css), 'utf8').matchAll(/url\((['"]?)([^'")]+)\1\)/g)) {
        if (/^(data:|#)/.test(m[2]!)) continue;
        expect(resolvesInCopy(m[2]!, path.join(COPY, css)), `${css} → ${m[2]}`).toBe(true);
      }
    }
  });

  it('opens from its root index.html with relative links to each language\'s home', () => {
    const html = fs.readFileSync(path.join(COPY, 'index.html'), 'utf8');
    for (const l of LOCALES) expect(html).toContain(`<a href="${l.code}/index.html" hreflang="${l.lang}"`);
  });

  it('is zipped within 25 MB, unpacking to one folder that holds exactly the copy', () => {
    const zip = fs.readFileSync('dist-offline.zip');
    expect(zip.length).toBeLessThanOrEqual(25 * 1024 * 1024);
    const names: string[] = [];
    // Names only: nothing is inflated.
    unzipSync(zip, { filter: (f) => (names.push(f.name), false) });
    expect(names.sort()).toEqual(listFiles(COPY).map((f) => `${OFFLINE_FOLDER}/${f}`).sort());
    expect(fs.readFileSync(path.join(DIST, 'downloads', OFFLINE_ZIP)).equals(zip)).toBe(true);
  });

  it('is offered on the online home pages with its size, and not inside the copy', () => {
    const size = fs.statSync(path.join(DIST, 'downloads', OFFLINE_ZIP)).size;
    for (const l of LOCALES) {
      const online = fs.readFileSync(path.join(DIST, l.code, 'index.html'), 'utf8');
      const offer = /<p class="home-offline" data-offline-download>([\s\S]*?)<\/p>/.exec(online)?.[1];
      expect(offer, l.code).toContain(`href="/downloads/${OFFLINE_ZIP}"`);
      expect(offer, l.code).toContain(formatSize(size, l.lang));
      expect(fs.readFileSync(path.join(COPY, l.code, 'index.html'), 'utf8')).not.toContain('home-offline');
    }
  });
});
