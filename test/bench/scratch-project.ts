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
  for (const f of ['src', 'scripts', 'public', 'data', 'astro.config.mjs', 'package.json', 'tsconfig.json']) fs.cpSync(path.join(repo, f), path.join(dir, f), { recursive: true });
  for (const [rel, text] of files) {
    fs.mkdirSync(path.join(dir, path.dirname(rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

/** Runs `astro build` in a scratch project; throws with the tail of its output when it fails. */
export function buildScratch(dir: string): { seconds: number; stdout: string } {
  const t0 = performance.now();
  const r = runInScratch(dir, [path.join(repo, 'node_modules/astro/bin/astro.mjs'), 'build']);
  if (r.status !== 0) throw new Error(`astro build failed in ${dir}:\n${r.output.slice(-4000)}`);
  return { seconds: (performance.now() - t0) / 1000, stdout: r.output };
}

/** Runs node with these arguments in a scratch project; a child that outlives the timeout is killed. */
export function runInScratch(dir: string, args: string[], timeout = 300_000): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', timeout, killSignal: 'SIGKILL', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') throw new Error(`node ${args.join(' ')} did not finish within ${timeout / 1000} s in ${dir}`);
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}
