/**
 * Hands our overrides of Starlight's interface strings (src/model/i18n/starlight.ts) to Starlight as a
 * plugin. Unlike an i18n content collection, plugin translations also reach the Markdown transforms
 * that run at build time, which write the heading-anchor labels into every content page.
 */
import type { StarlightPlugin } from '@astrojs/starlight/types';
import { STARLIGHT_STRINGS } from '../model/i18n/starlight.ts';
import { LOCALES } from '../model/locales.ts';

export function starlightStrings(): StarlightPlugin {
  return {
    name: 'etom-starlight-strings',
    hooks: {
      'config:setup': () => {},
      'i18n:setup': async ({ injectTranslations }) => {
        injectTranslations(Object.fromEntries(LOCALES.map((l) => [l.lang, STARLIGHT_STRINGS[l.code]])));
      },
    },
  };
}
