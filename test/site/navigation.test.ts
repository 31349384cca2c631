/**
 * Reader-visible behaviour of the built pages that the model's unit tests cannot reach (route middleware,
 * Astro components, Pagefind): previous/next in tree order, the sidebar's open branch, what the search
 * index holds and ignores, aliases, the status figures. Needs dist/ (`npm run build`).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { Window } from 'happy-dom';
import { atlas } from '../model/real-content.ts';
import { LOCALE_CODES } from '../../src/model/locales.ts';
import { isNumericId, processPath } from '../../src/model/content/ids.ts';
import { t } from '../../src/model/i18n/index.ts';
import { DIST } from './dist.ts';

const html = (p: string) => {
  const f = path.join(DIST, p, 'index.html');
  if (!fs.existsSync(f)) throw new Error(`${f} is missing: run \`npm run build\` first`);
  return fs.readFileSync(f, 'utf8');
};
const pageOf = (locale: string, id: string) => html(processPath(locale, id).slice(1, -1));
const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const order = atlas.tree.treeOrder();
// Pagefind stores Chinese segmented by zero-width spaces: compare text with all spacing removed.
const squash = (s: string) => s.replace(/[\u200b\s]/g, '');

function dom(source: string): Document {
  const w = new Window();
  w.document.write(source);
  return w.document as unknown as Document;
}

describe('previous and next', () => {
  it('follow the tree order over the whole tree, in every locale', () => {
    expect(order.length).toBe(atlas.tree.nodes.size);
    for (const locale of LOCALE_CODES) {
      order.forEach((id, i) => {
        const page = pageOf(locale, id);
        const rel = (r: 'prev' | 'next') => /<a href="([^"]+)" rel="(?:prev|next)"/.exec(page.match(new RegExp(`<a href="[^"]+" rel="${r}"[^>]*>`))?.[0] ?? '')?.[1];
        const want = (j: number) => (order[j] === undefined ? undefined : processPath(locale, order[j]!));
        expect([rel('prev'), rel('next')], `${locale} ${id}`).toEqual([want(i - 1), want(i + 1)]);
      });
    }
  });

  it('are labelled with the neighbour\'s id and title in the page language', () => {
    const page = pageOf('zh', '1.1.1.5');
    const next = order[order.indexOf('1.1.1.5') + 1]!;
    expect(decode(/rel="next"[\s\S]*?<span class="link-title[^"]*">([^<]+)</.exec(page)![1]!)).toBe(atlas.label('zh', next));
  });
});

describe('the sidebar', () => {
  // The open groups are exactly those on the way to the current page: its area, Level 1 and Level 2 group.
  const cases = [...LOCALE_CODES.flatMap((l) => ['1.1', '1.1.1', '1.1.1.5', '1.1.1.5.2', '1.2.1.3', 'billing', '1.3.7.4'].map((id) => [l, id] as const))];
  it.each(cases)('%s %s: opens the current branch and only it', (locale, id) => {
    const doc = dom(pageOf(locale, id));
    const current = [...doc.querySelectorAll('nav.sidebar a[aria-current="page"]')];
    expect(current.map((a) => a.getAttribute('href'))).toEqual([processPath(locale, id)]);
    const all = [...doc.querySelectorAll('nav.sidebar details')];
    expect(all.length).toBeGreaterThan(3);
    const holding = all.filter((d) => d.contains(current[0]!));
    expect(holding.length).toBeGreaterThan(0);
    expect(all.filter((d) => d.hasAttribute('open'))).toEqual(holding);
  });
});

describe('the search index', () => {
  const fragments = new Map<string, { url: string; content: string; meta: { title: string; summary: string } }>();
  for (const f of fs.readdirSync(path.join(DIST, 'pagefind/fragment'))) {
    const raw = zlib.gunzipSync(fs.readFileSync(path.join(DIST, 'pagefind/fragment', f))).toString('utf8');
    const json = JSON.parse(raw.slice('pagefind_dcd'.length));
    fragments.set(json.url, json);
  }

  it('holds every process page of every locale once, titled by its label', () => {
    for (const locale of LOCALE_CODES) {
      for (const id of order) {
        const fr = fragments.get(processPath(locale, id));
        // The label, followed on a replaced process by its successors.
        expect(fr?.meta.title.startsWith(atlas.label(locale, id)), `${locale} ${id}: ${fr?.meta.title}`).toBe(true);
      }
    }
  });

  it('leaves out the breadcrumbs, the level badge, the map link, the children, the diagram and the referenced-by list', () => {
    for (const locale of LOCALE_CODES) {
      const labels = [t(locale, 'map.show'), t(locale, 'children'), t(locale, 'diagram'), t(locale, 'referencedBy'), t(locale, 'aliases')];
      for (const id of order) {
        const content = squash(fragments.get(processPath(locale, id))!.content);
        for (const l of labels) expect(content, `${locale} ${id}`).not.toContain(squash(l));
        expect(content, `${locale} ${id}`).not.toContain(squash(t(locale, 'level', { n: atlas.tree.get(id)!.level })));
        // The breadcrumb trail is each ancestor's "id title" label; its text is not indexed.
        for (const a of atlas.tree.ancestors(id)) expect(content, `${locale} ${id}`).not.toContain(squash(atlas.label(locale, a)));
        // A numbered child's "id title" label appears only in the list of children (a vertical's bare name may be in the text).
        for (const c of atlas.tree.children(id).filter(isNumericId)) expect(content, `${locale} ${id}`).not.toContain(squash(atlas.label(locale, c)));
      }
    }
  });

  it('indexes the aliases of each page', () => {
    let pages = 0;
    for (const locale of LOCALE_CODES) {
      for (const id of order) {
        const aliases = atlas.page(locale, id)?.aliases ?? [];
        if (aliases.length) pages++;
        for (const a of aliases) expect(squash(fragments.get(processPath(locale, id))!.content), `${locale} ${id}`).toContain(squash(a));
      }
    }
    expect(pages).toBe(LOCALE_CODES.map((l) => order.filter((id) => (atlas.page(l, id)?.aliases ?? []).length > 0).length).reduce((a, b) => a + b));
    expect(pages).toBeGreaterThan(0);
  });
});

describe('aliases', () => {
  it('are shown under "Also known as" on exactly the pages that have them, in every locale', () => {
    for (const locale of LOCALE_CODES) {
      for (const id of order) {
        const block = /<p class="process-aliases">[\s\S]*?<\/p>/.exec(pageOf(locale, id))?.[0];
        const aliases = atlas.page(locale, id)?.aliases ?? [];
        if (aliases.length === 0) expect(block, `${locale} ${id}`).toBeUndefined();
        else expect(decode(block!.replace(/<[^>]+>/g, '')), `${locale} ${id}`).toBe(`${t(locale, 'aliases')}: ${aliases.join(' · ')}`);
      }
    }
  });
});

describe('the translation status page', () => {
  it('shows the figures `npm run i18n` prints, in every language', () => {
    const r = spawnSync(process.execPath, ['scripts/report-translations.ts'], { encoding: 'utf8', timeout: 60_000, killSignal: 'SIGKILL' });
    expect(r.status, r.stderr).toBe(0);
    const printed = new Map(r.stdout.split('\n').slice(1).map((l) => l.trim().split(/\s+/)).filter((c) => c.length === 5).map(([l, ...n]) => [l!, n.map(Number)]));
    expect([...printed.keys()]).toEqual(['it', 'zh']);
    const total = Number(/\(of (\d+) English pages\)/.exec(r.stdout)![1]);
    for (const locale of LOCALE_CODES) {
      const page = html(`${locale}/status`);
      for (const [l, [translated, outdated, untranslated, missing]] of printed) {
        const row = new RegExp(`<tr data-locale="${l}">([\\s\\S]*?)</tr>`).exec(page)![1]!;
        const cells = [...row.matchAll(/<td>([^<]*)<\/td>/g)].map((m) => m[1]!.trim());
        expect(cells, `${locale}: ${l}`).toEqual([`${translated} / ${total}`, String(translated! - outdated!), String(outdated), String(untranslated), String(missing)]);
      }
    }
  });
});
