/**
 * The sidebar as HTML, written once per page as one string: Starlight's own sidebar renders each entry
 * through nested components, with a scoped class on every element and an SVG caret per group. Here the
 * carets are CSS (src/styles/sidebar.css) and the markup carries no more than it shows. Groups are
 * <details>, so the sidebar opens and closes without JavaScript, in the phone menu too.
 */
import type { SidebarEntry } from './sidebar.ts';
import { escapeHtml } from './html.ts';

function entryHtml(e: SidebarEntry): string {
  if (e.type === 'link') return `<li><a href="${escapeHtml(e.href)}"${e.isCurrent ? ' aria-current="page"' : ''}>${escapeHtml(e.label)}</a></li>`;
  // A group holding the current page is always open, whatever its collapsed flag says.
  const open = !e.collapsed || hasCurrent(e.entries);
  return `<li><details${open ? ' open' : ''}><summary>${escapeHtml(e.label)}</summary><ul>${e.entries.map(entryHtml).join('')}</ul></details></li>`;
}

export function hasCurrent(entries: SidebarEntry[]): boolean {
  return entries.some((e) => (e.type === 'link' ? e.isCurrent : hasCurrent(e.entries)));
}

export function sidebarHtml(entries: SidebarEntry[]): string {
  return `<ul class="atlas-sidebar">${entries.map(entryHtml).join('')}</ul>`;
}
