/**
 * Flows against the framework and against their English originals: every step is a Level 2 or 3
 * process of the English tree, and a translation has exactly the English flow's steps (its `does`
 * lines are translated; the processes and the branching are facts of the flow).
 */
import { diag, type Diagnostic } from '../diagnostics.ts';
import { DEFAULT_LOCALE } from '../../locales.ts';
import { sourceHash } from '../../content/freshness.ts';
import { stepLine } from '../frontmatter/flow-file.ts';
import type { FlowFrontmatter } from '../../content/schema.ts';
import type { ValidPage } from './check-tree.ts';
import type { SourceFile } from '../../content/load.ts';
import type { TreeOptions } from './check-translations.ts';

export interface ValidFlow {
  file: SourceFile;
  flow: FlowFrontmatter;
}

const shape = (f: FlowFrontmatter) => JSON.stringify(f.steps.map((s) => ({ process: s.process, then: s.then ?? null })));

export function checkFlows(flows: ValidFlow[], pages: ValidPage[], present: Set<string>, options: TreeOptions = {}): Diagnostic[] {
  const out: Diagnostic[] = [];
  const english = new Map(pages.filter((p) => p.file.locale === DEFAULT_LOCALE).map((p) => [p.fm.id, p]));
  const seen = new Map<string, ValidFlow>();
  for (const f of flows) {
    const key = `${f.file.locale}/${f.flow.id}`;
    const first = seen.get(key);
    if (first) out.push(diag(f.file.path, f.file.fieldLines['id'] ?? 1, 1, 'ETOM003', `flow id "${f.flow.id}" is already used by ${first.file.path}`, 'give this flow its own id, or delete one of the two files'));
    else seen.set(key, f);
  }
  for (const f of seen.values()) {
    if (f.file.locale !== DEFAULT_LOCALE) continue;
    f.flow.steps.forEach((s, i) => {
      const p = english.get(s.process);
      const line = stepLine(f.file, i + 1);
      if (!p) out.push(diag(f.file.path, line, 1, 'ETOM036', `step ${i + 1}: process "${s.process}" does not exist`, 'use the id of a Level 2 or Level 3 process that has a page in content/en/'));
      else if (p.fm.level < 2) out.push(diag(f.file.path, line, 1, 'ETOM037', `step ${i + 1}: "${s.process}" ${p.fm.title} is a Level ${p.fm.level} grouping, not a process a flow can pass through`, `use one of its Level 2 or Level 3 processes, e.g. ${pages.filter((x) => x.file.locale === DEFAULT_LOCALE && x.fm.parent === s.process).slice(0, 3).map((x) => x.fm.id).join(', ') || 'a child process'}`));
    });
  }
  for (const f of seen.values()) {
    if (f.file.locale === DEFAULT_LOCALE) continue;
    const orig = seen.get(`${DEFAULT_LOCALE}/${f.flow.id}`);
    const enPath = `content/${DEFAULT_LOCALE}/flows/${f.flow.id}.mdx`;
    if (!orig) {
      if (!present.has(enPath)) out.push(diag(f.file.path, f.file.fieldLines['id'] ?? 1, 1, 'ETOM010', `no English original ${enPath} for this translation`, 'translate an existing English flow, or add the English flow first'));
      continue;
    }
    if (shape(f.flow) !== shape(orig.flow)) {
      const at = f.flow.steps.findIndex((s, i) => s.process !== orig.flow.steps[i]?.process || JSON.stringify(s.then ?? null) !== JSON.stringify(orig.flow.steps[i]?.then ?? null));
      const n = at < 0 ? Math.min(f.flow.steps.length, orig.flow.steps.length) + 1 : at + 1;
      out.push(diag(f.file.path, stepLine(f.file, n), 1, 'ETOM038', `the steps differ from ${orig.file.path} from step ${n} on (${f.flow.steps.length} steps here, ${orig.flow.steps.length} there)`, `copy the steps' \`process\` and \`then\` from ${orig.file.path}; translate only the \`does\` lines`));
    }
    const current = sourceHash(orig.file.raw);
    if (f.flow.source !== current && !options.sameChange?.has(f.file.path)) {
      out.push(diag(f.file.path, f.file.fieldLines['source'] ?? f.file.fieldLines['id'] ?? 1, 1, 'ETOM020',
        f.flow.source ? `translated from an older version of ${orig.file.path} (${f.flow.source}; now ${current})` : `no \`source\` stamp: which version of ${orig.file.path} does this follow?`,
        `bring the text in line with ${orig.file.path}, then run \`npm run check -- --fix ${f.file.path}\``, 'warning'));
    }
  }
  return out;
}
