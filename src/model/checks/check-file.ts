/** Checks one file on its own: what kind of file it is, YAML, fields against the schema, file name, locale folder, the body. */
import { processSchema, FIELD_NAMES, LIMITS, type ProcessFrontmatter } from '../content/schema.ts';
import { diag, type Diagnostic, type RuleCode } from './diagnostics.ts';
import { isLocale, LOCALE_CODES } from '../locales.ts';
import { checkBody } from './body-check.ts';
import { checkQuality } from './quality.ts';
import { checkStandards } from './standards.ts';
import { explainFrontmatterProblem } from './yaml-errors.ts';
import type { BodyText } from '../content/text.ts';
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
  replacedBy: 'set `replacedBy: "1.1.1.22"` to the id of the process that replaced this one (or a list of ids when its work was split)',
  openApis: 'set `openApis: [TMF622, TMF620]`: a list of TM Forum Open API numbers',
  sid: 'set `sid: ["Customer Order", "Product Offering"]`: a list of SID entity names',
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
function closestField(key: string): string | undefined {
  const best = FIELD_NAMES.map((f) => [f, distance(key.toLowerCase(), f.toLowerCase())] as const).sort((x, y) => x[1] - y[1])[0];
  return best && best[1] <= Math.max(1, Math.floor(key.length / 3)) ? best[0] : undefined;
}

/** Starlight's own page fields: valid on Starlight pages, refused here because they publish HTML, load code or change the page's frame. */
const STARLIGHT_FIELDS = new Set(['head', 'banner', 'hero', 'template', 'sidebar', 'pagefind', 'layout', 'tableOfContents', 'editUrl', 'prev', 'next', 'lastUpdated', 'draft', 'description', 'slug']);

export interface FileResult {
  diagnostics: Diagnostic[];
  /** The validated frontmatter, when the schema accepts it. */
  frontmatter?: ProcessFrontmatter;
  /** The body's prose and links, when it parses. */
  text?: BodyText;
}

/** Fields with a length limit report under their own code, so a contributor sees at once what to shorten. */
const LENGTH_CODES: Record<string, RuleCode> = { title: 'ETOM022', summary: 'ETOM023', aliases: 'ETOM024' };
const LENGTH_HINTS: Record<string, string> = {
  title: `keep \`title:\` to one line of at most ${LIMITS.title} characters: the process name as the eTOM gives it`,
  summary: `keep \`summary:\` to one sentence on one line, at most ${LIMITS.summary} characters`,
  aliases: `keep each alias to one line of at most ${LIMITS.alias} characters`,
};

export function checkFile(file: SourceFile): FileResult {
  const out: Diagnostic[] = [];
  const lineOf = (field: string) => file.fieldLines[field] ?? 1;
  if (file.refused) {
    return { diagnostics: [diag(file.path, 1, 1, 'ETOM021', `${file.path} ${file.refused.message}`, file.refused.hint)] };
  }
  if (!isLocale(file.locale)) {
    out.push(diag(file.path, 1, 1, 'ETOM010', `folder "${file.locale}" is not a site locale`, `move the file into content/<locale>/ with <locale> one of ${LOCALE_CODES.join(', ')}`));
  }
  if (file.yamlError || !file.data) {
    const e = explainFrontmatterProblem(file.raw, file.yamlError ?? { message: 'frontmatter is empty', line: 1, col: 1 });
    out.push(diag(file.path, e.line, e.col, 'ETOM001', e.message, e.hint));
    return { diagnostics: out };
  }
  const body = checkBody(file);
  out.push(...body.diagnostics);
  const parsed = processSchema.safeParse(file.data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          if (STARLIGHT_FIELDS.has(key)) {
            out.push(diag(file.path, lineOf(key), 1, 'ETOM002', `field "${key}" is a Starlight page setting that content may not use`, `remove it: the site generates the page's frame; allowed fields: ${FIELD_NAMES.join(', ')}`));
            continue;
          }
          const near = closestField(key);
          out.push(diag(file.path, lineOf(key), 1, 'ETOM002', `unknown field "${key}"`, near ? `did you mean \`${near}\`? Rename the key.` : `remove it; allowed fields: ${FIELD_NAMES.join(', ')}`));
        }
        continue;
      }
      const field = String(issue.path[0] ?? '');
      const missing = file.data[field] === undefined;
      const lengthCode = LENGTH_CODES[field];
      if (lengthCode && !missing && (issue.code === 'too_big' || issue.code === 'invalid_format')) {
        out.push(diag(file.path, lineOf(field), 1, lengthCode, `field "${issue.path.join('.')}": ${issue.message}`, LENGTH_HINTS[field]!));
        continue;
      }
      out.push(diag(file.path, lineOf(field), 1, 'ETOM002', missing ? `missing field "${field}"` : `field "${issue.path.join('.')}": ${issue.message}`, FIELD_HINTS[field] ?? 'see CONTRIBUTING.md for the fields'));
    }
    return { diagnostics: out, text: body.text };
  }
  const fm = parsed.data;
  if (fm.level === 0 && fm.parent !== undefined) out.push(diag(file.path, lineOf('parent'), 1, 'ETOM002', 'a Level 0 area has no parent', 'remove the `parent:` line, or set the right `level:`'));
  if (fm.level > 0 && fm.parent === undefined) out.push(diag(file.path, lineOf('level'), 1, 'ETOM002', `missing field "parent" (required at level ${fm.level})`, FIELD_HINTS.parent!));
  if (fm.verticals !== undefined && fm.level !== 2) out.push(diag(file.path, lineOf('verticals'), 1, 'ETOM002', `"verticals" is set on a Level ${fm.level} process`, 'set verticals on Level 2 processes only; their Level 3 children inherit them'));
  if (fm.id !== file.name) out.push(diag(file.path, lineOf('id'), 1, 'ETOM009', `file name "${file.name}" does not match id "${fm.id}"`, `rename the file to ${fm.id}.mdx (or run \`npm run check -- --fix\`)`));
  out.push(...checkQuality(file, fm, body.text), ...checkStandards(file, fm));
  return { diagnostics: out, frontmatter: fm, text: body.text };
}
