import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { BUILDS, htmlFiles, resolves, urlOf } from './dist.ts';
import { REPOSITORY_URL } from '../../src/model/config.ts';

for (const { dir, base } of BUILDS) {
  describe(`built site links, served under ${base}`, () => {
    const files = htmlFiles(dir);

    it('has a page per process per locale', () => {
      // 451 processes and verticals + 6 flows, in each of 3 locales, plus the site's own pages.
      expect(files.length).toBeGreaterThan(457 * 3);
    });

    it('every internal href and src resolves under the base path, and nothing points off-site', () => {
      const broken: string[] = [];
      const external: string[] = [];
      let checked = 0;
      for (const file of files) {
        const html = fs.readFileSync(file, 'utf8');
        const at = new URL(urlOf(file, dir, base), 'http://site.invalid');
        for (const m of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
          const raw = m[1]!.replace(/&amp;/g, '&');
          if (/^(mailto:|tel:|data:|javascript:|#)/.test(raw)) continue;
          const url = new URL(raw, at);
          if (REPOSITORY_URL && url.href.startsWith(`${REPOSITORY_URL}/edit/`)) continue; // "Edit page": a link, not a request
          if (url.host !== 'site.invalid') {
            // The canonical/hreflang <link>s name the configured site URL; anything else off-site is a defect.
            if (!/rel="(canonical|alternate|sitemap)"/.test(html.slice(Math.max(0, m.index! - 120), m.index! + 200))) external.push(`${urlOf(file, dir, base)} → ${raw}`);
            continue;
          }
          checked++;
          if (!resolves(url.pathname, dir, base)) broken.push(`${urlOf(file, dir, base)} → ${raw}`);
        }
      }
      expect(checked).toBeGreaterThan(files.length * 20);
      expect(broken.slice(0, 20)).toEqual([]);
      expect(external.slice(0, 20)).toEqual([]);
    });
  });
}

for (const { dir, base } of BUILDS) {
  describe(`code blocks' buttons, served under ${base}`, () => {
    // Expressive Code guesses a block's language from the URL, which under a base path once gave every
    // Italian and Chinese copy button an English label: each locale must show one label, its own.
    const titles = (locale: string) => {
      const seen = new Set<string>();
      let blocks = 0;
      for (const file of htmlFiles(`${dir}/${locale}`)) {
        for (const m of fs.readFileSync(file, 'utf8').matchAll(/<div class="copy">.*?<button title="([^"]*)"/g)) {
          seen.add(m[1]!);
          blocks++;
        }
      }
      return { seen: [...seen], blocks };
    };
    const en = titles('en');

    it('copy buttons are labelled in the page language in every locale', () => {
      expect(en.blocks).toBeGreaterThan(400);
      expect(en.seen).toHaveLength(1);
      for (const locale of ['it', 'zh']) {
        const { seen, blocks } = titles(locale);
        expect(blocks, locale).toBe(en.blocks);
        expect(seen, locale).toHaveLength(1);
        expect(seen[0], locale).not.toBe(en.seen[0]);
      }
    });
  });
}
