/** Loads fixture content: the valid base tree, overlaid with one case's files. */
import path from 'node:path';
import { loadSources, type SourceFile } from '../../src/model/content/load.ts';

export const FIXTURES = path.resolve('test/fixtures');

export function loadFixture(caseName?: string): SourceFile[] {
  const byPath = new Map<string, SourceFile>();
  for (const dir of ['base', ...(caseName ? [`invalid/${caseName}`] : [])]) {
    const root = path.join(FIXTURES, dir);
    for (const s of loadSources(path.join(root, 'content'), root)) byPath.set(s.path, s);
  }
  return [...byPath.values()];
}
