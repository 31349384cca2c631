/** Zod's findings on a frontmatter block, as diagnostics in a contributor's words, on the field's line. */
import type { z } from 'zod';
import { LIMITS } from '../../content/schema.ts';
import { diag, type Diagnostic, type RuleCode } from '../diagnostics.ts';
import type { SourceFile } from '../../content/load.ts';

export const FIELD_HINTS: Record<string, string> = {
  id: 'set `id: "1.1.1.5"` (quoted, the eTOM id) matching the file name',
  title: 'set `title:` to the process name as the eTOM gives it',
  level: 'set `level:` to 0, 1, 2 or 3 (a number, one more than the parent\'s level)',
  parent: 'set `parent: "1.1.1"` to the id of the process one level up (omit it only at level 0)',
  summary: 'set `summary:` to one sentence saying what the process is for',
  verticals: 'set `verticals: [fulfillment, assurance]` using the ids of vertical groupings',
  aliases: 'set `aliases: ["Old Name"]` as a list of strings',
  replaces: 'set `replaces: "1.1.1.1"` to the id of the process this one replaced',
  replacedBy: 'set `replacedBy: "1.1.1.22"` to the id of the process that replaced this one (or a list of ids when its work was split)',
  openApis: 'set `openApis: [TMF622, TMF620]`: a list of TM Forum Open API numbers',
  sid: 'set `sid: ["Customer Product Order", "Product Offering"]`: a list of SID entity names',
  steps: 'list the steps as `- process: "1.1.1.5"` with `does: "…"` under each (and optionally `then: [3, 5]`)',
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

/** A typo is a few letters off; "head" is not a misspelt "id". */
function closestField(key: string, names: string[]): string | undefined {
  const best = names.map((f) => [f, distance(key.toLowerCase(), f.toLowerCase())] as const).sort((x, y) => x[1] - y[1])[0];
  return best && best[1] <= Math.max(1, Math.floor(key.length / 3)) ? best[0] : undefined;
}

/** Starlight's own page fields: valid on Starlight pages, refused here because they publish HTML, load code or change the page's frame. */
const STARLIGHT_FIELDS = new Set(['head', 'banner', 'hero', 'template', 'sidebar', 'pagefind', 'layout', 'tableOfContents', 'editUrl', 'prev', 'next', 'lastUpdated', 'draft', 'description', 'slug']);

/** Fields with a length limit report under their own code, so a contributor sees at once what to shorten. */
const LENGTH_CODES: Record<string, RuleCode> = { title: 'ETOM022', summary: 'ETOM023', aliases: 'ETOM024' };
const LENGTH_HINTS: Record<string, string> = {
  title: `keep \`title:\` to one line of at most ${LIMITS.title} characters: the process name as the eTOM gives it`,
  summary: `keep \`summary:\` to one sentence on one line, at most ${LIMITS.summary} characters`,
  aliases: `keep each alias to one line of at most ${LIMITS.alias} characters`,
};

export function schemaIssues(file: SourceFile, issues: z.core.$ZodIssue[], fieldNames: string[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const lineOf = (field: string) => file.fieldLines[field] ?? 1;
  const data = file.data ?? {};
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys' && issue.path.length === 0) {
      for (const key of issue.keys) {
        if (STARLIGHT_FIELDS.has(key)) {
          out.push(diag(file.path, lineOf(key), 1, 'ETOM002', `field "${key}" is a Starlight page setting that content may not use`, `remove it: the site generates the page's frame; allowed fields: ${fieldNames.join(', ')}`));
          continue;
        }
        const near = closestField(key, fieldNames);
        out.push(diag(file.path, lineOf(key), 1, 'ETOM002', `unknown field "${key}"`, near ? `did you mean \`${near}\`? Rename the key.` : `remove it; allowed fields: ${fieldNames.join(', ')}`));
      }
      continue;
    }
    const field = String(issue.path[0] ?? '');
    const missing = data[field] === undefined;
    const where = issue.path.join('.');
    const lengthCode = LENGTH_CODES[field];
    if (lengthCode && !missing && (issue.code === 'too_big' || issue.code === 'invalid_format')) {
      out.push(diag(file.path, lineOf(field), 1, lengthCode, `field "${where}": ${issue.message}`, LENGTH_HINTS[field]!));
      continue;
    }
    const message = missing ? `missing field "${field}"` : issue.code === 'unrecognized_keys' ? `field "${where}" has unknown key(s) ${issue.keys.join(', ')}` : `field "${where}": ${issue.message}`;
    out.push(diag(file.path, lineOf(field), 1, 'ETOM002', message, FIELD_HINTS[field] ?? 'see CONTRIBUTING.md for the fields'));
  }
  return out;
}
