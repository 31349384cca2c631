/**
 * The offline edition from the normal build: dist/ copied to dist-offline/ with every HTML and CSS file
 * rewritten for file:, the module scripts bundled as classic scripts, the search index written as classic
 * scripts, then zipped. No second content pipeline: only the built files are read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { rewriteHtml, type ModuleScript } from './rewrite-html.ts';
import { relativeUrl, rewriteCssUrls, siteTarget, type UrlContext } from './urls.ts';
import { bundlePath, bundleScripts } from './bundle-scripts.ts';
import { writeOfflineSearch, type OfflineSearchFile } from './search-index.ts';
import { zipFolder } from './zip.ts';
import { listFiles } from './files.ts';
import { offerZip } from './offer-zip.ts';
import { OFFLINE_FOLDER, OFFLINE_OFFER_ATTR, OFFLINE_ZIP } from '../../src/model/site/downloads.ts';

export interface OfflineOptions {
  distDir: string;
  outDir: string;
  zipFile: string;
  base: string;
}

export interface OfflineReport {
  pages: number;
  files: number;
  bytes: number;
  bundles: { file: string; bytes: number }[];
  search: OfflineSearchFile[];
  zipBytes: number;
  /** Copy paths that some rewritten URL points at but the copy lacks (should be none). */
  missing: { target: string; from: string }[];
  homePagesOffering: number;
}

// Pagefind cannot run from file: (modules, fetch, wasm); the copy searches with its own index instead,
// and its search box names no Pagefind (so it uses that index when served over http, too).
const ONLINE_ONLY = ['pagefind/'];

export async function buildOffline(o: OfflineOptions): Promise<OfflineReport> {
  if (!fs.existsSync(path.join(o.distDir, 'index.html'))) throw new Error(`${o.distDir}/ has no index.html: run \`npm run build\` first`);
  fs.rmSync(o.outDir, { recursive: true, force: true });
  const skip = new Set([...ONLINE_ONLY.map((p) => p.replace(/\/$/, '')), `downloads/${OFFLINE_ZIP}`]);
  fs.cpSync(o.distDir, o.outDir, {
    recursive: true,
    filter: (src) => !skip.has(path.relative(o.distDir, src).split(path.sep).join('/')),
  });

  const files = listFiles(o.outDir);
  const dirs = new Set(files.flatMap((f) => f.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'))));
  const ctx: UrlContext = { base: o.base, isDir: (p) => dirs.has(p.replace(/\/$/, '')) };
  const sets = new Map<string, ModuleScript[]>();
  const referenced = new Map<string, string>();

  let pages = 0;
  for (const file of files) {
    const abs = path.join(o.outDir, file);
    if (file.endsWith('.html')) {
      pages++;
      const html = rewriteHtml(fs.readFileSync(abs, 'utf8'), {
        file,
        ctx,
        dropAttribute: OFFLINE_OFFER_ATTR,
        removeAttributes: ['data-pagefind'],
        bundleFor: (scripts) => {
          const p = bundlePath(scripts);
          sets.set(p, scripts);
          return p;
        },
        onTarget: (t) => { if (!referenced.has(t)) referenced.set(t, file); },
      });
      fs.writeFileSync(abs, html);
    } else if (file.endsWith('.css')) {
      const css = fs.readFileSync(abs, 'utf8');
      fs.writeFileSync(abs, rewriteCssUrls(css, (u) => {
        const t = siteTarget(u, file, ctx);
        if (t && !referenced.has(t.target)) referenced.set(t.target, file);
        return relativeUrl(u, file, ctx);
      }));
    }
  }

  const bundles: OfflineReport['bundles'] = [];
  for (const [file, scripts] of sets) {
    const code = await bundleScripts(scripts, o.distDir, o.base);
    fs.mkdirSync(path.dirname(path.join(o.outDir, file)), { recursive: true });
    fs.writeFileSync(path.join(o.outDir, file), code);
    bundles.push({ file, bytes: Buffer.byteLength(code) });
  }
  // The module files now live inside the bundles; nothing in the copy loads them any more.
  for (const file of files) {
    if (file.startsWith('_astro/') && /\.m?js$/.test(file) && !referenced.has(file)) fs.rmSync(path.join(o.outDir, file));
  }
  const search = await writeOfflineSearch(o.distDir, o.outDir);

  const missing = [...referenced]
    .filter(([t]) => !ONLINE_ONLY.some((p) => t.startsWith(p)) && !fs.existsSync(path.join(o.outDir, t)))
    .map(([target, from]) => ({ target, from }));

  const finalFiles = listFiles(o.outDir);
  const bytes = finalFiles.reduce((n, f) => n + fs.statSync(path.join(o.outDir, f)).size, 0);
  const zipBytes = zipFolder(o.outDir, o.zipFile, OFFLINE_FOLDER);
  // The online site offers the zip on its home pages.
  fs.mkdirSync(path.join(o.distDir, 'downloads'), { recursive: true });
  fs.copyFileSync(o.zipFile, path.join(o.distDir, 'downloads', OFFLINE_ZIP));
  const homePagesOffering = offerZip(o.distDir, o.base, zipBytes);
  return { pages, files: finalFiles.length, bytes, bundles, search, zipBytes, missing, homePagesOffering };
}
