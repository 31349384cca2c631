/**
 * `npm run dev` / `npm run preview`: the Astro CLI with telemetry off (a project's scripts should not phone
 * home, and builds never touch the network). Arguments are passed through.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

/** Astro's CLI file, found from its package root: the package's exports do not include `bin/`. */
function astroBin(): string {
  let dir = path.dirname(createRequire(import.meta.url).resolve('astro'));
  while (!fs.existsSync(path.join(dir, 'package.json')) || JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).name !== 'astro') {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('cannot find the astro package: run `npm ci` first');
    dir = up;
  }
  const bin = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).bin;
  return path.join(dir, typeof bin === 'string' ? bin : bin.astro);
}

const astro = astroBin();
const child = spawn(process.execPath, [astro, ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const s of ['SIGINT', 'SIGTERM'] as const) process.on(s, () => child.kill(s));
