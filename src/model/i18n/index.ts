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
  // One formatter per language for the whole build (building one costs far more than using it). A
  // conjunction ("and") is Intl's default; "zh" lists are those of zh-CN (Simplified is Chinese's default).
  let f = listFormats.get(locale);
  if (!f) listFormats.set(locale, (f = new Intl.ListFormat(locale)));
  return f.formatToParts(items);
}
const listFormats = new Map<string, Intl.ListFormat>();
