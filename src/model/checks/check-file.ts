/** Checks one file on its own: YAML, fields against the schema, file name, locale folder, MDX safety. */
import { processSchema, FIELD_NAMES, type ProcessFrontmatter } from '../content/schema.ts';
import { diag, type Diagnostic } from './diagnostics.ts';
import { isLocale, LOCALE_CODES } from '../locales.ts';
import { checkMdx } from './mdx-safety.ts';
import type { SourceFile } from '../content/load.ts';

const FIELD_HINTS: Record<string, string> = {
  id: 'set `id: "1.1.1.5"` (quoted, the eTOM id) matching the file name',
  title: 'set `title:` to the process name as the eTOM gives it',
  level: 'set `level:` to 0, 1, 2 or 3 (a number, one more than the parent\'s level)',
  parent: 'set `parent: "1.1.1"` to the id of the process one level up (omit it only at level 0)',
  summary: 'set `summary:` to one sentence saying what the process is for',
  verticals: 'set `verticals: [fulfillment, assurance]` using the ids of vertical groupings',
  aliases: 'set `aliases: ["Old Name"]` as a list of strings',
  replaces: 'set `replaces: "1.1.1.1"` to the id of the process this one replaced',
  replacedBy: 'set `replacedBy: "1.1.1.22"` to the id of the process that replaced this one',
  source: 'run `npm run i18n -- --fix <file>` to set it once the translation matches the English page',
};

/** Edit distance, to suggest the field an unknown key was probably meant to be. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)] as number[]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length]![b.length]!;
}

function closestField(key: string): string | undefined {
  const best = FIELD_NAMES.map((f) => [f, distance(key.toLowerCase(), f.toLowerCase())] as const).sort((x, y) => x[1] - y[1])[0];
  return best && best[1] <= 3 ? best[0] : undefined;
}

export interface FileResult {
  diagnostics: Diagnostic[];
  /** The validated frontmatter, when the schema accepts it. */
  frontmatter?: ProcessFrontmatter;
}

export function checkFile(file: SourceFile): FileResult {
  const out: Diagnostic[] = [];
  const lineOf = (field: string) => file.fieldLines[field] ?? 1;
  if (!isLocale(file.locale)) {
    out.push(diag(file.path, 1, 1, 'ETOM010', `folder "${file.locale}" is not a site locale`, `move the file into content/<locale>/ with <locale> one of ${LOCALE_CODES.join(', ')}`));
  }
  if (file.yamlError || !file.data) {
    const e = file.yamlError ?? { message: 'frontmatter is empty', line: 1, col: 1 };
    out.push(diag(file.path, e.line, e.col, 'ETOM001', `frontmatter YAML: ${e.message}`, 'fix the YAML: one `key: value` per line; quote values containing ": " or starting with a special character'));
    return { diagnostics: out };
  }
  out.push(...checkMdx(file));
  const parsed = processSchema.safeParse(file.data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          const near = closestField(key);
          out.push(diag(file.path, lineOf(key), 1, 'ETOM002', `unknown field "${key}"`, near ? `did you mean \`${near}\`? Rename the key.` : `remove it; allowed fields: ${FIELD_NAMES.join(', ')}`));
        }
        continue;
      }
      const field = String(issue.path[0] ?? '');
      const missing = file.data[field] === undefined;
      out.push(diag(file.path, lineOf(field), 1, 'ETOM002', missing ? `missing field "${field}"` : `field "${issue.path.join('.')}": ${issue.message}`, FIELD_HINTS[field] ?? 'see CONTRIBUTING.md for the fields'));
    }
    return { diagnostics: out };
  }
  const fm = parsed.data;
  if (fm.level === 0 && fm.parent !== undefined) out.push(diag(file.path, lineOf('parent'), 1, 'ETOM002', 'a Level 0 area has no parent', 'remove the `parent:` line, or set the right `level:`'));
  if (fm.level > 0 && fm.parent === undefined) out.push(diag(file.path, lineOf('level'), 1, 'ETOM002', `missing field "parent" (required at level ${fm.level})`, FIELD_HINTS.parent!));
  if (fm.verticals !== undefined && fm.level !== 2) out.push(diag(file.path, lineOf('verticals'), 1, 'ETOM002', `"verticals" is set on a Level ${fm.level} process`, 'set verticals on Level 2 processes only; their Level 3 children inherit them'));
  if (fm.id !== file.name) out.push(diag(file.path, lineOf('id'), 1, 'ETOM009', `file name "${file.name}" does not match id "${fm.id}"`, `rename the file to ${fm.id}.mdx (or run \`npm run check -- --fix\`)`));
  return { diagnostics: out, frontmatter: fm };
}
