/** The built pages as a reader gets them: translated interface, a real root and 404, footer links, no empty contents box. */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { DIST, htmlFiles, urlOf } from './dist.ts';
import { atlas } from '../model/real-content.ts';
import { LOCALES, TRANSLATED_LOCALES } from '../../src/model/locales.ts';
import { UI } from '../../src/model/i18n/index.ts';
import { pageKind } from '../../src/model/site/page-kind.ts';

const read = (p: string) => fs.readFileSync(path.join(DIST, p), 'utf8');
const decode = (s: string) => s.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** Starlight's English strings, from its own translation file (the values its other languages replace). */
function starlightEnglish(): Record<string, string> {
  const src = fs.readFileSync(path.resolve('node_modules/@astrojs/starlight/dist/translations/en.js'), 'utf8');
  return Object.fromEntries([...src.matchAll(/^\s*"([\w.]+)": "(.*)",?$/gm)].map((m) => [m[1]!, JSON.parse(`"${m[2]}"`) as string]));
}
/** The Starlight strings our pages show (search, theme and language pickers, menu, contents, footer, headings). */
const SHOWN = ['skipLink.label', 'search.label', 'search.cancelLabel', 'themeSelect.accessibleLabel', 'themeSelect.dark', 'themeSelect.light', 'themeSelect.auto',
  'languageSelect.accessibleLabel', 'menuButton.accessibleLabel', 'sidebarNav.accessibleLabel', 'tableOfContents.onThisPage', 'tableOfContents.overview',
  'page.lastUpdated', 'page.previousLink', 'page.nextLink', 'heading.anchorLabel'];

describe('interface strings', () => {
  const en = starlightEnglish();

  it('every Starlight string we show is translated on every Italian and Chinese page (heading anchors included)', () => {
    for (const key of SHOWN) expect(en[key], key).toBeTruthy();
    const english = SHOWN.map((k) => en[k]!.replace(/\{\{\w+\}\}/, '')).map((s) => s.split('“')[0]!.trim()).filter((s) => s.length > 3);
    // Words Italian shares with English ("Menu", "Auto" for the automatic theme) are translations too.
    const same: Record<string, string[]> = { it: ['Menu', 'Auto'], zh: [] };
    for (const l of TRANSLATED_LOCALES) {
      const files = htmlFiles(path.join(DIST, l));
      expect(files.length).toBeGreaterThan(450);
      const found = new Map<string, string>();
      for (const f of files) {
        const html = decode(fs.readFileSync(f, 'utf8'));
        for (const s of english) {
          if (found.has(s) || same[l]!.includes(s)) continue;
          if (new RegExp(`[>"]\\s*${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*(?=[<"“])`).test(html)) found.set(s, urlOf(f));
        }
      }
      expect(Object.fromEntries(found), l).toEqual({});
    }
    // The zh anchor label is ours, not Starlight's English placeholder.
    expect(read('zh/1.1.1.5/index.html').includes('一节的链接')).toBe(true);
  });

  it('the language picker names each language in its own language', () => {
    for (const p of ['en/index.html', 'it/map/index.html', 'zh/1.1.1.5/index.html', '404.html']) {
      const select = read(p).match(/<atlas-lang-select[\s\S]*?<\/atlas-lang-select>/)![0];
      const options = [...select.matchAll(/<option\b[^>]*>[^<]*<\/option>/g)].map((m) => m[0]);
      expect(options, p).toHaveLength(LOCALES.length);
      for (const l of LOCALES) expect(options.find((o) => o.includes(`>${l.label}<`)), `${p} ${l.code}`).toContain(`lang="${l.lang}"`);
    }
  });
});

