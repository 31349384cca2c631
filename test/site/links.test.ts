import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { BUILDS, htmlFiles, resolves, urlOf } from './dist.ts';
import { REPOSITORY_URL } from '../../src/model/config.ts';
import { LOCALE_CODES } from '../../src/model/locales.ts';
import { UI } from '../../src/model/i18n/index.ts';

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
  describe(`Mermaid source copy buttons, served under ${base}`, () => {
    // The button once took its label from Expressive Code, which guessed the language from the URL and
    // under a base path labelled every Italian and Chinese button in English: each locale shows its own.
    const labels = (locale: string) => {
      const seen = new Set<string>();
      let blocks = 0;
      for (const file of htmlFiles(`${dir}/${locale}`)) {
        for (const m of fs.readFileSync(file, 'utf8').matchAll(/<button type="button" class="source-copy"[^>]*>([^<]*)<\/button>/g)) {
          seen.add(m[1]!);
          blocks++;
        }
      }
      return { seen: [...seen], blocks };
    };

    it('are labelled in the page language on every page with a diagram, in every locale', () => {
      const en = labels('en');
      expect(en.blocks).toBeGreaterThan(450);
      for (const locale of LOCALE_CODES) {
        const { seen, blocks } = labels(locale);
        expect(blocks, locale).toBe(en.blocks);
        expect(seen, locale).toEqual([UI[locale]!['diagram.source.copy']]);
      }
    });
  });
}
