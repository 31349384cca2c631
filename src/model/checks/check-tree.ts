/** Cross-file checks: ids, the hierarchy of the English tree, and translations against their originals. */
import { diag, type Diagnostic } from './diagnostics.ts';
import { isNumericId } from '../content/ids.ts';
import { DEFAULT_LOCALE } from '../locales.ts';
import { ProcessTree } from '../site/tree.ts';
import { VERTICALS, isVerticalId } from '../content/verticals.ts';
import type { ProcessFrontmatter } from '../content/schema.ts';
import type { SourceFile } from '../content/load.ts';
import { GLOSSARIES } from '../glossary/index.ts';
import { sourceHash } from '../content/freshness.ts';

export interface ValidPage {
  file: SourceFile;
  fm: ProcessFrontmatter;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function checkTree(pages: ValidPage[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (p: ValidPage, field: string) => p.file.fieldLines[field] ?? 1;
  const byLocale = new Map<string, Map<string, ValidPage>>();
  for (const p of pages) {
    const m = byLocale.get(p.file.locale) ?? new Map<string, ValidPage>();
    byLocale.set(p.file.locale, m);
    const first = m.get(p.fm.id);
    if (first) out.push(diag(p.file.path, at(p, 'id'), 1, 'ETOM003', `id "${p.fm.id}" is already used by ${first.file.path}`, 'give this process its own id, or delete one of the two files'));
    else m.set(p.fm.id, p);
  }
  const en = byLocale.get(DEFAULT_LOCALE) ?? new Map<string, ValidPage>();
  const tree = new ProcessTree([...en.values()].map((p) => p.fm));

  for (const p of en.values()) {
    const { id, level, parent } = p.fm;
    const parentPage = parent === undefined ? undefined : en.get(parent);
    if (parent !== undefined && !parentPage) {
      out.push(diag(p.file.path, at(p, 'parent'), 1, 'ETOM004', `parent "${parent}" does not exist`, `create content/en/${parent}.mdx first, or set \`parent:\` to an existing id`));
    }
    if (parentPage && parentPage.fm.level + 1 !== level) {
      out.push(diag(p.file.path, at(p, 'level'), 1, 'ETOM005', `level ${level} under parent "${parent}" at level ${parentPage.fm.level}`, `set \`level: ${parentPage.fm.level + 1}\``));
    }
    if (isNumericId(id) && parent !== undefined && !new RegExp(`^${parent.replace(/\./g, '\\.')}\\.\\d+$`).test(id)) {
      out.push(diag(p.file.path, at(p, 'id'), 1, 'ETOM006', `id "${id}" is not its parent's id "${parent}" plus one segment`, `use an id of the form ${parent}.N, or set \`parent: "${id.split('.').slice(0, -1).join('.')}"\``));
    }
    if (!isNumericId(id)) {
      const v = VERTICALS.find((x) => x.id === id);
      if (!v) out.push(diag(p.file.path, at(p, 'id'), 1, 'ETOM008', `"${id}" is not a vertical grouping (only verticals have word ids)`, `use a numeric eTOM id, or one of: ${VERTICALS.map((x) => x.id).join(', ')}`));
      else if (parent !== v.area || level !== 1) out.push(diag(p.file.path, at(p, 'parent'), 1, 'ETOM006', `vertical grouping "${id}" must be level 1 under "${v.area}"`, `set \`level: 1\` and \`parent: "${v.area}"\``));
    }
    const cycle = tree.cycleFrom(id);
    if (cycle && cycle.includes(id)) {
      out.push(diag(p.file.path, at(p, 'parent'), 1, 'ETOM007', `parent chain loops: ${[...cycle, cycle[0]].join(' → ')}`, 'point `parent:` of one of these at a process outside the loop'));
    }
    for (const v of p.fm.verticals ?? []) {
      if (!isVerticalId(v)) out.push(diag(p.file.path, at(p, 'verticals'), 1, 'ETOM008', `unknown vertical "${v}"`, `use ids from: ${VERTICALS.map((x) => x.id).join(', ')}`));
    }
    checkPlacement(p, tree, out);
    for (const field of ['replaces', 'replacedBy'] as const) {
      const target = p.fm[field];
      if (target !== undefined && (!en.has(target) || target === id)) {
        out.push(diag(p.file.path, at(p, field), 1, 'ETOM017', `${field} "${target}" is not another existing process`, `create content/en/${target}.mdx or correct the id`));
      }
    }
  }

  for (const [locale, map] of byLocale) {
    if (locale === DEFAULT_LOCALE) continue;
    for (const p of map.values()) {
      const orig = en.get(p.fm.id);
      if (!orig) {
        out.push(diag(p.file.path, at(p, 'id'), 1, 'ETOM010', `no English original content/en/${p.fm.id}.mdx for this translation`, 'translate an existing English page, or add the English page first'));
        continue;
      }
      for (const field of ['level', 'parent', 'verticals', 'replaces', 'replacedBy'] as const) {
        if (!same(p.fm[field], orig.fm[field])) {
          out.push(diag(p.file.path, at(p, field), 1, 'ETOM011', `${field} is ${JSON.stringify(p.fm[field] ?? null)} but the English page has ${JSON.stringify(orig.fm[field] ?? null)}`, `copy \`${field}\` from ${orig.file.path} (the English page is the source of the hierarchy)`));
        }
      }
      const current = sourceHash(orig.file.raw);
      if (p.fm.source !== current) {
        out.push(diag(p.file.path, p.file.fieldLines['source'] ?? at(p, 'id'), 1, 'ETOM020',
          p.fm.source ? `translated from an older version of ${orig.file.path} (${p.fm.source}; now ${current})` : `no \`source\` stamp: which version of ${orig.file.path} does this follow?`,
          `bring the text in line with ${orig.file.path}, then run \`npm run check -- --fix ${p.file.path}\``, 'warning'));
      }
      const fixed = GLOSSARIES[locale as keyof typeof GLOSSARIES]?.groupings[p.fm.id];
      if (fixed !== undefined && p.fm.title !== fixed) {
        out.push(diag(p.file.path, at(p, 'title'), 1, 'ETOM019', `title "${p.fm.title}" differs from the glossary name "${fixed}"`, `set \`title: "${fixed}"\`, or change the glossary in src/model/glossary/${locale}.ts`));
      }
    }
  }
  return out;
}

/** A Level 2 process of Operations or SIP must land in a cell of the map: its verticals must belong to its area. */
function checkPlacement(p: ValidPage, tree: ProcessTree, out: Diagnostic[]): void {
  if (p.fm.level !== 2) return;
  const area = tree.ancestors(p.fm.id)[0];
  const areaVerticals = VERTICALS.filter((v) => v.area === area).map((v) => v.id);
  if (areaVerticals.length === 0) return; // Enterprise Management has no verticals
  const line = p.file.fieldLines['verticals'] ?? p.file.fieldLines['level'] ?? 1;
  const vs = p.fm.verticals ?? [];
  const wrong = vs.filter((v) => isVerticalId(v) && !areaVerticals.includes(v));
  if (vs.length === 0 || wrong.length > 0) {
    out.push(diag(p.file.path, line, 1, 'ETOM018', vs.length === 0 ? `Level 2 process under ${area} has no verticals, so the framework map has no cell for it` : `vertical(s) ${wrong.join(', ')} do not cross area ${area}`, `set \`verticals:\` to one or more of: ${areaVerticals.join(', ')}`));
  }
}
