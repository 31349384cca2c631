import { defineCollection } from 'astro:content';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { z } from 'zod';
import { processFields, flowFields } from './model/content/schema.ts';
import { contentLoader } from './lib/content-loader.ts';
import { STARLIGHT_STRINGS } from './model/i18n/starlight.ts';
import { LOCALES } from './model/locales.ts';

// Astro calls a collection's schema function once per entry (1,371 here), and Starlight's builds a new zod
// schema each time: ~2 s of a build's CPU. The only thing that differs between calls is the image() helper,
// which resolves a hero image relative to the entry; our entries are validated strictly by the model first
// (no hero field can reach here), so one schema serves them all.
const docs = docsSchema({ extend: z.object({ ...processFields, steps: flowFields.steps }).partial() });
let docsOnce: ReturnType<typeof docs> | undefined;

export const collections = {
  docs: defineCollection({
    // content/<locale>/<id>.mdx, read and checked by the model (see src/lib/content-loader.ts). Ids keep
    // the file name as is ("en/1.1.1.5"): slugifying would drop the dots and make 1.1.1.1.15 and 1.1.1.11.5 collide.
    loader: contentLoader(),
    // The loader has already validated each file strictly (a process page or a flow); here the fields are
    // optional because Starlight validates the site's other pages (home, map) with the same schema.
    schema: (context) => (docsOnce ??= docs(context)),
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
