/**
 * A page's module scripts as one classic script (Rolldown, IIFE): from file: Chromium refuses external
 * module scripts and imports. One bundle per distinct set of scripts, not per script: bundled one by
 * one, shared modules (Starlight's table-of-contents element) would run, and define themselves, twice.
 */
import crypto from 'node:crypto';
import path from 'node:path';
import { rolldown } from 'rolldown';
import type { ModuleScript } from './rewrite-html.ts';

/** Where the bundles go in the copy. */
export const BUNDLE_DIR = '_offline';

/** The copy path of the bundle for these scripts: named by their content, so equal sets share one file. */
export function bundlePath(scripts: ModuleScript[]): string {
  const hash = crypto.createHash('sha256').update(JSON.stringify(scripts)).digest('hex').slice(0, 10);
  return `${BUNDLE_DIR}/page-${hash}.js`;
}

const ENTRY = '\0offline-entry';
const INLINE = '\0offline-inline:';

/** The bundle's code; `distDir` holds the files the scripts' site paths (under `base`) name. */
export async function bundleScripts(scripts: ModuleScript[], distDir: string, base: string): Promise<string> {
  const entry = scripts.map((s, i) => `import ${JSON.stringify('src' in s ? s.src : INLINE + i)};`).join('\n');
  const bundle = await rolldown({
    input: ENTRY,
    logLevel: 'warn',
    plugins: [{
      name: 'offline-pages',
      resolveId(source, importer) {
        if (source === ENTRY || source.startsWith(INLINE)) return source;
        // Site paths ("/_astro/x.js") are files of the build; relative imports resolve as usual.
        if (source.startsWith(base)) return path.join(distDir, source.slice(base.length));
        if (importer?.startsWith('\0') && source.startsWith('.')) return path.join(distDir, source);
        return null;
      },
      load(id) {
        if (id === ENTRY) return entry;
        if (id.startsWith(INLINE)) return (scripts[Number(id.slice(INLINE.length))] as { code: string }).code;
        return null;
      },
    }],
  });
  try {
    const { output } = await bundle.generate({ format: 'iife', codeSplitting: false, minify: true });
    return output[0].code;
  } finally {
    await bundle.close();
  }
}
