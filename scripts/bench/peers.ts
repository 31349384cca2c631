/**
 * The bench's peers: the same page bodies as our scratch build, in a plain Starlight site (same Astro and
 * Starlight versions, a sidebar of as many links as ours shows) and in bare Astro with MDX (one page
 * per body, no layout). Both live under .bench/ so packages resolve from the repository's node_modules.
 */
import fs from 'node:fs';
import path from 'node:path';

const repo = process.cwd();

function write(dir: string, files: [string, string][]): string {
  fs.rmSync(dir, { recursive: true, force: true });
  for (const [rel, text] of files) {
    fs.mkdirSync(path.join(dir, path.dirname(rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

/** Our content files reduced to id, title and body (the peers' schemas know nothing else). The peers'
 * loaders slugify ids, dropping the dots, so pages are named with dashes: 1.1.1.1 is /1-1-1-1/. */
function bodies(files: Iterable<[string, string]>): { id: string; title: string; body: string }[] {
  const out: { id: string; title: string; body: string }[] = [];
  for (const [rel, text] of files) {
    const m = /^content\/en\/(.+)\.mdx$/.exec(rel);
    const fm = /^---\n([\s\S]*?)\n---\n/.exec(text);
    if (!m || !fm) continue;
    const title = /^title:\s*"?(.*?)"?$/m.exec(fm[1]!)?.[1] ?? m[1]!;
    out.push({ id: m[1]!.replace(/\./g, '-'), title, body: text.slice(fm[0].length) });
  }
  return out;
}
const front = (title: string) => `---\ntitle: ${JSON.stringify(title)}\n---\n`;
/** Declared like ours, so Vite bundles the integrations for the server as it does in our build. */
function manifest(name: string, deps: string[]): string {
  const ours = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  return JSON.stringify({ name, private: true, type: 'module', dependencies: Object.fromEntries(deps.map((d) => [d, ours.dependencies[d]])) });
}
/** Our config's filter for a notice every MDX page triggers; without it the peers' logs would be mostly noise. */
const QUIET = "vite: { build: { rolldownOptions: { onwarn(w, warn) { if (w.code !== 'MODULE_LEVEL_DIRECTIVE') warn(w); } } } }";
/** Our three languages: the peers build a page per body in each, as ours does (fallbacks included). */
const LANGS = ['en', 'it', 'zh'];

export function starlightPeer(name: string, files: Iterable<[string, string]>, sidebarLinks: number): string {
  const pages = bodies(files);
  // The same number of sidebar links as ours, in three groups as our three areas.
  const links = pages.slice(0, sidebarLinks).map((p) => ({ label: p.title, link: `/en/${p.id}/` }));
  const groups = [0, 1, 2].map((g) => ({ label: `Area ${g + 1}`, items: links.filter((_, i) => i % 3 === g) }));
  return write(path.join(repo, '.bench', name), [
    ['package.json', manifest('bench-starlight', ['astro', '@astrojs/starlight', '@astrojs/mdx'])],
    ['astro.config.mjs', `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ ${QUIET}, integrations: [starlight({ title: 'Bench', defaultLocale: 'en', locales: ${JSON.stringify(Object.fromEntries(LANGS.map((l) => [l, { label: l, lang: l }])))}, sidebar: ${JSON.stringify(groups)} })] });\n`],
    ['src/content.config.ts', `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`],
    // Starlight makes no root page when every language has a prefix, as ours has; the preview needs one.
    ['public/index.html', '<!doctype html><meta http-equiv="refresh" content="0; url=/en/">\n'],
    ['src/content/docs/en/index.mdx', `${front('Bench')}\nThe home page.\n`],
    ...pages.map((p): [string, string] => [`src/content/docs/en/${p.id}.mdx`, front(p.title) + p.body]),
  ]);
}

export function bareAstroPeer(name: string, files: Iterable<[string, string]>): string {
  const pages = bodies(files);
  return write(path.join(repo, '.bench', name), [
    ['package.json', manifest('bench-bare', ['astro', '@astrojs/mdx'])],
    ['astro.config.mjs', `import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ ${QUIET}, integrations: [mdx()] });\n`],
    ['src/content.config.ts', `import { defineCollection } from 'astro:content';\nimport { z } from 'astro/zod';\nimport { glob } from 'astro/loaders';\nexport const collections = { pages: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './pages' }), schema: z.object({ title: z.string() }) }) };\n`],
    ['src/pages/[lang]/[id].astro', `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() { return (await getCollection('pages')).flatMap((entry) => ${JSON.stringify(LANGS)}.map((lang) => ({ params: { lang, id: entry.id }, props: { entry } }))); }\nconst { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n<html lang="en"><head><meta charset="utf-8"><title>{entry.data.title}</title></head><body><h1>{entry.data.title}</h1><Content /></body></html>\n`],
    ['src/pages/index.astro', '<html lang="en"><head><meta charset="utf-8"><title>Bench</title></head><body><h1>Bench</h1></body></html>\n'],
    ...pages.map((p): [string, string] => [`pages/${p.id}.mdx`, front(p.title) + p.body]),
  ]);
}
