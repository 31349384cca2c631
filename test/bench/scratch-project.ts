/**
 * A throwaway copy of the site's code with content of our choosing, built with the real Astro config.
 * It lives under .bench/ inside the repository so packages resolve from its node_modules (Vite rejects a
 * symlinked node_modules). Used by `npm run bench` and by tests that need content the real site lacks.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const repo = process.cwd();

export function scratchProject(name: string, files: Iterable<[string, string]>): string {
  const dir = path.join(repo, '.bench', name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const f of ['src', 'public', 'data', 'astro.config.mjs', 'package.json', 'tsconfig.json']) fs.cpSync(path.join(repo, f), path.join(dir, f), { recursive: true });
  for (const [rel, text] of files) {
    fs.mkdirSync(path.join(dir, path.dirname(rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

/** Runs `astro build` in a scratch project; throws with the tail of its output when it fails. */
export function buildScratch(dir: string): { seconds: number; stdout: string } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [path.join(repo, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`astro build failed in ${dir}:\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`);
  return { seconds: (performance.now() - t0) / 1000, stdout: r.stdout };
}
