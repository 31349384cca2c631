/** Loads fixture content: the valid base tree, overlaid with one case's files. */
import fs from 'node:fs';
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

/** Every file of the valid base tree as [path relative to the project, text], for scratch sites. */
export function baseFixtureFiles(): [string, string][] {
  const root = path.join(FIXTURES, 'base');
  const walk = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
  return walk(path.join(root, 'content')).map((f) => [path.relative(root, f).split(path.sep).join('/'), fs.readFileSync(f, 'utf8')]);
}
