/** Loads fixture content: the valid base tree, overlaid with one case's files. */
import path from 'node:path';
import fs from 'node:fs';
import { listContentFiles, parseSource, type SourceFile } from '../../src/model/content/load.ts';

export const FIXTURES = path.resolve('test/fixtures');

export function loadFixture(caseName?: string): SourceFile[] {
  const byPath = new Map<string, SourceFile>();
  for (const dir of ['base', ...(caseName ? [`invalid/${caseName}`] : [])]) {
    const root = path.join(FIXTURES, dir);
    for (const f of listContentFiles(path.join(root, 'content'))) {
      const s = parseSource(f, fs.readFileSync(f, 'utf8'), root);
      byPath.set(s.path, s);
    }
  }
  return [...byPath.values()];
}
