/** The one bridge from Astro's content collection to the model: every page and component gets the Atlas here. */
import { getCollection } from 'astro:content';
import { Atlas } from '../model/site.ts';

let cached: Promise<Atlas> | undefined;

export function getAtlas(): Promise<Atlas> {
  // In a build the collection never changes, so one Atlas serves every page; the dev server rebuilds it.
  if (cached && import.meta.env.PROD) return cached;
  cached = getCollection('docs').then(
    (entries) =>
      new Atlas(
        entries.map((e) => {
          const [locale] = e.id.split('/');
          const { id, level, parent, title, summary, verticals, aliases, replaces, replacedBy } = e.data;
          return { locale: locale!, page: { id, level, parent, title, summary, verticals, aliases, replaces, replacedBy } };
        }),
      ),
  );
  return cached;
}
