/**
 * The content collection's loader. It finds and reads files with the model's own functions (no symlinks,
 * `.mdx` only, the one frontmatter reading) and runs the same checks as `npm run check`, so `astro build`
 * run directly refuses what the checker refuses. In `npm run dev` problems are logged and the page of
 * a file the checks refuse shows the guard's error (src/integrations/content-guard.ts) instead of running.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { loadSources } from '../model/content/load.ts';
import { checkSources } from '../model/checks/check.ts';
import { formatText, summarize } from '../model/checks/diagnostics.ts';

export function contentLoader(): Loader {
  return {
    name: 'etom-content',
    load: async ({ store, parseData, generateDigest, watcher, logger, config }) => {
      const root = fileURLToPath(config.root);
      const contentDir = path.join(root, 'content');
      const sync = async () => {
        const sources = loadSources(contentDir, root);
        const result = checkSources(sources);
        const errors = result.diagnostics.filter((d) => d.severity === 'error');
        if (errors.length) {
          const report = `${errors.map(formatText).join('\n')}\n${summarize(errors, sources.length)}`;
          if (!watcher) throw new Error(`content/ has problems; nothing is published until they are fixed:\n${report}`);
          logger.error(`content/ has problems (the pages concerned show them when opened):\n${report}`);
        }
        const valid = new Map<string, Record<string, unknown>>([...result.pages.map((p) => [p.file.path, p.fm] as const), ...result.flows.map((f) => [f.file.path, f.flow] as const)]);
        const seen = new Set<string>();
        for (const s of sources) {
          if (s.refused) continue;
          // The entry id is the page's path: en/1.1.1.5, en/flows/order-to-payment.
          const id = `${s.locale}/${s.kind === 'flow' ? 'flows/' : ''}${s.name}`;
          seen.add(id);
          // Only reachable in dev: a refused file keeps a route so that opening it shows the error.
          const data = valid.get(s.path) ?? { title: s.name };
          store.set({
            id,
            data: await parseData({ id, data, filePath: path.join(root, s.path) }),
            body: s.body,
            filePath: s.path,
            digest: generateDigest(s.raw),
            deferredRender: true,
          });
        }
        for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      };
      await sync();
      if (!watcher) return;
      watcher.add(contentDir);
      const onChange = (file: string) => {
        if (!path.resolve(file).startsWith(contentDir + path.sep)) return;
        sync().catch((e: Error) => logger.error(e.message));
      };
      watcher.on('add', onChange).on('change', onChange).on('unlink', onChange);
    },
  };
}