describe('site pages', () => {
  it('the root page links each language for readers without JavaScript, and picks one with a script', () => {
    const html = read('index.html');
    for (const l of LOCALES) expect(html).toMatch(new RegExp(`<a href="/${l.code}/" hreflang="${l.lang}"`));
    expect(html).toContain('navigator.languages');
    expect(html).not.toContain('http-equiv="refresh"');
  });

  it('a 404 page per language, in that language, not indexed, with the ways back in', () => {
    for (const [file, l] of [['404.html', 'en'], ['en/404/index.html', 'en'], ['it/404/index.html', 'it'], ['zh/404/index.html', 'zh']] as const) {
      const html = read(file);
      const has = (re: RegExp | string) => (typeof re === 'string' ? html.includes(re) : re.test(html));
      expect(has(new RegExp(`<html lang="${LOCALES.find((x) => x.code === l)!.lang}"`)), `${file}: lang`).toBe(true);
      expect(has(new RegExp(`<h1 id="_top"[^>]*>${UI[l]['notfound.title']}</h1>`)), `${file}: title`).toBe(true);
      expect(has(/<meta name="robots" content="noindex"\/?>/), `${file}: noindex`).toBe(true);
      for (const href of [`/${l}/`, `/${l}/map/`, `/${l}/all/`]) expect(has(`href="${href}"`), `${file} → ${href}`).toBe(true);
      expect(has('data-pagefind-body'), `${file}: indexed`).toBe(false);
    }
    expect(read('404.html').includes('location.replace')).toBe(true);
  });

  it('every page links the translation status, the downloads and the other data pages in its footer, with the TM Forum notice', () => {
    // Every page but the root language chooser, which is a bare page of links.
    const files = htmlFiles(DIST).filter((f) => f !== path.join(DIST, 'index.html'));
    expect(files.length).toBeGreaterThan(1300);
    for (const f of files) {
      const footer = fs.readFileSync(f, 'utf8').match(/<nav class="site-footer"[\s\S]*?<\/nav>/)?.[0] ?? '';
      const l = /^\/(en|it|zh)\//.exec(urlOf(f))?.[1] ?? 'en';
      for (const page of ['status', 'downloads', 'open-apis', 'releases']) expect(footer, `${urlOf(f)} ${page}`).toContain(`href="/${l}/${page}/"`);
      expect(footer, urlOf(f)).toContain('TM Forum');
    }
  });

  it('a process page has a contents box only when it lists something besides the overview', () => {
    for (const id of atlas.tree.nodes.keys()) {
      const html = read(`en/${id}/index.html`);
      const toc = html.match(/<starlight-toc[\s\S]*?<\/starlight-toc>/)?.[0];
      if (!toc) continue;
      const items = [...toc.matchAll(/<a href="#([^"]+)"/g)].map((m) => m[1]);
      expect(items.length, id).toBeGreaterThanOrEqual(3);
      expect(items, id).toContain('diagram-heading');
      expect(items.includes('children-heading'), id).toBe(html.includes('id="children-heading"'));
    }
    // A Level 3 page without sections of its own: no box, and no "not broken down further" notice either.
    const leaf = read('en/1.1.1.5.1/index.html');
    expect(leaf).not.toContain('<starlight-toc');
    expect(leaf).not.toContain('id="children-heading"');
  });

  it('reads title, summary, description, children, diagram, in that order', () => {
    const html = read('en/1.1.1.5/index.html');
    const at = (s: string) => html.indexOf(s);
    const summary = atlas.page('en', '1.1.1.5')!.summary;
    expect(at('<h1')).toBeLessThan(at(`<p class="process-summary">${summary.replace(/'/g, '&#39;')}</p>`));
    expect(at('class="process-summary"')).toBeLessThan(at('sl-markdown-content'));
    expect(at('sl-markdown-content')).toBeLessThan(at('id="children-heading"'));
    expect(at('id="children-heading"')).toBeLessThan(at('id="diagram-heading"'));
  });

  it('keeps every Level 2 page under the 80 KB HTML budget', () => {
    const level2 = [...atlas.tree.nodes.values()].filter((n) => n.level === 2);
    let largest = 0;
    for (const l of LOCALES) for (const n of level2) largest = Math.max(largest, fs.statSync(path.join(DIST, l.code, n.id, 'index.html')).size);
    expect(largest).toBeLessThanOrEqual(80 * 1024);
  });

  it('tells every page\'s stylesheets what kind of page it is, in one data-page attribute', () => {
    const processIds = new Set(atlas.tree.nodes.keys());
    for (const f of htmlFiles()) {
      const url = urlOf(f);
      const html = fs.readFileSync(f, 'utf8');
      const kinds = [...html.matchAll(/ data-page="([^"]*)"/g)].map((m) => m[1]);
      // The root page only redirects to a language; it has no frame.
      if (url === '/') { expect(kinds, url).toEqual([]); continue; }
      const parts = url.split('/').filter(Boolean);
      const kind = pageKind(url.slice(1), parts.length === 2 && processIds.has(parts[1]!));
      expect(kinds, url).toHaveLength(1);
      expect(kinds[0]!.split(' ')[0], url).toBe(kind);
      // Splash pages keep their full-width desktop layout: "wide"; process pages have the sidebar column.
      if (['home', 'map', 'not-found'].includes(kind)) expect(kinds[0], url).toBe(`${kind} wide`);
      else if (kind === 'process') expect(kinds[0], url).toBe('process');
    }
  });
});
