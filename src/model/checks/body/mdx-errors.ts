/**
 * MDX parser errors in plain words. The parser speaks of "expressions" and "mdx-jsx"; a contributor
 * needs to hear that `{` and `<` start code in MDX and how to write them as text.
 */
import { diag, type Diagnostic } from '../diagnostics.ts';
import type { SourceFile } from '../../content/load.ts';

const BRACE_HINT = 'in MDX, `{` starts code: write `\\{` for a literal brace (and `\\}` for its partner)';
const ANGLE_HINT = 'in MDX, `<` followed by a letter starts an element: write `\\<` for a literal less-than sign, or "less than"';

export function mdxSyntaxDiagnostic(file: SourceFile, err: Error): Diagnostic {
  const raw = err.message ?? String(err);
  const m = /^(\d+):(\d+):\s*([\s\S]*)$/.exec(raw);
  const line = m ? Number(m[1]) + file.bodyLine - 1 : file.bodyLine;
  const col = m ? Number(m[2]) : 1;
  const text = (m ? m[3]! : raw).replace(/\s*\([a-z-]+:[a-z-]+\)\s*$/, '').split('\n')[0]!;
  const where = `line ${line}, column ${col}`;
  const tag = /closing tag for `<([^>`]+)>`/.exec(text)?.[1];
  if (/closing brace for `\{`|in expression/.test(text)) {
    return diag(file.path, line, col, 'ETOM016', `${where}: \`{\` starts code in MDX and is never closed`, BRACE_HINT);
  }
  if (tag) {
    return diag(file.path, line, col, 'ETOM016', `${where}: \`<${tag}>\` is read as an element and is never closed`, `${ANGLE_HINT}; or close it with \`</${tag}>\``);
  }
  if (/after `<`|valid JSX tag|before name/i.test(text)) {
    return diag(file.path, line, col, 'ETOM016', `${where}: \`<\` starts an element in MDX, and no complete tag follows it`, ANGLE_HINT);
  }
  if (/character|tag|jsx/i.test(text)) return diag(file.path, line, col, 'ETOM016', `${where}: MDX cannot read this: ${text}`, ANGLE_HINT);
  return diag(file.path, line, col, 'ETOM016', `${where}: MDX cannot read this: ${text}`, `${BRACE_HINT}; ${ANGLE_HINT}`);
}
