/** Problems found in content: stable codes, one message and one fix hint each, two output formats. */

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  file: string;
  line: number;
  col: number;
  code: string;
  severity: Severity;
  message: string;
  /** One line telling the author how to fix it. */
  hint: string;
}

/** Every rule, with its stable code. Codes are never reused for another meaning. */
export const RULES = {
  ETOM001: 'malformed frontmatter YAML',
  ETOM002: 'missing, invalid or unknown frontmatter field',
  ETOM003: 'id used twice in one locale',
  ETOM004: 'parent does not exist',
  ETOM005: "level is not the parent's level + 1",
  ETOM006: "numeric id is not the parent's id plus one segment",
  ETOM007: 'parent chain forms a cycle',
  ETOM008: 'unknown vertical grouping',
  ETOM009: 'file name does not match the id',
  ETOM010: 'translation without an English original',
  ETOM011: 'translation disagrees with the English hierarchy',
  ETOM012: 'MDX imports a module outside the allowlist',
  ETOM013: 'MDX exports or runs code',
  ETOM014: 'MDX contains a <script> element',
  ETOM015: 'MDX contains a JavaScript expression',
  ETOM016: 'MDX syntax error',
  ETOM017: 'replaces / replacedBy points nowhere',
  ETOM018: 'Level 2 process cannot be placed on the framework map',
  ETOM019: 'grouping name differs from the glossary',
  ETOM020: 'translation follows an older version of its English page (warning)',
  ETOM021: 'not a publishable content file (symbolic link, .md or other extension, stray folder)',
  ETOM022: 'title longer than 120 characters or not one line',
  ETOM023: 'summary longer than 300 characters or not one line',
  ETOM024: 'alias longer than 120 characters or not one line',
  ETOM025: 'element or construct content may not use',
  ETOM026: 'attribute content may not use (event handlers, style, Astro directives, unknown props)',
  ETOM027: 'URL content may not use (scheme, another host, image outside content/)',
  ETOM028: 'directive that is not a Starlight aside',
  ETOM029: 'placeholder text from `npm run new` left in',
  ETOM030: 'text length outside the band for its level (warning)',
  ETOM031: 'translation that is mostly the English text',
  ETOM032: 'translation missing a link of its original (warning)',
  ETOM033: 'translation missing an alias of its original (warning)',
  ETOM034: 'unknown TM Forum Open API number',
  ETOM035: 'unknown SID entity name',
  ETOM036: 'flow step names a process that does not exist',
  ETOM037: 'flow step on a Level 0 or Level 1 grouping',
  ETOM038: 'flow translation whose steps differ from the English flow',
  ETOM039: 'flow step goes on to a step that does not exist',
} as const;

export type RuleCode = keyof typeof RULES;

export function diag(
  file: string,
  line: number,
  col: number,
  code: RuleCode,
  message: string,
  hint: string,
  severity: Severity = 'error',
): Diagnostic {
  return { file, line, col, code, severity, message, hint };
}

export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.code.localeCompare(b.code));
}

/** `path:line:col CODE message` and an indented hint: the format editors and terminals link. */
export function formatText(d: Diagnostic): string {
  const sev = d.severity === 'warning' ? ' (warning)' : '';
  return `${d.file}:${d.line}:${d.col} ${d.code}${sev} ${d.message}\n    fix: ${d.hint}`;
}

/** GitHub Actions workflow command: shows the problem on the changed line of a pull request. */
export function formatGithub(d: Diagnostic): string {
  const esc = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => esc(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return `::${d.severity} file=${prop(d.file)},line=${d.line},col=${d.col},title=${prop(d.code)}::${esc(`${d.message} Fix: ${d.hint}`)}`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The end of a report: one line per file with problems, then `N errors, M warnings in K files`
 * (K = files checked). With no problems, only the last line.
 */
export function summarize(list: Diagnostic[], checked: number): string {
  const byFile = new Map<string, { e: number; w: number }>();
  for (const d of list) {
    const c = byFile.get(d.file) ?? { e: 0, w: 0 };
    if (d.severity === 'error') c.e++;
    else c.w++;
    byFile.set(d.file, c);
  }
  const rows = [...byFile].sort(([a], [b]) => a.localeCompare(b)).map(([f, c]) => `${f}: ${[c.e && plural(c.e, 'error'), c.w && plural(c.w, 'warning')].filter(Boolean).join(', ')}`);
  const errors = list.filter((d) => d.severity === 'error').length;
  return [...rows, `${plural(errors, 'error')}, ${plural(list.length - errors, 'warning')} in ${plural(checked, 'file')}`].join('\n');
}
