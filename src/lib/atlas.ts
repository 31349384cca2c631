/** The one bridge from Astro's content collection to the model: every page and component gets the Atlas here. */
import { getCollection } from 'astro:content';
import { Atlas, type PageInput } from '../model/site/atlas.ts';
import { linkedIds, markdownLinks } from '../model/content/text.ts';

let cached: Promise<Atlas> | undefined;

export function getAtlas(): Promise<Atlas> {
  // In a build the collection never changes, so one Atlas serves every page; the dev server rebuilds it.
  if (cached && import.meta.env.PROD) return cached;
  cached = getCollection('docs').then(
    (entries) =>
      new Atlas(
        entries.flatMap((e) => {
          const [locale] = e.id.split('/');
          const { id, level, parent, title, summary, verticals, aliases, replaces, replacedBy, openApis, sid } = e.data;
          // Every content file passed `npm run check`; the collection schema only has the fields optional.
          if (id === undefined || level === undefined || title === undefined || summary === undefined) return [];
          const page: PageInput = { id, level, parent, title, summary, verticals, aliases, replaces, replacedBy, openApis, sid, links: linkedIds(markdownLinks(e.body ?? '')) };
          return [{ locale: locale!, page }];
        }),
      ),
  );
  return cached;
}
