/** Checks one file on its own: what kind of file it is, YAML, fields against the schema, file name, locale folder, the body. */
import { processSchema, FIELD_NAMES, type FlowFrontmatter, type ProcessFrontmatter } from '../content/schema.ts';
import { diag, type Diagnostic } from './diagnostics.ts';
import { FIELD_HINTS, schemaIssues } from './frontmatter/schema-issues.ts';
import { checkFlowFile } from './frontmatter/flow-file.ts';
import { isLocale, LOCALE_CODES } from '../locales.ts';
import { checkBody } from './body/body-check.ts';
import { checkQuality } from './body/quality.ts';
import { checkStandards } from './frontmatter/standards.ts';
import { explainFrontmatterProblem } from './frontmatter/yaml-errors.ts';
import type { BodyText } from '../content/text.ts';
import type { SourceFile } from '../content/load.ts';
import { verdicts } from './verdicts.ts';

export interface FileResult {
  diagnostics: Diagnostic[];
  /** The validated frontmatter, when the schema accepts it. */
  frontmatter?: ProcessFrontmatter;
  /** For a flow file: its validated frontmatter. */
  flow?: FlowFrontmatter;
  /** The body's prose and links, when it parses. */
  text?: BodyText;
}

/** Memoised per file (verdicts.ts): the loader and the MDX guard of one build share each verdict. */
export function checkFile(file: SourceFile): FileResult {
  const key = JSON.stringify(file);
  const hit = verdicts.get(file.path);
  if (hit?.key === key) return hit.result;
  const result = checkFileUncached(file);
  verdicts.set(file.path, { key, result });
  return result;
}

function checkFileUncached(file: SourceFile): FileResult {
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
  if (file.kind === 'flow') {
    const r = checkFlowFile(file, body.text);
    return { diagnostics: [...out, ...r.diagnostics], text: body.text, ...(r.flow ? { flow: r.flow } : {}) };
  }
  const parsed = processSchema.safeParse(file.data);
  if (!parsed.success) return { diagnostics: [...out, ...schemaIssues(file, parsed.error.issues, FIELD_NAMES)], text: body.text };
  const fm = parsed.data;
  if (fm.level === 0 && fm.parent !== undefined) out.push(diag(file.path, lineOf('parent'), 1, 'ETOM002', 'a Level 0 area has no parent', 'remove the `parent:` line, or set the right `level:`'));
  if (fm.level > 0 && fm.parent === undefined) out.push(diag(file.path, lineOf('level'), 1, 'ETOM002', `missing field "parent" (required at level ${fm.level})`, FIELD_HINTS.parent!));
  if (fm.verticals !== undefined && fm.level !== 2) out.push(diag(file.path, lineOf('verticals'), 1, 'ETOM002', `"verticals" is set on a Level ${fm.level} process`, 'set verticals on Level 2 processes only; their Level 3 children inherit them'));
  if (fm.id !== file.name) out.push(diag(file.path, lineOf('id'), 1, 'ETOM009', `file name "${file.name}" does not match id "${fm.id}"`, `rename the file to ${fm.id}.mdx (or run \`npm run check -- --fix\`)`));
  out.push(...checkQuality(file, fm, body.text), ...checkStandards(file, fm));
  return { diagnostics: out, frontmatter: fm, text: body.text };
}
