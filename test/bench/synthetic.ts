/** Synthetic eTOM-shaped content of any size, for the benchmark: same shape and text length as the real pages. */
import { VERTICALS } from '../../src/model/content/verticals.ts';

const words = 'order service resource customer billing fibre line activation trouble ticket usage record partner settlement network inventory'.split(' ');
function text(n: number, seed: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(words[(seed * 7 + i * 13) % words.length]!);
  return out.join(' ') + '.';
}

/** Returns [relative path, file text] pairs for about `count` English processes. */
export function syntheticContent(count: number): [string, string][] {
  const files: [string, string][] = [];
  const page = (id: string, level: number, parent: string | undefined, extra: string, words: number) => {
    const fm = [`id: "${id}"`, `title: "Process ${id}"`, `level: ${level}`, ...(parent ? [`parent: "${parent}"`] : []), `summary: "${text(18, id.length)}"`, extra].filter(Boolean);
    files.push([`content/en/${id}.mdx`, `---\n${fm.join('\n')}\n---\n\n${text(words / 2, level)}\n\n## Inputs and outputs\n\n${text(words / 2, level + 1)}\n`]);
  };
  const areas = ['1.1', '1.2', '1.3'];
  areas.forEach((a) => page(a, 0, undefined, '', 350));
  for (const v of VERTICALS) page(v.id, 1, v.area, '', 350);
  // 4 Level 1 groupings per area, Level 2 groups of 5 Level 3 each, until `count` is reached.
  let made = 3 + VERTICALS.length;
  const l1 = areas.flatMap((a) => [1, 2, 3, 4].map((i) => `${a}.${i}`));
  l1.forEach((id) => page(id, 1, id.split('.').slice(0, 2).join('.'), '', 350));
  made += l1.length;
  for (let k = 1; made < count; k++) {
    for (const p of l1) {
      if (made >= count) break;
      const area = p.split('.').slice(0, 2).join('.');
      const cols = VERTICALS.filter((v) => v.area === area).map((v) => v.id);
      const id = `${p}.${k}`;
      page(id, 2, p, cols.length ? `verticals: [${cols[k % cols.length]}]` : '', 300);
      made++;
      for (let j = 1; j <= 5 && made < count; j++, made++) page(`${id}.${j}`, 3, id, '', 140);
    }
  }
  return files;
}
