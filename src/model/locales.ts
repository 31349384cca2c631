/** The one list of site locales. Astro config, the model, scripts and tests all read it from here. */
export const LOCALES = [
  { code: 'en', lang: 'en', label: 'English' },
  { code: 'it', lang: 'it', label: 'Italiano' },
  { code: 'zh', lang: 'zh-CN', label: '简体中文' },
] as const;

export type Locale = (typeof LOCALES)[number]['code'];
export const DEFAULT_LOCALE: Locale = 'en';
export const LOCALE_CODES: Locale[] = LOCALES.map((l) => l.code);
export const TRANSLATED_LOCALES: Locale[] = LOCALE_CODES.filter((l) => l !== DEFAULT_LOCALE);

export function isLocale(value: string): value is Locale {
  return (LOCALE_CODES as string[]).includes(value);
}
