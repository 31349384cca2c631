/**
 * Frontmatter mistakes in plain words, on the line where the reader should look. js-yaml reports
 * `level 3` (a missing colon) one line late as "can not read a block mapping entry; a multiline key may
 * not be an implicit key"; the common slips are recognised here first, line by line.
 */
import { normalizeText, type FrontmatterProblem } from '../../content/frontmatter.ts';

export interface Explained {
  line: number;
  col: number;
  message: string;
  hint: string;
}

const GENERIC_HINT = 'one `key: value` per line; put a value in double quotes when it contains ": " or starts with a special character';

/** The first common slip among the frontmatter's lines, if any. `lines` are the YAML lines; file line = index + 2. */
function scanLines(lines: string[]): Explained | undefined {
  for (const [i, l] of lines.entries()) {
    const line = i + 2;
    if (/^\t/.test(l)) return { line, col: 1, message: `line ${line} starts with a tab`, hint: 'indent with spaces, never tabs' };
    if (!l.trim() || /^\s/.test(l) || /^#|^-/.test(l)) continue;
    const key = /^([A-Za-z_][\w-]*)/.exec(l)?.[1];
    if (!l.includes(':')) {
      const rest = key ? l.slice(key.length).trim() : '';
      if (key && rest) return { line, col: key.length + 1, message: `line ${line}: \`${l.slice(0, 40)}\` needs a colon`, hint: `write \`${key}: ${rest}\`` };
      return { line, col: 1, message: `line ${line}: \`${l.slice(0, 40)}\` is not a \`key: value\` line`, hint: GENERIC_HINT };
    }
    const m = /^([A-Za-z_][\w-]*):(\S.*)$/.exec(l);
    if (m) return { line, col: m[1]!.length + 1, message: `line ${line}: \`${m[1]}:${m[2]!.slice(0, 20)}\` needs a space after the colon`, hint: `write \`${m[1]}: ${m[2]}\`` };
    const v = /^([A-Za-z_][\w-]*):\s+(.*)$/.exec(l);
    if (!v) continue;
    const [, k, value] = v as unknown as [string, string, string];
    const quote = value[0];
    if ((quote === '"' || quote === "'") && !new RegExp(`${quote}\\s*(#.*)?$`).test(value.slice(1))) {
      return { line, col: l.indexOf(quote) + 1, message: `line ${line}: the value of \`${k}\` opens a quote (${quote}) that is never closed on that line`, hint: `end the value with ${quote}; inside double quotes write \\" for a quote character` };
    }
    if (quote !== '"' && quote !== "'" && quote !== '[' && quote !== '{' && /:\s/.test(value)) {
      return { line, col: l.indexOf(': ', k.length + 1) + 1, message: `line ${line}: the value of \`${k}\` contains ": ", which YAML reads as the start of another field`, hint: `put the whole value in double quotes: ${k}: "${value.replace(/"/g, '\\"').slice(0, 40)}…"` };
    }
  }
  return undefined;
}

/** Plain words for a js-yaml reason the scan did not foresee (a duplicate key is explained before this). */
function plain(reason: string): string {
  if (/unexpected end of the stream within a (double|single) quoted scalar/.test(reason)) return 'a quoted value is never closed';
  if (/bad indentation/.test(reason)) return 'this line is indented where YAML does not expect it';
  return reason;
}

export function explainFrontmatterProblem(raw: string, problem: FrontmatterProblem): Explained {
  const lines = normalizeText(raw).split('\n');
  const end = lines.indexOf('---', 1);
  // Problems with the block itself (no block, never closed, delimiter-like lines) are already in plain words.
  if (lines[0] !== '---' || end < 0 || /^line \d+ is "|never closed|no frontmatter block/.test(problem.message)) {
    return { line: problem.line, col: problem.col, message: problem.message, hint: lines[0] === '---' ? 'the frontmatter ends at the first line that is exactly `---`' : 'start the file with a line `---`, then the fields, then a line `---`' };
  }
  const found = scanLines(lines.slice(1, end));
  if (found) return found;
  if (/duplicated mapping key/.test(problem.message)) {
    const key = /^([A-Za-z_][\w-]*)\s*:/.exec(lines[problem.line - 1] ?? '')?.[1];
    return { line: problem.line, col: 1, message: `line ${problem.line}: \`${key ?? 'this field'}\` appears twice`, hint: 'keep one of the two lines' };
  }
  return { line: problem.line, col: problem.col, message: `line ${problem.line}: ${plain(problem.message)}`, hint: GENERIC_HINT };
}
