/** The offline step's pieces on small inputs: URLs made relative and ending in a file, scripts bundled as classic ones. */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { relativeUrl, rewriteCssUrls, rewriteRefresh, rewriteSrcset, type UrlContext } from '../../scripts/offline/urls.ts';
import { rewriteHtml, type ModuleScript } from '../../scripts/offline/rewrite-html.ts';
import { bundlePath, bundleScripts } from '../../scripts/offline/bundle-scripts.ts';

const dirs = new Set(['en', 'en/1.1', 'en/1.1.1', '_astro', 'search']);
const ctx = (base = '/'): UrlContext => ({ base, isDir: (p) => dirs.has(p) });

describe('relativeUrl', () => {
  it('turns site paths into relative paths that name a file', () => {
    const from = 'en/1.1/index.html';
    expect(relativeUrl('/en/1.1.1/', from, ctx())).toBe('../1.1.1/index.html');
    expect(relativeUrl('/en/1.1/', from, ctx())).toBe('index.html');
    expect(relativeUrl('/', from, ctx())).toBe('../../index.html');
    expect(relativeUrl('/en/1.1.1', from, ctx())).toBe('../1.1.1/index.html');
    expect(relativeUrl('/_astro/a.css', from, ctx())).toBe('../../_astro/a.css');
    expect(relativeUrl('/en/1.1.1/#children', from, ctx())).toBe('../1.1.1/index.html#children');
    expect(relativeUrl('/en/1.1.1/?q=a', from, ctx())).toBe('../1.1.1/index.html?q=a');
  });

  it('completes relative links that end in a folder, as content links are written', () => {
    expect(relativeUrl('../1.1.1/', 'en/1.1/index.html', ctx())).toBe('../1.1.1/index.html');
    expect(relativeUrl('../1.1.1/#x', 'en/1.1/index.html', ctx())).toBe('../1.1.1/index.html#x');
    expect(relativeUrl('en/', 'index.html', ctx())).toBe('en/index.html');
  });

  it('leaves fragments, other sites and other schemes alone', () => {
    for (const u of ['#top', 'https://example.org/en/', '//cdn.example/x.js', 'mailto:a@b.c', 'data:image/png;base64,AA', '?q=1']) {
      expect(relativeUrl(u, 'en/1.1/index.html', ctx())).toBe(u);
    }
  });

  it('strips the base path of a site built under one, and leaves paths outside it', () => {
    expect(relativeUrl('/etom-atlas/en/1.1/', 'en/index.html', ctx('/etom-atlas/'))).toBe('1.1/index.html');
    expect(relativeUrl('/etom-atlas', 'en/index.html', ctx('/etom-atlas/'))).toBe('../index.html');
    expect(relativeUrl('/other/', 'en/index.html', ctx('/etom-atlas/'))).toBe('/other/');
  });

  it('rewrites CSS url(), srcset and meta refresh', () => {
    const map = (u: string) => relativeUrl(u, '_astro/a.css', ctx());
    expect(rewriteCssUrls(`a{background:url(/img/x.png)} b{src:url("/_astro/f.woff2") format("woff2")} c{x:url(data:,z)}`, map))
      .toBe(`a{background:url(../img/x.png)} b{src:url("f.woff2") format("woff2")} c{x:url(data:,z)}`);
    expect(rewriteSrcset('/a.png 1x, /b.png 2x', (u) => relativeUrl(u, 'en/index.html', ctx()))).toBe('../a.png 1x, ../b.png 2x');
    expect(rewriteRefresh('0;url=/en/', (u) => relativeUrl(u, 'index.html', ctx()))).toBe('0;url=en/index.html');
  });
});

