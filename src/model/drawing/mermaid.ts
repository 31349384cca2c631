/**
 * Mermaid source for a process's hierarchy diagram: its ancestors, the process itself (highlighted)
 * and its children — for a vertical grouping, its Level 2 processes grouped by their Level 1 parent.
 * Every node links to its page in the same locale. Pure: unit-tested without a browser.
 */
import type { Atlas } from '../site/atlas.ts';
import { isNumericId, processPath } from '../content/ids.ts';

/**
 * Escapes text for a double-quoted Mermaid label: Mermaid's own `#name;` entities, so no character is
 * read as syntax or HTML, and no `%` survives to start a `%%` comment or a `%%{init}%%` directive.
 */
export function escapeLabel(text: string): string {
  return text
    .replace(/#/g, '#35;')
    .replace(/&/g, '#38;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/`/g, '#96;')
    .replace(/%/g, '#37;')
    .replace(/[\r\n]+/g, ' ');
}

export function hierarchyDiagram(atlas: Atlas, locale: string, id: string): string {
  const { tree } = atlas;
  const node = tree.get(id);
  if (!node) throw new Error(`hierarchyDiagram: unknown process "${id}"`);
  const names = new Map<string, string>();
  const lines: string[] = ['flowchart LR'];
  const declare = (pid: string, indent = '  ') => {
    if (names.has(pid)) return names.get(pid)!;
    const name = `n${names.size}`;
    names.set(pid, name);
    const title = atlas.title(locale, pid);
    const label = isNumericId(pid) ? `${pid}<br/>${escapeLabel(title)}` : escapeLabel(title);
    lines.push(`${indent}${name}["${label}"]`);
    return name;
  };
  const chain = [...tree.ancestors(id), id].map((a) => declare(a));
  for (let i = 1; i < chain.length; i++) lines.push(`  ${chain[i - 1]} --> ${chain[i]}`);
  const self = names.get(id)!;
  if (isNumericId(id)) {
    for (const c of node.children) lines.push(`  ${self} --> ${declare(c)}`);
  } else {
    // A vertical grouping: its Level 2 processes, boxed by the horizontal grouping they belong to.
    const byParent = new Map<string, string[]>();
    for (const c of tree.inVertical(id)) {
      const p = tree.get(c)!.parent ?? '';
      byParent.set(p, [...(byParent.get(p) ?? []), c]);
    }
    let g = 0;
    for (const [parent, kids] of byParent) {
      lines.push(`  subgraph g${g++}["${escapeLabel(`${parent} ${atlas.title(locale, parent)}`)}"]`);
      const declared = kids.map((k) => declare(k, '    '));
      lines.push('  end');
      for (const d of declared) lines.push(`  ${self} --> ${d}`);
    }
  }
  for (const [pid, name] of names) lines.push(`  click ${name} href "${processPath(locale, pid)}"`);
  lines.push(`  class ${self} current`);
  return lines.join('\n');
}
