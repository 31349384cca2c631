/** Starlight route middleware: the generated sidebar, tree-order prev/next, and the summary as description. */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { entryFlow, getAtlas } from './lib/atlas.ts';
import { flowPath, flowsSidebar } from './model/site/flows.ts';
import { buildSidebar } from './model/site/sidebar.ts';
import { processPath } from './model/content/ids.ts';
import { DEFAULT_LOCALE } from './model/locales.ts';
import { editUrl } from './model/config.ts';
import { contentDates } from './lib/git-dates.ts';
import { escapeHtml } from './model/site/html.ts';

export const onRequest = defineRouteMiddleware(async (context) => {
  const route = context.locals.starlightRoute;
  // Starlight writes head entries with set:html; the title comes from frontmatter, so it is escaped here.
  // The home page is titled with the site name alone rather than "eTOM Atlas | eTOM Atlas".
  const siteTitle = context.locals.starlightRoute.siteTitle;
  for (const h of route.head) {
    if (h.tag !== 'title' || typeof h.content !== 'string') continue;
    const pageTitle = route.entry.data.title;
    h.content = escapeHtml(pageTitle === siteTitle ? siteTitle : h.content);
  }
  const atlas = await getAtlas();
  const locale = route.locale ?? DEFAULT_LOCALE;
  const data = route.entry.data as { id?: string; summary?: string };
  const id = data.id && atlas.tree.has(data.id) ? data.id : undefined;
  const flowId = entryFlow(route.entry);
  const flow = flowId ? atlas.flow(locale, flowId) : undefined;
  route.sidebar = (flow ? flowsSidebar(atlas, locale, flow.id) : [...buildSidebar(atlas, locale, id), ...flowsSidebar(atlas, locale, undefined, context.url.pathname === flowPath(locale))]) as typeof route.sidebar;
  if (route.isFallback) {
    // An English page served under /it/ or /zh/ must not enter that language's search index. The entry
    // object is shared with the English page itself, so it is copied rather than changed.
    route.entry = { ...route.entry, data: { ...route.entry.data, pagefind: false } };
  }
  if (flow) {
    const file = route.entry.filePath;
    if (file) {
      const edit = editUrl(file);
      route.editUrl = edit ? new URL(edit) : undefined;
      route.lastUpdated = contentDates().get(file);
    }
    route.head.push({ tag: 'meta', attrs: { name: 'description', content: flow.summary }, content: '' });
    // Previous and next among the flows, in the order of the flows index.
    const at = atlas.flowIds.indexOf(flow.id);
    const nav = (fid: string | undefined) =>
      fid === undefined ? undefined : { type: 'link' as const, label: atlas.flow(locale, fid)!.title, href: flowPath(locale, fid), isCurrent: false, badge: undefined, attrs: {} };
    route.pagination = { prev: nav(atlas.flowIds[at - 1]), next: nav(atlas.flowIds[at + 1]) };
    return;
  }
  if (!id) return;
  // Edit link and date follow the file actually shown (the English one on a fallback page).
  const file = route.entry.filePath;
  if (file) {
    const edit = editUrl(file);
    route.editUrl = edit ? new URL(edit) : undefined;
    route.lastUpdated = contentDates().get(file);
  }
  const page = atlas.page(locale, id);
  if (page) {
    route.head.push({ tag: 'meta', attrs: { name: 'description', content: page.summary }, content: '' });
  }
  const order = atlas.tree.treeOrder();
  const at = order.indexOf(id);
  const nav = (pid: string | undefined) =>
    pid === undefined
      ? undefined
      : { type: 'link' as const, label: atlas.label(locale, pid), href: processPath(locale, pid), isCurrent: false, badge: undefined, attrs: {} };
  route.pagination = { prev: nav(order[at - 1]), next: nav(order[at + 1]) };
});
