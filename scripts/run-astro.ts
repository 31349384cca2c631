/**
 * `npm run dev` / `npm run preview`: the Astro CLI with telemetry off (a project's scripts should not phone
 * home, and builds never touch the network). Arguments are passed through.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const astro = createRequire(import.meta.url).resolve('astro/bin/astro.mjs');
const child = spawn(process.execPath, [astro, ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const s of ['SIGINT', 'SIGTERM'] as const) process.on(s, () => child.kill(s));
