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
          const [locale, folder] = e.id.split('/');
          if (folder === 'flows') return [];
          const { id, level, parent, title, summary, verticals, aliases, replaces, replacedBy, openApis, sid } = e.data;
          // Every content file passed `npm run check`; the collection schema only has the fields optional.
          if (id === undefined || level === undefined || title === undefined || summary === undefined) return [];
          const page: PageInput = { id, level, parent, title, summary, verticals, aliases, replaces, replacedBy, openApis, sid, links: linkedIds(markdownLinks(e.body ?? '')) };
          return [{ locale: locale!, page }];
        }),
        entries.flatMap((e) => {
          const [locale, folder] = e.id.split('/');
          const { id, title, summary, steps } = e.data;
          if (folder !== 'flows' || id === undefined || title === undefined || summary === undefined || steps === undefined) return [];
          return [{ locale: locale!, flow: { id, title, summary, steps } }];
        }),
      ),
  );
  return cached;
}

/** The flow a collection entry is (its slug), or undefined for a process page or a page of the site's own. */
export function entryFlow(entry: { id: string; data: { id?: string | undefined } }): string | undefined {
  return entry.id.split('/')[1] === 'flows' ? entry.data.id : undefined;
}
