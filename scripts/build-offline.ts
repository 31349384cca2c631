/**
 * `npm run build:offline` (after `npm run build`): the offline edition, dist-offline/ and dist-offline.zip,
 * made from dist/ (scripts/offline/package.ts), and the zip offered on the online home pages.
 */
import { buildOffline } from './offline/package.ts';
import { BASE_PATH } from '../src/model/config.ts';

const t0 = performance.now();
const r = await buildOffline({ distDir: 'dist', outDir: 'dist-offline', zipFile: 'dist-offline.zip', base: BASE_PATH });
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
console.log(`Offline edition: ${r.pages} pages, ${r.files} files, ${mb(r.bytes)} in dist-offline/; zip ${mb(r.zipBytes)} (dist-offline.zip, dist/downloads/); ` +
  `${r.bundles.length} script bundles (${r.bundles.map((b) => kb(b.bytes)).join(', ')}); ` +
  `search ${r.search.filter((s) => s.locale).map((s) => `${s.locale} ${kb(s.gzip)} gzip`).join(', ')}; ` +
  `offered on ${r.homePagesOffering} home pages; ${((performance.now() - t0) / 1000).toFixed(1)} s.`);
if (r.missing.length) {
  for (const m of r.missing.slice(0, 20)) console.error(`missing: ${m.target} (linked from ${m.from})`);
  console.error(`${r.missing.length} links point at files the copy lacks`);
  process.exitCode = 1;
}
