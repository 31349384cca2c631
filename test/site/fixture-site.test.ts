/**
 * Builds a small site from the fixture tree (with a single Italian page) to test what the full content
 * no longer shows once everything is translated: fallback pages and translated Markdown labels.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const repo = path.resolve('.');
const dir = path.join(repo, '.bench', 'fixture-site'); // inside the repo, so packages resolve from its node_modules
const html = (p: string) => fs.readFileSync(path.join(dir, 'dist', p, 'index.html'), 'utf8');

beforeAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const f of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) fs.cpSync(path.join(repo, f), path.join(dir, f), { recursive: true });
  fs.cpSync(path.join(repo, 'test/fixtures/base/content'), path.join(dir, 'content'), { recursive: true });
  const en = fs.readFileSync(path.join(dir, 'content/en/1.1.1.5.mdx'), 'utf8');
  fs.writeFileSync(path.join(dir, 'content/en/1.1.1.5.mdx'), `${en}\n:::note\nEnglish aside.\n:::\n`);
  fs.mkdirSync(path.join(dir, 'content/it'));
  fs.writeFileSync(path.join(dir, 'content/it/1.1.1.5.mdx'),
    '---\nid: "1.1.1.5"\ntitle: "Gestione degli ordini"\nlevel: 2\nparent: "1.1.1"\nsummary: "Porta l\'ordine dal cliente alla chiusura."\nverticals: [fulfillment]\n---\n\nTesto italiano sugli ordini.\n\n:::note\nNota italiana.\n:::\n');
  const r = spawnSync(process.execPath, [path.join(repo, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`fixture build failed:\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`);
}, 180_000);

describe('fallback and translated pages', () => {
  it('a fallback page is in the reader\'s language, says it is English, and is kept out of the search index', () => {
    const page = html('it/1.1.1.5.1');
    expect(page).toMatch(/<html lang="it"/);
    expect(page).toContain('Questa pagina non è ancora tradotta in italiano');
    expect(page).toContain('Processi contenuti'); // our labels in Italian
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
