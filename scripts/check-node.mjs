// Plain JavaScript on purpose: it must run on the old Node it is there to reject, before any .ts file loads.
// Every npm script that needs Node >= 22.12 (Astro 7, type stripping) runs this first.
import { readFileSync } from 'node:fs';

const wanted = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).engines.node.replace(/^>=\s*/, '');

/** True when `have` (e.g. "20.20.2") is at least `want` (e.g. "22.12"). */
export function satisfies(have, want) {
  const h = have.split('.').map(Number);
  const w = want.split('.').map(Number);
  for (let i = 0; i < w.length; i++) if ((h[i] ?? 0) !== w[i]) return (h[i] ?? 0) > w[i];
  return true;
}

if (import.meta.url === `file://${process.argv[1]}` && !satisfies(process.versions.node, wanted)) {
  console.error(`eTOM Atlas needs Node ${wanted} or newer (24 recommended); this is Node ${process.versions.node}. Get it with \`nvm install 24\` (or your package manager, or https://nodejs.org), then run the command again.`);
  process.exit(1);
}
