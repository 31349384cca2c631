/**
 * Second route middleware: the same header and menu on every page, the page kind for stylesheets,
 * and a table of contents only where it lists something.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getAtlas } from './lib/atlas.ts';
import { pageKind } from './model/site/page-kind.ts';
import { t } from './model/i18n/index.ts';
import { DEFAULT_LOCALE } from './model/locales.ts';
import { isNumericId } from './model/content/ids.ts';
import { entryFlow } from './lib/atlas.ts';

export const onRequest = defineRouteMiddleware(async (context) => {
  const route = context.locals.starlightRoute;
  const atlas = await getAtlas();
  const locale = route.locale ?? DEFAULT_LOCALE;
  const data = route.entry.data as { id?: string };
  const id = data.id && atlas.tree.has(data.id) ? data.id : undefined;
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const kind = pageKind(context.url.pathname.startsWith(base) ? context.url.pathname.slice(base.length) : context.url.pathname, id !== undefined);
  // Starlight gives splash pages (home, map, 404) no sidebar, and with it no menu button: phones lost the
  // language and theme switches and every link. They get the sidebar as a phone menu; "wide" tells the
  // stylesheet (layout.css) to keep their full-width desktop layout without the sidebar column.
  const wide = !route.hasSidebar;
  route.hasSidebar = true;
  context.locals.etomPage = wide ? `${kind} wide` : kind;
  if (kind === 'not-found') route.head.push({ tag: 'meta', attrs: { name: 'robots', content: 'noindex' }, content: '' });
  if (entryFlow(route.entry) && route.toc) {
    // The diagram, the steps and the explanation's heading come from FlowContent, which the table of contents does not see.
    const [top, ...rest] = route.toc.items;
    route.toc.items = [
      ...(top ? [top] : []),
      ...(['diagram-heading', 'steps-heading', 'explanation-heading'] as const).map((slug, i) => ({ depth: 2, slug, text: t(locale, (['flow.diagram', 'flow.steps', 'flow.explanation'] as const)[i]!), children: [] })),
      ...rest,
    ];
    return;
  }
  if (!id || !route.toc) return;
  // The children list and the diagram are headings of their own, rendered by components Starlight's
  // table of contents does not see. Overview alone, or Overview and one heading, is no table of contents.
  const items = route.toc.items;
  const vertical = !isNumericId(id);
  if ((vertical ? atlas.tree.inVertical(id) : atlas.tree.children(id)).length > 0) {
    items.push({ depth: 2, slug: 'children-heading', text: t(locale, vertical ? 'children.vertical' : 'children'), children: [] });
  }
  items.push({ depth: 2, slug: 'diagram-heading', text: t(locale, 'diagram'), children: [] });
  if (items.length < 3) route.toc = undefined;
});
