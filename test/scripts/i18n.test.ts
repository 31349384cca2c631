/** `npm run i18n` against the real content/, recounted here independently from the files on disk. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Process pages and flows (content/<l>/flows/), the flows keyed by their folder as the report does.
const ids = (l: string) => [
  ...fs.readdirSync(`content/${l}`).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -4)),
  ...fs.readdirSync(`content/${l}/flows`).filter((f) => f.endsWith('.mdx')).map((f) => `flows/${f.slice(0, -4)}`),
];

describe('npm run i18n', () => {
  it('prints the numbers the files on disk give', () => {
    const out = spawnSync(process.execPath, ['scripts/report-translations.ts'], { encoding: 'utf8', timeout: 60_000 }).stdout;
    const english = ids('en');
    for (const l of ['it', 'zh']) {
      const mine = ids(l).filter((id) => english.includes(id));
      const outdated = mine.filter((id) => {
        const stamp = /^source: "([0-9a-f]+)"$/m.exec(fs.readFileSync(`content/${l}/${id}.mdx`, 'utf8'))?.[1];
        return stamp !== createHash('sha256').update(fs.readFileSync(`content/en/${id}.mdx`)).digest('hex').slice(0, 12);
      });
      const row = new RegExp(`^${l}\\s+${mine.length}\\s+${outdated.length}\\s+0\\s+${english.length - mine.length}$`, 'm');
      expect(out).toMatch(row);
    }
    expect(out).toContain(`(of ${english.length} English pages)`);
  });

  // An outdated translation is a warning: the report lists it and exits 0, so it never fails CI.
  it('reports a small tree with one outdated translation exactly, and exits 0', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'etom-i18n-'));
    try {
      fs.cpSync('test/fixtures/base/content', path.join(dir, 'content'), { recursive: true });
      fs.cpSync('test/fixtures/invalid/ETOM020/content', path.join(dir, 'content'), { recursive: true });
      const now = createHash('sha256').update(fs.readFileSync('test/fixtures/base/content/en/1.1.1.5.mdx')).digest('hex').slice(0, 12);
      const r = spawnSync(process.execPath, [path.resolve('scripts/report-translations.ts')], { cwd: dir, encoding: 'utf8', timeout: 60_000, killSignal: 'SIGKILL' });
      expect(r.status, r.stderr).toBe(0);
      const missing = (l: string, ids: string[]) => ids.map((id) => `missing       content/${l}/${id}.mdx`);
      expect(r.stdout.trimEnd().split('\n')).toEqual([
        'locale  translated  outdated  untranslated  missing  (of 6 English pages)',
        'it               1         1             0        5',
        'zh               0         0             0        6',
        `outdated      content/it/1.1.1.5.mdx  (follows 0123456789ab, English is now ${now})`,
        ...missing('it', ['1.1.1.5.1', '1.1.1', '1.1', 'flows/order-to-payment', 'fulfillment']),
        ...missing('zh', ['1.1.1.5.1', '1.1.1.5', '1.1.1', '1.1', 'flows/order-to-payment', 'fulfillment']),
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
