/** Runs every check over a set of source files and returns the diagnostics and the pages that passed. */
import { checkFile } from './check-file.ts';
import { checkTree, type ValidPage } from './check-tree.ts';
import { sortDiagnostics, type Diagnostic } from './diagnostics.ts';
import type { TreeOptions } from './check-translations.ts';
import type { SourceFile } from '../content/load.ts';

export interface CheckResult {
  diagnostics: Diagnostic[];
  pages: ValidPage[];
  errors: number;
}

export function checkSources(sources: SourceFile[], options: TreeOptions = {}): CheckResult {
  const diagnostics: Diagnostic[] = [];
  const pages: ValidPage[] = [];
  for (const file of sources) {
    const r = checkFile(file);
    diagnostics.push(...r.diagnostics);
    if (r.frontmatter) pages.push({ file, fm: r.frontmatter, text: r.text });
  }
  diagnostics.push(...checkTree(pages, new Set(sources.filter((s) => !s.refused).map((s) => s.path)), options));
  const sorted = sortDiagnostics(diagnostics);
  return { diagnostics: sorted, pages, errors: sorted.filter((d) => d.severity === 'error').length };
}
