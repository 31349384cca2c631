/** Any Node a user is likely to have gives a clear answer: below 22.12, one line saying what to install. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { satisfies } from '../../scripts/check-node.mjs';

const SYSTEM_NODE = '/usr/bin/node';
const systemVersion = fs.existsSync(SYSTEM_NODE) ? spawnSync(SYSTEM_NODE, ['--version'], { encoding: 'utf8', timeout: 10_000 }).stdout.trim().slice(1) : '';

describe('the Node version check', () => {
  it('compares versions segment by segment', () => {
    expect(satisfies('22.12.0', '22.12')).toBe(true);
    expect(satisfies('24.1.0', '22.12')).toBe(true);
    expect(satisfies('22.11.9', '22.12')).toBe(false);
    expect(satisfies('20.20.2', '22.12')).toBe(false);
    expect(satisfies('22.2.0', '22.12')).toBe(false);
    expect(satisfies('23.0.0', '22.12')).toBe(true);
  });

  it.skipIf(!systemVersion || satisfies(systemVersion, '22.12'))(`npm start on the system Node (${systemVersion || 'none'}) prints one line and exits 1`, () => {
    const r = spawnSync('npm', ['start'], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, PATH: `/usr/bin:/bin` } });
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n').filter((l) => l.includes('eTOM Atlas needs Node'));
    expect(lines).toEqual([`eTOM Atlas needs Node 22.12 or newer (24 recommended); this is Node ${systemVersion}. Get it with \`nvm install 24\` (or your package manager, or https://nodejs.org), then run the command again.`]);
    expect(r.stderr + r.stdout).not.toContain('ERR_UNKNOWN_FILE_EXTENSION');
  });
});
