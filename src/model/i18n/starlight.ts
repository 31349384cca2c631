/** Where our wording differs from Starlight's built-in translations of its own interface. */
import type { Locale } from '../locales.ts';

export const STARLIGHT_STRINGS: Record<Locale, Record<string, string>> = {
  en: {
    'i18n.untranslatedContent': 'This page is not translated into your language yet; it is shown in English.',
  },
  it: {
    'i18n.untranslatedContent': 'Questa pagina non è ancora tradotta in italiano: la mostriamo in inglese.',
  },
  zh: {
    'i18n.untranslatedContent': '本页尚未翻译成中文，暂以英文显示。',
  },
};
