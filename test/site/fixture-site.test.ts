/**
 * Builds a small site from the fixture tree (with a single Italian page) to test what the full content
 * no longer shows once everything is translated: fallback pages and translated Markdown labels.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { buildScratch, scratchProject } from '../bench/scratch-project.ts';
import { baseFixtureFiles } from '../model/helpers.ts';
import { htmlFiles } from './dist.ts';
import { STARLIGHT_STRINGS } from '../../src/model/i18n/starlight.ts';

let dir: string;
const html = (p: string) => fs.readFileSync(path.join(dir, 'dist', p, 'index.html'), 'utf8');

beforeAll(() => {
  const files = baseFixtureFiles();
  const order = files.find(([p]) => p === 'content/en/1.1.1.5.mdx')!;
  order[1] += '\n:::note\nEnglish aside.\n:::\n';
  files.push(['content/it/1.1.1.5.mdx',
    '---\nid: "1.1.1.5"\ntitle: "Gestione degli ordini"\nlevel: 2\nparent: "1.1.1"\nsummary: "Porta l\'ordine dal cliente alla chiusura."\nverticals: [fulfillment]\n---\n\nTesto italiano sugli ordini.\n\n:::note\nNota italiana.\n:::\n']);
  dir = scratchProject('fixture-site', files);
  buildScratch(dir);
}, 180_000);

describe('fallback and translated pages', () => {
  it('a fallback page is in the reader\'s language, says it is English, and is kept out of the search index', () => {
    const page = html('it/1.1.1.5.1');
    expect(page).toMatch(/<html lang="it"/);
    expect(page).toContain('Questa pagina non è ancora tradotta in italiano');
    expect(page.includes('Mostra sulla mappa')).toBe(true); // our labels in Italian
    expect(page).not.toContain('data-pagefind-body');
  });

  it('a Chinese fallback page gives its notice in Chinese, not in English or Italian', () => {
    const page = html('zh/1.1.1.5');
    expect(page).toMatch(/<html lang="zh-CN"|<html lang="zh"/);
    expect(page).toContain(STARLIGHT_STRINGS.zh['i18n.untranslatedContent']);
    expect(page).not.toContain(STARLIGHT_STRINGS.en['i18n.untranslatedContent']);
    expect(page).not.toContain(STARLIGHT_STRINGS.it['i18n.untranslatedContent']);
    expect(html('en/1.1.1.5')).not.toContain(STARLIGHT_STRINGS.en['i18n.untranslatedContent']);
  });

  it('the status page counts the one Italian page (no stamp) as outdated, none fresh, the rest missing', () => {
    // Six English files (five pages and a flow); it/1.1.1.5 exists without a `source` stamp; no Chinese page.
    for (const l of ['en', 'it', 'zh']) {
      const page = html(`${l}/status`);
      const cells = (locale: string) => [...new RegExp(`<tr data-locale="${locale}">([\\s\\S]*?)</tr>`).exec(page)![1]!.matchAll(/<td>([^<]*)<\/td>/g)].map((m) => m[1]!.trim());
      expect(cells('it'), l).toEqual(['1 / 6', '0', '1', '0', '5']);
      expect(cells('zh'), l).toEqual(['0 / 6', '0', '0', '0', '6']);
    }
  });

  it('a translated page is indexed, and its Markdown labels are translated', () => {
    const page = html('it/1.1.1.5');
    expect(page).toContain('data-pagefind-body');
    expect(page).not.toContain('non è ancora tradotta');
    expect(page).toMatch(/starlight-aside__title[^>]*>(?:<svg[\s\S]*?<\/svg>)?\s*Nota\s*</);
    expect(html('en/1.1.1.5')).toMatch(/starlight-aside__title[^>]*>(?:<svg[\s\S]*?<\/svg>)?\s*Note\s*</);
  });

  it('the Italian search index holds the Italian pages only', () => {
    const entry = JSON.parse(fs.readFileSync(path.join(dir, 'dist/pagefind/pagefind-entry.json'), 'utf8'));
    // Every Italian page that asks to be indexed (the translated process page, the home and data pages), and no other.
    const indexedIt = htmlFiles(path.join(dir, 'dist/it')).filter((f) => fs.readFileSync(f, 'utf8').includes('data-pagefind-body'));
    expect(indexedIt.map((f) => path.relative(path.join(dir, 'dist'), f))).toContain('it/1.1.1.5/index.html');
    expect(indexedIt.map((f) => path.relative(path.join(dir, 'dist'), f))).not.toContain('it/1.1.1.5.1/index.html');
    expect(entry.languages.it.page_count).toBe(indexedIt.length);
    const indexedEn = htmlFiles(path.join(dir, 'dist/en')).filter((f) => fs.readFileSync(f, 'utf8').includes('data-pagefind-body'));
    expect(indexedEn.length).toBeGreaterThanOrEqual(6); // the six English content files at least
    expect(entry.languages.en.page_count).toBe(indexedEn.length);
  });

  it('the picker on a process page leads to the same process in every language', () => {
    const page = html('it/1.1.1.5');
    for (const l of ['en', 'it', 'zh']) expect(page).toContain(`value="/${l}/1.1.1.5/"`);
  });
});
