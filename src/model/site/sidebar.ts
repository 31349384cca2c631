/**
 * The sidebar of one page, generated from the tree. Its size is bounded: areas, Level 1 groupings and
 * Level 2 processes, plus the Level 3 processes of the current branch only. Listing every Level 3 on
 * every page would make each page, and so the whole build, grow with the square of the page count.
 * The shape is Starlight's SidebarEntry, so the route middleware can hand it over as is.
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
  const item = (id: string): SidebarEntry => {
    const n = tree.get(id)!;
    const showChildren = n.level < 2 || (n.level === 2 && branch.has(id));
    const kids = isNumericId(id) && showChildren ? n.children.filter(isNumericId) : [];
    if (kids.length === 0) return link(label(id), processPath(locale, id), id === currentId);
    return group(label(id), [link(t(locale, 'sidebar.overview'), processPath(locale, id), id === currentId), ...kids.map(item)], !branch.has(id));
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
