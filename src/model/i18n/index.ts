/** Interface strings by locale, with `{name}` placeholders. */
import type { Locale } from '../locales.ts';
import { en, type UiKey } from './en.ts';
import { it } from './it.ts';
import { zh } from './zh.ts';

export const UI: Record<Locale, Record<UiKey, string>> = { en, it, zh };
export type { UiKey };

export function t(locale: string, key: UiKey, vars?: Record<string, string | number>): string {
  const text = ((UI as Record<string, Record<UiKey, string>>)[locale] ?? en)[key];
  // Called a hundred times per page: most strings have no placeholder to fill.
  return vars ? text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`)) : text;
}

/** The items of a list with the words a language puts between them ("A, B and C", "A、B 和 C"), for markup that links each item. */
export function listParts(locale: string, items: string[]): { type: 'element' | 'literal'; value: string }[] {
  const lang = locale === 'zh' ? 'zh-CN' : locale;
  // One formatter per language for the whole build (building one costs far more than using it).
  let f = listFormats.get(lang);
  if (!f) listFormats.set(lang, (f = new Intl.ListFormat(lang, { type: 'conjunction' })));
  return f.formatToParts(items);
}
const listFormats = new Map<string, Intl.ListFormat>();
