/**
 * Where our wording differs from Starlight's built-in translations of its own interface, and where
 * Starlight has none: its Chinese file leaves the heading-anchor label in English ("Section titled …"),
 * read out on every heading of every Chinese page. test/model/starlight-strings.test.ts checks that each
 * override replaces a real Starlight string and keeps its placeholders; test/site/reading.test.ts, that
 * every Starlight string the site shows is translated.
 */
import type { Locale } from '../locales.ts';

export const STARLIGHT_STRINGS: Record<Locale, Record<string, string>> = {
  en: {
    'i18n.untranslatedContent': 'This page is not translated into your language yet; it is shown in English.',
  },
  it: {
    'i18n.untranslatedContent': 'Questa pagina non è ancora tradotta in italiano: la mostriamo in inglese.',
    'page.draft': 'Questa pagina è una bozza e non sarà pubblicata.',
  },
  zh: {
    'i18n.untranslatedContent': '本页尚未翻译成中文，暂以英文显示。',
    'heading.anchorLabel': '“{{title}}”一节的链接',
  },
};
