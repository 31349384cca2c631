/**
 * Translations against their English originals: they exist, carry the same hierarchy, follow the
 * glossary, are fresh, are really translated, and keep the original's links and aliases. When the
 * English page is itself wrong, its translations are not told to copy the mistake: the English
 * page's own report is the one root cause.
 */
import { diag, type Diagnostic } from '../diagnostics.ts';
import { DEFAULT_LOCALE } from '../../locales.ts';
import { GLOSSARIES } from '../../glossary/index.ts';
import { sourceHash } from '../../content/freshness.ts';
import { copiedShare, linkedIds, UNTRANSLATED_SHARE } from '../../content/text.ts';
import { firstTextLine } from '../body/quality.ts';
import type { ValidPage } from './check-tree.ts';

export interface TreeOptions {
  /** Translations changed in the same change as their English page: their stamp is not yet due (see --changed). */
  sameChange?: Set<string>;
}

/** Facts of the process itself, not of its wording: a translation carries the English page's values. */
const HIERARCHY = ['level', 'parent', 'verticals', 'replaces', 'replacedBy', 'openApis', 'sid'] as const;
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The English files that already have an error of their own. */
export function erroneous(diagnostics: Diagnostic[]): Set<string> {
  return new Set(diagnostics.filter((d) => d.severity === 'error' && d.file.startsWith(`content/${DEFAULT_LOCALE}/`)).map((d) => d.file));
}

const linked = (links: string[] | undefined) => new Set(linkedIds(links ?? []));

export function checkTranslations(byLocale: Map<string, Map<string, ValidPage>>, en: Map<string, ValidPage>, present: Set<string>, broken: Set<string>, options: TreeOptions): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (p: ValidPage, field: string) => p.file.fieldLines[field] ?? 1;
  for (const [locale, map] of byLocale) {
    if (locale === DEFAULT_LOCALE) continue;
    for (const p of map.values()) {
      const enPath = `content/${DEFAULT_LOCALE}/${p.fm.id}.mdx`;
      const orig = en.get(p.fm.id);
      if (!orig) {
        if (!present.has(enPath)) out.push(diag(p.file.path, at(p, 'id'), 1, 'ETOM010', `no English original ${enPath} for this translation`, 'translate an existing English page, or add the English page first'));
        continue;
      }
      if (broken.has(orig.file.path)) continue;
      for (const field of HIERARCHY) {
        if (!same(p.fm[field], orig.fm[field])) {
          out.push(diag(p.file.path, at(p, field), 1, 'ETOM011', `${field} is ${JSON.stringify(p.fm[field] ?? null)} but the English page has ${JSON.stringify(orig.fm[field] ?? null)}`, `copy \`${field}\` from ${orig.file.path} (the English page is the source of the hierarchy), or run \`npm run check -- --fix ${p.file.path}\``));
        }
      }
      const current = sourceHash(orig.file.raw);
      if (p.fm.source !== current && !options.sameChange?.has(p.file.path)) {
        out.push(diag(p.file.path, p.file.fieldLines['source'] ?? at(p, 'id'), 1, 'ETOM020',
          p.fm.source ? `translated from an older version of ${orig.file.path} (${p.fm.source}; now ${current})` : `no \`source\` stamp: which version of ${orig.file.path} does this follow?`,
          `bring the text in line with ${orig.file.path}, then run \`npm run check -- --fix ${p.file.path}\``, 'warning'));
      }
      const fixed = GLOSSARIES[locale as keyof typeof GLOSSARIES]?.groupings[p.fm.id];
      if (fixed !== undefined && p.fm.title !== fixed) {
        out.push(diag(p.file.path, at(p, 'title'), 1, 'ETOM019', `title "${p.fm.title}" differs from the glossary name "${fixed}"`, `set \`title: "${fixed}"\`, or change the glossary in src/model/glossary/${locale}.ts`));
      }
      const share = p.text && orig.text ? copiedShare(p.text.text, orig.text.text) : 0;
      if (share > UNTRANSLATED_SHARE) {
        out.push(diag(p.file.path, firstTextLine(p.file), 1, 'ETOM031', `${Math.round(share * 100)} % of this text is English sentences copied unchanged from ${orig.file.path}`, `translate the text into ${locale}; until then, delete the file: readers get the English page with a notice`));
      }
      const missing = [...linked(orig.text?.links)].filter((id) => !linked(p.text?.links).has(id));
      if (missing.length && share <= UNTRANSLATED_SHARE) {
        out.push(diag(p.file.path, firstTextLine(p.file), 1, 'ETOM032', `links of the English page are missing here: ${missing.map((id) => `../${id}/`).join(', ')}`, 'link the same processes as the original, with the title of each in this language as the link text', 'warning'));
      }
      const enAliases = orig.fm.aliases ?? [];
      if ((p.fm.aliases ?? []).length < enAliases.length) {
        out.push(diag(p.file.path, p.file.fieldLines['aliases'] ?? at(p, 'title'), 1, 'ETOM033', `the English page has ${enAliases.length} alias(es) and this one ${(p.fm.aliases ?? []).length}: ${enAliases.map((a) => `"${a}"`).join(', ')}`, 'carry every alias, translated where the name has a usual form in this language, else as it is: readers search for them', 'warning'));
      }
    }
  }
  return out;
}
