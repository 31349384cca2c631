/**
 * The last gate before MDX runs: a Vite transform placed ahead of the MDX compiler. Every `.mdx` module
 * is read with the model's frontmatter reading and checked with the model's file checks; a file the
 * checks refuse is never compiled (the build stops; the dev server shows the error), and a file they
 * accept is compiled as exactly the body that was checked, behind an empty frontmatter block.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parseSource } from '../model/content/load.ts';
import { compiledSource, splitFrontmatter } from '../model/content/frontmatter.ts';
import { checkFile } from '../model/checks/check-file.ts';
import { formatText } from '../model/checks/diagnostics.ts';
import { MDX_FEATURES } from '../model/checks/body/body-rules.ts';

export function contentGuard(): AstroIntegration {
  return {
    name: 'etom-content-guard',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const root = fileURLToPath(config.root);
        const contentDir = path.join(root, 'content') + path.sep;
        updateConfig({
          vite: {
            plugins: [{
              name: 'etom-content-guard',
              enforce: 'pre',
              transform: {
                // The id MDX itself compiles (no query); Astro's `?astroPropagatedAssets` wrapper only imports it.
                filter: { id: /\.mdx?$/ },
                handler(code: string, id: string) {
                  const file = id;
                  if (file.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
                  const rel = path.relative(root, file);
                  if (!file.startsWith(contentDir) || !file.endsWith('.mdx')) {
                    this.error(`${rel}: only .mdx files inside content/ are built by this site`);
                  }
                  const problems = checkFile(parseSource(file, code, root)).diagnostics.filter((d) => d.severity === 'error');
                  if (problems.length) this.error(`${rel} is refused by the content checks:\n${problems.map(formatText).join('\n')}`);
                  return { code: compiledSource(splitFrontmatter(code)), map: null };
                },
              },
            }],
          },
        });
      },
      'astro:config:done': ({ config }) => {
        // The checker parses bodies with these features; if the build's compiler used others, the
        // checked tree and the compiled tree could differ.
        const features = { gfm: true, smartPunctuation: true, ...(config.markdown as { processor?: { options?: { features?: object } } }).processor?.options?.features };
        if (JSON.stringify(Object.entries(features).sort()) !== JSON.stringify(Object.entries(MDX_FEATURES).sort())) {
          throw new Error(`content guard: the build compiles MDX with ${JSON.stringify(features)} but the checker parses with ${JSON.stringify(MDX_FEATURES)}; update MDX_FEATURES in src/model/checks/body/body-rules.ts`);
        }
      },
    },
  };
}
