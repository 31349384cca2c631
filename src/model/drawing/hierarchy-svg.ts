/**
 * The hierarchy diagram of a process as static SVG, drawn at build time from the same tree as its
 * Mermaid source: the ancestors, the process (highlighted, aria-current) and its children — for a
 * vertical grouping, its Level 2 processes under their horizontal grouping in eTOM order (CRM, SM&O,
 * RM&O, S/PRM). Every box links to its page in the same locale. Pure: no browser, no Astro.
 */
import type { Atlas } from '../site/atlas.ts';
import { compareIds, isNumericId, processPath } from '../content/ids.ts';
import { t } from '../i18n/index.ts';
import { layoutHierarchy, type BoxSpec, type HierarchySpec } from './hierarchy-layout.ts';
import { boxMarkup, connector, svgRoot } from './svg.ts';

/** The tree of one diagram, with labels and links in the locale. */
export function hierarchySpec(atlas: Atlas, locale: string, id: string): HierarchySpec {
  const { tree } = atlas;
  const node = tree.get(id);
  if (!node) throw new Error(`hierarchySvg: unknown process "${id}"`);
  const box = (pid: string, current = false): BoxSpec => ({
    label: atlas.label(locale, pid).replace(/\s+/g, ' ').trim(),
    href: processPath(locale, pid),
    lead: isNumericId(pid) ? pid : undefined,
    current,
    replaced: atlas.page(locale, pid)?.replacedBy !== undefined,
  });
  let items: HierarchySpec['items'];
  if (isNumericId(id)) {
    items = node.children.map((c) => ({ box: box(c) }));
  } else {
    const byLayer = new Map<string, string[]>();
    for (const c of tree.inVertical(id)) {
      const layer = tree.get(c)!.parent ?? c;
      byLayer.set(layer, [...(byLayer.get(layer) ?? []), c]);
    }
    items = [...byLayer.keys()].sort(compareIds).map((layer) => ({ box: box(layer), members: byLayer.get(layer)!.map((c) => box(c)) }));
  }
  return { locale, ancestors: tree.ancestors(id).map((a) => box(a)), self: box(id, true), items };
}

export function hierarchySvg(atlas: Atlas, locale: string, id: string): string {
  const spec = hierarchySpec(atlas, locale, id);
  const layout = layoutHierarchy(spec);
  const { wide, narrow } = layout;
  const count = spec.items.reduce((k, it) => k + (it.members?.length ?? 1), 0);
  const desc = [
    spec.ancestors.length ? t(locale, 'diagram.above', { list: spec.ancestors.map((a) => a.label).join(' › ') }) : '',
    t(locale, isNumericId(id) ? 'diagram.within' : 'diagram.within.vertical', { n: count }),
  ].filter(Boolean).join(' ');
  const twoLayouts = layout.boxes.some((b) => b.wide.x !== b.narrow.x || b.wide.y !== b.narrow.y);
  const body = [
    // One layout only: its connectors must show at any width, so they are not marked as the wide ones.
    connector(wide.links, { className: twoLayouts ? 'dg-l dg-w' : 'dg-l' }),
    twoLayouts ? connector(narrow.links, { className: 'dg-l dg-n', hidden: true }) : '',
    ...layout.boxes.map((b) =>
      boxMarkup({ ...b, href: b.spec.href, lead: b.spec.lead, current: b.spec.current, className: b.spec.replaced ? 'dg-r' : undefined, at: b.wide, narrowAt: b.narrow }),
    ),
  ].join('');
  return svgRoot({
    idPrefix: `hd-${id}`,
    className: 'dg',
    width: wide.width,
    height: wide.height,
    title: t(locale, 'diagram.title', { label: spec.self.label }),
    desc,
    ...(twoLayouts ? { vars: { nw: `${narrow.width}px`, nh: `${narrow.height}px` } } : {}),
    body,
  });
}
