/**
 * Starlight's Markdown transforms (aside titles, heading-link labels) pick the page language from the
 * file's path inside src/content/docs/. Our content lives in content/<locale>/, so they would always
 * fall back to English. This integration, registered after Starlight, hands those transforms the path
 * the file would have inside src/content/docs/, so they translate into the right language.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

type Ctx = { fileURL?: URL | string; [k: string]: unknown };
type PluginFactory = (ctx: Ctx) => unknown;

export function contentLocaleFix(): AstroIntegration {
  return {
    name: 'etom-content-locale-fix',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const contentDir = path.join(root, 'content') + path.sep;
        const docsDir = path.join(fileURLToPath(config.srcDir), 'content', 'docs') + path.sep;
        const remap = (url: URL | string | undefined) => {
          if (!url) return url;
          const p = url instanceof URL ? fileURLToPath(url) : url.startsWith('file:') ? fileURLToPath(url) : url;
          if (!p.startsWith(contentDir)) return url;
          const moved = docsDir + p.slice(contentDir.length);
          return url instanceof URL || String(url).startsWith('file:') ? pathToFileURL(moved) : moved;
        };
        const processor = (config.markdown as { processor?: { options?: Record<string, unknown> } }).processor;
        const opts = processor?.options;
        let wrapped = 0;
        for (const key of ['mdastPlugins', 'hastPlugins']) {
          const list = opts?.[key];
          if (!Array.isArray(list)) continue;
          list.forEach((plugin, i) => {
            if (typeof plugin !== 'function') return;
            list[i] = ((ctx: Ctx) => (plugin as PluginFactory)({ ...ctx, fileURL: remap(ctx.fileURL) })) as PluginFactory;
            wrapped++;
          });
        }
        if (wrapped === 0) logger.warn('no Markdown plugins to wrap: aside titles on it/zh pages may stay English');
      },
    },
  };
}
