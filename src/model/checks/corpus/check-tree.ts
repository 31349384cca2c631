/** Cross-file checks: ids, the hierarchy of the English tree, and translations against their originals. */
import { diag, type Diagnostic } from '../diagnostics.ts';
import { isNumericId } from '../../content/ids.ts';
import { DEFAULT_LOCALE } from '../../locales.ts';
import { ProcessTree } from '../../site/tree.ts';
import { VERTICALS, isVerticalId } from '../../content/verticals.ts';
import type { ProcessFrontmatter } from '../../content/schema.ts';
import type { SourceFile } from '../../content/load.ts';
import { checkTranslations, erroneous, type TreeOptions } from './check-translations.ts';
import type { BodyText } from '../../content/text.ts';

export interface ValidPage {
  file: SourceFile;
  fm: ProcessFrontmatter;
  text?: BodyText | undefined;
}

/**
 * `present`: every content file found (valid or not), so that a translation of an English page that
 * exists but is broken is not also told it has no original: the English page's own report is the root cause.
 * `fileErrors`: the errors of the files checked one by one (an unknown Open API, a body error…): an
 * English page with one is broken too, and its translations are not told to copy its values.
 */
export function checkTree(pages: ValidPage[], present: Set<string>, options: TreeOptions = {}, fileErrors: Diagnostic[] = []): Diagnostic[] {
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
    const expected = id.split('.').slice(0, -1).join('.');
    // The id matches its file name but the parent is not the id minus its last segment: the parent is the
    // mistake. One message, on the parent line; the level and existence checks against a wrong parent would
    // only point away from it.
    const wrongParent = isNumericId(id) && parent !== undefined && parent !== expected;
    if (wrongParent && id === p.file.name) {
      const exists = en.get(expected);
      out.push(diag(p.file.path, at(p, 'parent'), 1, 'ETOM006', `parent "${parent}" is not the process one level up from ${id}`,
        exists ? `set \`parent: "${expected}"\` (${exists.fm.title}, level ${exists.fm.level})` : `set \`parent: "${expected}"\` and create content/en/${expected}.mdx first`));
    } else if (wrongParent) {
      out.push(diag(p.file.path, at(p, 'id'), 1, 'ETOM006', `id "${id}" is not its parent's id "${parent}" plus one segment`, `use an id of the form ${parent}.N, or set \`parent: "${expected}"\``));
    } else {
      if (parent !== undefined && !parentPage) {
        out.push(diag(p.file.path, at(p, 'parent'), 1, 'ETOM004', `parent "${parent}" does not exist`, `create content/en/${parent}.mdx first, or set \`parent:\` to an existing id`));
      }
      if (parentPage && parentPage.fm.level + 1 !== level) {
        out.push(diag(p.file.path, at(p, 'level'), 1, 'ETOM005', `level ${level} under parent "${parent}" at level ${parentPage.fm.level}`, `set \`level: ${parentPage.fm.level + 1}\``));
      }
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
      for (const target of [p.fm[field] ?? []].flat()) {
        if (!en.has(target) || target === id) {
          out.push(diag(p.file.path, at(p, field), 1, 'ETOM017', `${field} "${target}" is not another existing process`, `create content/en/${target}.mdx or correct the id`));
        }
      }
    }
  }

  out.push(...checkTranslations(byLocale, en, present, erroneous([...fileErrors, ...out]), options));
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
