/**
 * Translation status per locale: translated and fresh, outdated (English changed since), untranslated
 * (the file exists but is still mostly the English text), or missing.
 */
import { sourceHash } from './freshness.ts';
import { copiedShare, UNTRANSLATED_SHARE } from './text.ts';
import { DEFAULT_LOCALE, TRANSLATED_LOCALES } from '../locales.ts';
import type { SourceFile } from './load.ts';

export interface LocaleStatus {
  locale: string;
  total: number;
  fresh: string[];
  outdated: { id: string; path: string; stamped: string | undefined; current: string }[];
  /** Files that exist but are mostly English sentences: not counted as translated. */
  untranslated: { id: string; path: string }[];
  missing: string[];
}

/** Flows and process pages share the report; a flow's key keeps its folder so ids cannot collide. */
const idOf = (s: SourceFile) => `${s.kind === 'flow' ? 'flows/' : ''}${typeof s.data?.id === 'string' ? s.data.id : s.name}`;

export function translationStatus(sources: SourceFile[]): LocaleStatus[] {
  const english = new Map(sources.filter((s) => s.locale === DEFAULT_LOCALE).map((s) => [idOf(s), s]));
  return TRANSLATED_LOCALES.map((locale) => {
    const mine = new Map(sources.filter((s) => s.locale === locale).map((s) => [idOf(s), s]));
    const st: LocaleStatus = { locale, total: english.size, fresh: [], outdated: [], untranslated: [], missing: [] };
    for (const [id, en] of english) {
      const tr = mine.get(id);
      if (!tr) { st.missing.push(id); continue; }
      if (copiedShare(tr.body, en.body) > UNTRANSLATED_SHARE) { st.untranslated.push({ id, path: tr.path }); continue; }
      const current = sourceHash(en.raw);
      const stamped = typeof tr.data?.source === 'string' ? tr.data.source : undefined;
      if (stamped === current) st.fresh.push(id);
      else st.outdated.push({ id, path: tr.path, stamped, current });
    }
    return st;
  });
}

/** The file text with its `source:` stamp set to `hash` (added after `id:` when absent). */
export function restamp(raw: string, hash: string): string {
  const end = raw.indexOf('\n---', 3);
  const fm = raw.slice(0, end);
  const rest = raw.slice(end);
  if (/^source:.*$/m.test(fm)) return fm.replace(/^source:.*$/m, `source: "${hash}"`) + rest;
  return fm.replace(/^(id:.*)$/m, `$1\nsource: "${hash}"`) + rest;
}
