import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { z } from 'zod';
import { processFields } from './model/content/schema.ts';
import { STARLIGHT_STRINGS } from './model/i18n/starlight.ts';
import { LOCALES } from './model/locales.ts';

export const collections = {
  docs: defineCollection({
    // Content lives in the top-level content/<locale>/ folders. The id keeps the file name as is:
    // the default id slugifies and drops dots, so 1.1.1.1.15 and 1.1.1.11.5 would collide.
    loader: glob({
      base: './content',
      pattern: '*/[^_]*.{md,mdx}',
      generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
    }),
    // `npm run check` validates process pages strictly before every build; here the fields are
    // optional because Starlight validates the site's other pages (home, map) with the same schema.
    schema: docsSchema({ extend: z.object(processFields).partial() }),
  }),
  // Our overrides of Starlight's own interface strings, from the model (one place per language). The same
  // strings also go in as a Starlight plugin (src/integrations/starlight-strings.ts), the only way they
  // reach the build-time Markdown transforms; the collection stays so Starlight finds the one it expects.
  i18n: defineCollection({
    loader: {
      name: 'etom-starlight-strings',
      load: async ({ store, parseData }) => {
        for (const l of LOCALES) {
          store.set({ id: l.lang, data: await parseData({ id: l.lang, data: STARLIGHT_STRINGS[l.code] }) });
        }
      },
    },
    schema: i18nSchema(),
  }),
};
