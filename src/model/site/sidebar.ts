/**
 * The sidebar of one page, generated from the tree. Its size does not grow with the framework: every
 * area and Level 1 grouping, plus the current branch only (the siblings of each ancestor and the page's
 * own children). Listing every Level 2 on every page made the sidebar half of each page and grew it
 * with the content. The shape is Starlight's SidebarEntry, so the route middleware can hand it over as is;
 * sidebar-html.ts renders it.
 */
import type { Atlas } from './atlas.ts';
import { processPath, isNumericId } from '../content/ids.ts';
import { t } from '../i18n/index.ts';

export interface SidebarLink {
  type: 'link';
  label: string;
  href: string;
  isCurrent: boolean;
  badge: undefined;
  attrs: Record<string, string>;
}
export interface SidebarGroup {
  type: 'group';
  label: string;
  entries: SidebarEntry[];
  collapsed: boolean;
  badge: undefined;
}
export type SidebarEntry = SidebarLink | SidebarGroup;

const link = (label: string, href: string, isCurrent: boolean): SidebarLink => ({ type: 'link', label, href, isCurrent, badge: undefined, attrs: {} });
const group = (label: string, entries: SidebarEntry[], collapsed: boolean): SidebarGroup => ({ type: 'group', label, entries, collapsed, badge: undefined });

/** `currentId` is the process being shown, or undefined on pages that are not processes. */
export function buildSidebar(atlas: Atlas, locale: string, currentId: string | undefined): SidebarEntry[] {
  const { tree } = atlas;
  const branch = new Set(currentId ? [...tree.ancestors(currentId), currentId] : []);
  const label = (id: string) => atlas.label(locale, id);
  // A process opens into its children only on the current branch; elsewhere it is one link.
  const item = (id: string): SidebarEntry => {
    const kids = branch.has(id) && isNumericId(id) ? tree.children(id).filter(isNumericId) : [];
    if (kids.length === 0) return link(label(id), processPath(locale, id), id === currentId);
    return group(label(id), [link(t(locale, 'sidebar.overview'), processPath(locale, id), id === currentId), ...kids.map(item)], false);
  };
  return tree.roots.map((root) => {
    const kids = tree.children(root);
    const horizontal = kids.filter(isNumericId).map(item);
    const verticals = kids.filter((k) => !isNumericId(k)).map((v) => link(label(v), processPath(locale, v), v === currentId));
    const entries: SidebarEntry[] = [link(t(locale, 'sidebar.overview'), processPath(locale, root), root === currentId), ...horizontal];
    if (verticals.length) entries.push(group(t(locale, 'sidebar.verticals'), verticals, !verticals.some((v) => v.isCurrent)));
    return group(label(root), entries, currentId !== undefined && !branch.has(root));
  });
}
