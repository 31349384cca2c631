/**
 * The practitioner's cross-references as built: every process page's Open API chips and Referenced-by
 * list equal the model's, and the Open APIs page links each API to exactly the processes citing it — both
 * ways, in every locale.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { atlas } from '../model/real-content.ts';
import { apiIndex, standardsOf } from '../../src/model/site/standards.ts';
import { LOCALE_CODES } from '../../src/model/locales.ts';
import { DIST } from './dist.ts';

const html = (p: string) => {
  const f = path.join(DIST, p, 'index.html');
  if (!fs.existsSync(f)) throw new Error(`${f} is missing: run \`npm run build\` first`);
  return fs.readFileSync(f, 'utf8');
};
const section = (page: string, cls: string) => new RegExp(`<section class="${cls}"[\\s\\S]*?</section>`).exec(page)?.[0] ?? '';

describe('standards on the built pages', () => {
  const cited = atlas.tree.treeOrder().filter((id) => standardsOf(atlas, id).apis.length > 0);

  it('the content cites Open APIs on the example pages the issue names, and on many more', () => {
    for (const id of ['1.1.1.5', '1.1.2.2', '1.1.3.3', '1.1.1.10']) expect(standardsOf(atlas, id).apis.length, id).toBeGreaterThan(0);
    expect(cited.length).toBeGreaterThan(40);
  });

  for (const locale of LOCALE_CODES) {
    it(`${locale}: every page's API chips and Referenced-by list are the model's`, () => {
      for (const id of atlas.tree.treeOrder()) {
        const page = html(`${locale}/${id}`);
        const chips = [...section(page, 'standards').matchAll(/class="api-chip" href="([^"]+)"/g)].map((m) => m[1]);
        expect(chips, `${locale} ${id}`).toEqual(standardsOf(atlas, id).apis.map((a) => `/${locale}/open-apis/#${a.number}`));
        const refs = [...section(page, 'referenced-by').matchAll(/<a href="\/[^/]+\/([^/"]+)\/"/g)].map((m) => m[1]);
        expect(refs, `${locale} ${id}`).toEqual(atlas.referencedBy(locale, id));
      }
    });

    it(`${locale}: the Open APIs page lists each cited API with exactly the processes citing it`, () => {
      const page = html(`${locale}/open-apis`);
      const rows = [...page.matchAll(/<tr id="(TMF\d{3})"[\s\S]*?<\/tr>/g)];
      const index = apiIndex(atlas);
      expect(rows.map((r) => r[1])).toEqual(index.map((r) => r.api.number));
      rows.forEach((r, i) => {
        const links = [...r[0].matchAll(/<a href="\/[^/]+\/([^/"]+)\/"/g)].map((m) => m[1]);
        expect(links, r[1]).toEqual(index[i]!.processes);
      });
    });
  }

  it('a page that links to 1.1.1.5 in its text is listed under "Referenced by" on 1.1.1.5', () => {
    const from = atlas.referencedBy('en', '1.1.1.5');
    expect(from.length).toBeGreaterThan(5);
    for (const id of from) expect(atlas.translated('en', id)!.links, id).toContain('1.1.1.5');
  });
});
