/**
 * Builds a small site from the fixture tree (with a single Italian page) to test what the full content
 * no longer shows once everything is translated: fallback pages and translated Markdown labels.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { buildScratch, scratchProject } from '../bench/scratch-project.ts';
import { baseFixtureFiles } from '../model/helpers.ts';

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

  it('a translated page is indexed, and its Markdown labels are translated', () => {
    const page = html('it/1.1.1.5');
    expect(page).toContain('data-pagefind-body');
    expect(page).not.toContain('non è ancora tradotta');
    expect(page).toMatch(/starlight-aside__title[^>]*>(?:<svg[\s\S]*?<\/svg>)?\s*Nota\s*</);
    expect(html('en/1.1.1.5')).toMatch(/starlight-aside__title[^>]*>(?:<svg[\s\S]*?<\/svg>)?\s*Note\s*</);
  });

  it('the Italian search index holds the Italian pages only', () => {
    const entry = JSON.parse(fs.readFileSync(path.join(dir, 'dist/pagefind/pagefind-entry.json'), 'utf8'));
    const indexedIt = ['it/1.1.1.5', 'it'].filter((p) => html(p).includes('data-pagefind-body')).length;
    expect(entry.languages.it.page_count).toBe(indexedIt);
    expect(entry.languages.en.page_count).toBeGreaterThanOrEqual(6);
  });

  it('the picker on a process page leads to the same process in every language', () => {
    const page = html('it/1.1.1.5');
    for (const l of ['en', 'it', 'zh']) expect(page).toContain(`value="/${l}/1.1.1.5/"`);
  });
});
