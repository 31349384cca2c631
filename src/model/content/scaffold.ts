/** Files a contributor starts from: a new English process page, or a translation of an existing one. */
import { isNumericId } from './ids.ts';
import { sourceHash } from './freshness.ts';
import type { Atlas } from '../site/atlas.ts';

const q = (s: string) => JSON.stringify(s);

/**
 * The scaffold's placeholder text. The check (ETOM029) refuses a page that still carries any of it,
 * so an untouched `npm run new` file cannot be merged by mistake.
 */
export const PLACEHOLDERS = {
  summary: 'One sentence: what this process is for.',
  level3: 'What the process does, when it runs and what it produces, with one concrete example (80-200 words).',
  level2: 'What the process is for and what it covers, with a concrete example (200-400 words).',
  inputs: '- In: …',
  outputs: '- Out: …',
  related: 'what passes between them.',
} as const;

/** Level, parent and verticals of a new process follow from its id and the tree; throws with the reason when they cannot. */
export function newProcessPage(atlas: Atlas, id: string, title: string): string {
  if (!isNumericId(id) || id.split('.').length < 2) throw new Error(`"${id}" is not a numeric eTOM id such as 1.1.2.9`);
  if (atlas.tree.has(id)) throw new Error(`process ${id} exists already: edit content/en/${id}.mdx instead`);
  const parent = id.split('.').slice(0, -1).join('.');
  const p = atlas.tree.get(parent);
  if (!p) throw new Error(`its parent ${parent} does not exist: create that page first`);
  const level = p.level + 1;
  if (level > 3) throw new Error(`${id} would be at level ${level}; the eTOM pages stop at level 3`);
  if (!title.trim()) throw new Error('give the process name as the second argument, in quotes');
  const lines = ['---', `id: ${q(id)}`, `title: ${q(title.trim())}`, `level: ${level}`, `parent: ${q(parent)}`,
    `summary: ${q(PLACEHOLDERS.summary)}`];
  if (level === 2) lines.push(`verticals: [${atlas.tree.children(parent).map((c) => atlas.tree.get(c)!.verticals[0]).find(Boolean) ?? 'fulfillment'}]  # the vertical groupings this process belongs to`);
  lines.push('---', '');
  lines.push(level === 3
    ? PLACEHOLDERS.level3
    : `${PLACEHOLDERS.level2}\n\n## Inputs and outputs\n\n${PLACEHOLDERS.inputs}\n${PLACEHOLDERS.outputs}\n\n## Related processes\n\n- [Parent process](../${parent}/): ${PLACEHOLDERS.related}`);
  return lines.join('\n') + '\n';
}

/**
 * A translation skeleton: hierarchy fields copied, text to translate, stamped with the English version it
 * follows. The aliases are kept, one for one: the translator localizes those with a usual local form and
 * leaves the others in English, so every other name stays searchable in every language.
 */
export function translationPage(englishRaw: string): string {
  const end = englishRaw.indexOf('\n---', 3);
  const fm = englishRaw.slice(0, end).split('\n');
  const body = englishRaw.slice(end + 4);
  const out = fm.filter((l) => !l.startsWith('source:'));
  const at = out.findIndex((l) => l.startsWith('id:'));
  out.splice(at + 1, 0, `source: ${q(sourceHash(englishRaw))}`);
  return `${out.join('\n')}\n---${body}`;
}
