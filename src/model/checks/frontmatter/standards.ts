/** `openApis` and `sid` name real things: TM Forum Open API numbers and SID entities from data/reference/. */
import { diag, type Diagnostic } from '../diagnostics.ts';
import { apiNear, entityNear, openApis, sidEntities } from '../../data/standards.ts';
import { normalizeText } from '../../content/frontmatter.ts';
import type { ProcessFrontmatter } from '../../content/schema.ts';
import type { SourceFile } from '../../content/load.ts';

/** The line and column where a value is written, searching from its field's line (values may be on later lines). */
function locate(file: SourceFile, field: string, value: string): { line: number; col: number } {
  const start = file.fieldLines[field] ?? 1;
  const lines = normalizeText(file.raw).split('\n');
  for (let i = start - 1; i < Math.min(lines.length, start + 40); i++) {
    const col = lines[i]!.indexOf(value);
    if (col >= 0) return { line: i + 1, col: col + 1 };
  }
  return { line: start, col: 1 };
}

export function checkStandards(file: SourceFile, fm: ProcessFrontmatter): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const v of fm.openApis ?? []) {
    if (openApis().has(v)) continue;
    const near = apiNear(v).map((n) => `${n} (${openApis().get(n)!.name})`);
    const { line, col } = locate(file, 'openApis', v);
    out.push(diag(file.path, line, col, 'ETOM034', `"${v}" is not a TM Forum Open API number we know`, near.length ? `did you mean ${near.join(' or ')}?` : 'use the number as TM Forum writes it (TMF622); the known APIs are listed in data/reference/open-apis.csv'));
  }
  for (const v of fm.sid ?? []) {
    if (sidEntities().has(v)) continue;
    const near = entityNear(v);
    const { line, col } = locate(file, 'sid', v);
    out.push(diag(file.path, line, col, 'ETOM035', `"${v}" is not a SID entity we know`, near.length ? `did you mean ${near.map((n) => `"${n}"`).join(' or ')}?` : 'use the entity name as the SID gives it ("Customer Order"); the known entities are listed in data/reference/sid-entities.csv'));
  }
  return out;
}
