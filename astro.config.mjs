// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { LOCALES, DEFAULT_LOCALE } from './src/model/locales.ts';
import { contentLocaleFix } from './src/integrations/content-locale-fix.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { searchFragments } from './src/integrations/search-fragments.ts';
import { starlightStrings } from './src/integrations/starlight-strings.ts';
import { SEARCH_RANKING } from './src/model/site/search/pagefind.ts';
import { BASE_PATH, SITE_URL } from './src/model/config.ts';

export default defineConfig({
  site: SITE_URL,
  base: BASE_PATH,
  trailingSlash: 'always',
  // Pages rendered 16 at a time: with one at a time the render loop waited on each page's file write
  // (a fifth of the render phase idle in a CPU profile); the output is byte-identical (scripts/bench/README.md).
  build: { concurrency: 16 },
  vite: {
    build: {
      rolldownOptions: {
        // Every MDX page triggers this notice about Astro's own head-injection directive: noise, not a problem.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
  integrations: [
    contentGuard(),
    // Without a site URL a sitemap cannot name absolute URLs; a stand-in under the sitemap's name stops
    // Starlight from adding the real one (which would only warn and skip).
    ...(SITE_URL ? [] : [{ name: '@astrojs/sitemap', hooks: {} }]),
    starlight({
      title: 'eTOM Atlas',
      defaultLocale: DEFAULT_LOCALE,
      locales: Object.fromEntries(LOCALES.map((l) => [l.code, { label: l.label, lang: l.lang }])),
      markdown: { processedDirs: ['./content'] },
      pagefind: { ranking: SEARCH_RANKING },
      plugins: [starlightStrings()],
      // No page has a code block of its own (the Mermaid sources are plain <pre>, MermaidSource.astro): Expressive
      // Code would only add work to every build; a contributor's code fence gets Astro's Shiki highlighting.
      expressiveCode: false,
      // The sidebar is generated per page from the process tree (src/route-middleware.ts).
      sidebar: [],
      routeMiddleware: ['./src/route-middleware.ts', './src/layout-middleware.ts'],
      // Our own 404 pages, one per language (src/pages/404.astro and src/pages/[locale]/404.astro).
      disable404Route: true,
      components: {
        PageTitle: './src/components/ProcessHeader.astro',
        MarkdownContent: './src/components/ProcessContent.astro',
        Search: './src/components/SiteSearch.astro',
        SocialIcons: './src/components/HeaderLinks.astro',
        Footer: './src/components/SiteFooter.astro',
        LanguageSelect: './src/components/LanguageSelect.astro',
        Sidebar: './src/components/SiteSidebar.astro',
        LastUpdated: './src/components/LastUpdated.astro',
        PageFrame: './src/components/PageFrame.astro',
      },
      customCss: ['layout', 'process', 'diagram', 'home', 'tree', 'map', 'status', 'standards', 'search', 'sidebar', 'print'].map((f) => `./src/styles/${f}.css`),
    }),
    contentLocaleFix(),
    searchFragments(),
  ],
});
