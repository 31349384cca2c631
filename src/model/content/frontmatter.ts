/**
 * The one reading of a content file's frontmatter, used by the checker, the content loader and the
 * MDX guard of the build and dev server alike. gray-matter and Astro end the block at any line that
 * merely *starts* with `---` (`--- `, `----`, even `+++`), which let text after such a line escape the
 * checks and be compiled as MDX; here the block is exactly: a first line `---`, the YAML, and the next
 * line that is exactly `---`. Any other line starting with `---` or `+++` inside it is refused, so
 * no reader can disagree with this one about where the body starts.
 */
import yaml from 'js-yaml';

export interface FrontmatterProblem {
  message: string;
  line: number;
  col: number;
}

export interface SplitFile {
  /** The text with a byte-order mark dropped and CRLF/CR line ends turned into LF. */
  text: string;
  /** The YAML between the delimiters (undefined when there is no valid block). */
  yaml: string | undefined;
  /** Everything after the closing delimiter: what MDX compiles. */
  body: string;
  /** 1-based line on which the body starts. */
  bodyLine: number;
  /** Number of lines the frontmatter block takes, delimiters included (0 without one). */
  blockLines: number;
  problem?: FrontmatterProblem;
}

/** Windows and old-Mac line ends are read as Unix ones, so a CRLF file checks and builds like any other. */
export function normalizeText(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

export function splitFrontmatter(raw: string): SplitFile {
  const text = normalizeText(raw);
  const lines = text.split('\n');
  const none = (problem: FrontmatterProblem): SplitFile => ({ text, yaml: undefined, body: text, bodyLine: 1, blockLines: 0, problem });
  if (lines[0] !== '---') {
    return none({ message: 'no frontmatter block: the file must start with a line that is exactly `---`, then the fields, then a line that is exactly `---`', line: 1, col: 1 });
  }
  const end = lines.indexOf('---', 1);
  // A line that starts like a delimiter but is not exactly one would close the block for other readers.
  const limit = end < 0 ? lines.length : end;
  for (let i = 1; i < limit; i++) {
    if (/^(---|\+\+\+)/.test(lines[i]!)) {
      const shown = JSON.stringify(lines[i]!.slice(0, 20));
      return none({ message: `line ${i + 1} is ${shown}: only a line that is exactly \`---\` (nothing before or after it) may end the frontmatter`, line: i + 1, col: 1 });
    }
  }
  if (end < 0) return none({ message: 'the frontmatter is never closed: add a line that is exactly `---` after the fields', line: 1, col: 1 });
  return { text, yaml: lines.slice(1, end).join('\n'), body: lines.slice(end + 1).join('\n'), bodyLine: end + 2, blockLines: end + 1 };
}

export interface ParsedYaml {
  data?: Record<string, unknown>;
  problem?: FrontmatterProblem;
}

/**
 * YAML with the JSON schema: plain strings, numbers, booleans, lists and maps — no dates, no tags.
 * Duplicate keys are an error (two `title:` lines could otherwise be read differently by two tools).
 */
export function parseYaml(source: string, firstLine: number): ParsedYaml {
  try {
    const value = yaml.load(source, { schema: yaml.JSON_SCHEMA });
    if (value === undefined || value === null) return { problem: { message: 'frontmatter is empty', line: firstLine, col: 1 } };
    if (typeof value !== 'object' || Array.isArray(value)) return { problem: { message: 'frontmatter must be `key: value` lines, not a single value or a list', line: firstLine, col: 1 } };
    return { data: value as Record<string, unknown> };
  } catch (err) {
    const e = err as { reason?: string; message: string; mark?: { line: number; column: number } };
    const line = e.mark ? e.mark.line + firstLine : firstLine;
    return { problem: { message: e.reason ?? e.message.split('\n')[0]!, line, col: (e.mark?.column ?? 0) + 1 } };
  }
}

/** 1-based line of each top-level key (the first occurrence). */
export function fieldLines(yamlText: string, firstLine: number): Record<string, number> {
  const out: Record<string, number> = {};
  yamlText.split('\n').forEach((l, i) => {
    const m = /^([A-Za-z_][\w-]*)\s*:/.exec(l);
    if (m && !(m[1]! in out)) out[m[1]!] = i + firstLine;
  });
  return out;
}

/**
 * The text handed to the MDX compiler: the body exactly as checked, behind an empty frontmatter block
 * of the same height, so line numbers in compiler errors still match the file and no frontmatter key
 * (Astro's MDX reads `layout:` as a module to import) ever reaches the compiler.
 */
export function compiledSource(split: SplitFile): string {
  const pad = Math.max(split.blockLines - 2, 0);
  return `---\n${'\n'.repeat(pad)}---\n${split.body}`;
}
