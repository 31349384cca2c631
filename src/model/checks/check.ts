/** Runs every check over a set of source files and returns the diagnostics and the pages that passed. */
import { checkFile } from './check-file.ts';
import { checkTree, type ValidPage } from './corpus/check-tree.ts';
import { sortDiagnostics, type Diagnostic } from './diagnostics.ts';
import type { TreeOptions } from './corpus/check-translations.ts';
import { checkFlows, type ValidFlow } from './corpus/check-flows.ts';
import type { SourceFile } from '../content/load.ts';

export interface CheckResult {
  diagnostics: Diagnostic[];
  pages: ValidPage[];
  flows: ValidFlow[];
  errors: number;
}

export function checkSources(sources: SourceFile[], options: TreeOptions = {}): CheckResult {
  const diagnostics: Diagnostic[] = [];
  const pages: ValidPage[] = [];
  const flows: ValidFlow[] = [];
  for (const file of sources) {
    const r = checkFile(file);
    diagnostics.push(...r.diagnostics);
    if (r.frontmatter) pages.push({ file, fm: r.frontmatter, text: r.text });
    if (r.flow) flows.push({ file, flow: r.flow });
  }
  const present = new Set(sources.filter((s) => !s.refused).map((s) => s.path));
  diagnostics.push(...checkTree(pages, present, options, diagnostics), ...checkFlows(flows, pages, present, options));
  const sorted = sortDiagnostics(diagnostics);
  return { diagnostics: sorted, pages, flows, errors: sorted.filter((d) => d.severity === 'error').length };
}
