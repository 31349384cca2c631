/** One glossary per language; English names are the titles of the English pages themselves. */
import type { Locale } from '../locales.ts';
import * as it from './it.ts';
import * as zh from './zh.ts';

export interface Glossary {
  /** Fixed names of the Level 0 and Level 1 groupings, by id. */
  groupings: Record<string, string>;
  /** Key terms: English term → the translation every page uses. */
  terms: Record<string, string>;
}

export const GLOSSARIES: Partial<Record<Locale, Glossary>> = { it, zh };
