/**
 * Checks that catch unfinished work in a single file: the scaffold's placeholder text left in (error),
 * and a body whose length is outside the band for its level (warning).
 */
import { diag, type Diagnostic } from '../diagnostics.ts';
import { PLACEHOLDERS } from '../../content/scaffold.ts';
import { countWords, lengthBand, type BodyText } from '../../content/text.ts';
import type { ProcessFrontmatter } from '../../content/schema.ts';
import type { SourceFile } from '../../content/load.ts';

/** The line where a body's text starts (the first non-blank line after the frontmatter). */
export function firstTextLine(file: SourceFile): number {
  return file.bodyLine + Math.max(file.body.split('\n').findIndex((l) => l.trim()), 0);
}

const BODY_PLACEHOLDERS = [PLACEHOLDERS.level2, PLACEHOLDERS.level3, PLACEHOLDERS.inputs, PLACEHOLDERS.outputs, PLACEHOLDERS.related];

export function checkQuality(file: SourceFile, fm: ProcessFrontmatter, body: BodyText | undefined): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (fm.summary === PLACEHOLDERS.summary) {
    out.push(diag(file.path, file.fieldLines['summary'] ?? 1, 1, 'ETOM029', 'the summary is still the placeholder from `npm run new`', 'write one sentence saying what this process is for, with what it takes in or gives out'));
  }
  file.body.split('\n').forEach((l, i) => {
    const hit = BODY_PLACEHOLDERS.find((p) => l.includes(p));
    if (hit) out.push(diag(file.path, file.bodyLine + i, l.indexOf(hit) + 1, 'ETOM029', `placeholder text from \`npm run new\` is still here: "${hit.slice(0, 50)}"`, 'replace it with your own text (see the writing rules in CONTRIBUTING.md)'));
  });
  const band = lengthBand(fm.level, file.locale);
  if (body && band) {
    const words = countWords(body.text, file.locale);
    if (words < band[0] || words > band[1]) {
      out.push(diag(file.path, firstTextLine(file), 1, 'ETOM030', `the text has ${words} words; a Level ${fm.level} page has ${band[0]}–${band[1]} in ${file.locale}`,
        words < band[0] ? 'say more: what it takes in and gives out, its neighbours, a concrete example' : 'cut: keep what a practitioner needs; move detail to the Level 3 pages', 'warning'));
    }
  }
  return out;
}
