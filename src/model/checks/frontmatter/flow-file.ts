/** One flow file on its own: fields against the flow schema, file name, step numbers, length of the explanation. */
import { flowSchema, FLOW_FIELD_NAMES, type FlowFrontmatter } from '../../content/schema.ts';
import { diag, type Diagnostic } from '../diagnostics.ts';
import { schemaIssues } from './schema-issues.ts';
import { firstTextLine } from '../body/quality.ts';
import { countWords, type BodyText } from '../../content/text.ts';
import { normalizeText } from '../../content/frontmatter.ts';
import type { SourceFile } from '../../content/load.ts';

/** The explanation of a flow, in words of the English original (a translation is held to the same band scaled as for pages). */
export const FLOW_BAND = [300, 600] as const;

/** The line of step n's `- process:` entry (1-based n), for pointing at a step. */
export function stepLine(file: SourceFile, n: number): number {
  const start = file.fieldLines['steps'] ?? 1;
  // The lines after `steps:` up to the closing `---`: a body line may look like a step too.
  const lines = normalizeText(file.raw).split('\n').slice(start, file.bodyLine - 2);
  const steps = lines.flatMap((l, i) => (/^\s*-\s+process:/.test(l) ? [start + i + 1] : []));
  return steps[n - 1] ?? start;
}

export function checkFlowFile(file: SourceFile, body: BodyText | undefined): { diagnostics: Diagnostic[]; flow?: FlowFrontmatter } {
  const parsed = flowSchema.safeParse(file.data);
  if (!parsed.success) return { diagnostics: schemaIssues(file, parsed.error.issues, FLOW_FIELD_NAMES) };
  const flow = parsed.data;
  const out: Diagnostic[] = [];
  if (flow.id !== file.name) out.push(diag(file.path, file.fieldLines['id'] ?? 1, 1, 'ETOM009', `file name "${file.name}" does not match id "${flow.id}"`, `rename the file to ${flow.id}.mdx (or run \`npm run check -- --fix\`)`));
  flow.steps.forEach((s, i) => {
    for (const n of s.then ?? []) {
      if (n < 1 || n > flow.steps.length || n === i + 1) {
        out.push(diag(file.path, stepLine(file, i + 1), 1, 'ETOM039', n === i + 1 ? `step ${i + 1} names itself in \`then\`` : `step ${i + 1} goes on to step ${n}, but the flow has ${flow.steps.length} steps`, `list in \`then\` the numbers of the steps that follow step ${i + 1} (1 to ${flow.steps.length}, not ${i + 1})`));
      }
    }
  });
  if (body && file.locale === 'en') {
    const words = countWords(body.text, 'en');
    if (words < FLOW_BAND[0] || words > FLOW_BAND[1]) out.push(diag(file.path, firstTextLine(file), 1, 'ETOM030', `the explanation has ${words} words; a flow has ${FLOW_BAND[0]}–${FLOW_BAND[1]}`, 'say why the flow matters, where it breaks, what operators measure on it', 'warning'));
  }
  return { diagnostics: out, flow };
}
