/**
 * `npm run build` checks in a worker and hands the verdicts to the main thread (scripts/lib/check-worker.ts):
 * a handed-over verdict is used only for a file read exactly as the worker read it.
 */
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/model/checks/check-file.ts';
import { exportVerdicts, importVerdicts } from '../../src/model/checks/verdicts.ts';
import { loadFixture } from './helpers.ts';

describe('verdicts handed between threads', () => {
  const file = loadFixture().find((f) => f.path.endsWith('en/1.1.1.mdx'))!;

  it('exports every verdict reached, as plain data that survives a structured clone', () => {
    const result = checkFile(file);
    const entries = structuredClone(exportVerdicts());
    const mine = entries.find(([p]) => p === file.path);
    expect(mine?.[1].result).toEqual(result);
  });

  it('uses an imported verdict for the same file read the same way, and checks a changed file again', () => {
    const marker = { diagnostics: [{ code: 'ETOM000', severity: 'warning', file: file.path, line: 1, column: 1, message: 'handed over' }] } as never;
    importVerdicts([[file.path, { key: JSON.stringify(file), result: marker }]]);
    expect(checkFile(file)).toBe(marker);
    const changed = { ...file, raw: `${file.raw}\nOne more sentence.\n`, body: `${file.body}\nOne more sentence.\n` };
    expect(checkFile(changed)).not.toBe(marker);
    expect(checkFile(changed).diagnostics.some((d) => d.message === 'handed over')).toBe(false);
  });
});
