/** `npm run i18n` against the real content/, recounted here independently from the files on disk. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';

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

  it('finds every translation complete and fresh', () => {
    const out = spawnSync(process.execPath, ['scripts/report-translations.ts'], { encoding: 'utf8', timeout: 60_000 }).stdout;
    expect(out).not.toMatch(/^(outdated|untranslated|missing) /m);
  });
});