describe('rewriteHtml', () => {
  const opts = (seen: ModuleScript[][] = []) => ({
    file: 'en/1.1/index.html',
    ctx: ctx(),
    dropAttribute: 'data-online-only',
    bundleFor: (s: ModuleScript[]) => (seen.push(s), bundlePath(s)),
  });

  it('rewrites the URLs of links, sources, SVG links, the picker options and data-* paths, and nothing else', () => {
    const html = `<!doctype html><html><head><link rel="stylesheet" href="/_astro/a.css"><style>p{background:url('/img/p.png')}</style></head>` +
      `<body><a href="/en/1.1.1/" class=x>One &amp; two</a><a href='#top'>top</a><img src="/img/p.png" srcset="/img/p.png 1x, /img/q.png 2x" alt="">` +
      `<svg><a href="/en/1.1.1/"><text>t</text></a></svg><select><option value="/it/1.1/">It</option><option value="dark">Dark</option></select>` +
      `<div data-table="/search/table-en.js" data-strings='{"a":"/b"}' style="background:url(/img/p.png)"></div><a href="/x?a=1&amp;b=2">q</a></body></html>`;
    expect(rewriteHtml(html, opts())).toBe(
      `<!doctype html><html><head><link rel="stylesheet" href="../../_astro/a.css"><style>p{background:url('../../img/p.png')}</style></head>` +
      `<body><a href="../1.1.1/index.html" class=x>One &amp; two</a><a href='#top'>top</a><img src="../../img/p.png" srcset="../../img/p.png 1x, ../../img/q.png 2x" alt="">` +
      `<svg><a href="../1.1.1/index.html"><text>t</text></a></svg><select><option value="../../it/1.1/index.html">It</option><option value="dark">Dark</option></select>` +
      `<div data-table="../../search/table-en.js" data-strings='{"a":"/b"}' style="background:url(../../img/p.png)"></div><a href="../../x?a=1&amp;b=2">q</a></body></html>`);
  });

  it('replaces all module scripts that load or import with one deferred classic script where the first was', () => {
    const seen: ModuleScript[][] = [];
    const html = `<head><link rel="modulepreload" href="/_astro/c.js"><script type="module" src="/_astro/a.js"></script><script>var classic=1</script></head>` +
      `<body><script type="module">customElements.define('x-a', class extends HTMLElement {})</script>` +
      `<script type="module">import "/_astro/b.js";</script></body>`;
    const out = rewriteHtml(html, opts(seen));
    expect(seen).toEqual([[{ src: '/_astro/a.js' }, { code: 'import "/_astro/b.js";' }]]);
    expect(out).toBe(`<head><script defer src="../../${bundlePath(seen[0]!)}"></script><script>var classic=1</script></head>` +
      `<body><script type="module">customElements.define('x-a', class extends HTMLElement {})</script></body>`);
  });

  it('leaves out the elements and attributes only the online site has, with what they contain', () => {
    const html = `<main><p data-online-only hidden><a href="/downloads/x.zip">zip</a> <b>x</b></p><p>kept</p>` +
      `<div class="s" data-pagefind="/pagefind/pagefind.js" data-table="/search/t.js"></div></main>`;
    expect(rewriteHtml(html, { ...opts(), removeAttributes: ['data-pagefind'] })).toBe('<main><p>kept</p><div class="s" data-table="../../search/t.js"></div></main>');
  });
});

describe('bundleScripts', () => {
  it('bundles external and inline modules into one classic script that runs a shared module once', async () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'etom-bundle-'));
    try {
      fs.mkdirSync(path.join(dist, '_astro'));
      fs.writeFileSync(path.join(dist, '_astro/shared.js'), 'globalThis.log.push("shared"); export const n = 2;');
      fs.writeFileSync(path.join(dist, '_astro/a.js'), 'import { n } from "./shared.js"; globalThis.log.push("a" + n);');
      fs.writeFileSync(path.join(dist, '_astro/b.js'), 'import { n } from "/_astro/shared.js"; globalThis.log.push("b" + n);');
      const code = await bundleScripts([{ src: '/_astro/a.js' }, { code: 'import "/_astro/b.js"; globalThis.log.push("inline");' }], dist, '/');
      expect(code).not.toMatch(/^\s*(import|export)\b/m);
      const sandbox = { log: [] as string[] };
      vm.runInNewContext(code, sandbox, { timeout: 5_000 });
      expect(sandbox.log).toEqual(['shared', 'a2', 'b2', 'inline']);
    } finally {
      fs.rmSync(dist, { recursive: true, force: true });
    }
  });
});
