/**
 * Mermaid source for a flow's swimlane diagram: one subgraph per eTOM layer, the steps in it, arrows in
 * step order, jumps (`then` other than the next step) dotted. Every node links to its process page in
 * the same locale. Pure: unit-tested, and parsed by the mermaid package in the tests.
 */
import type { Atlas } from '../site/atlas.ts';
import { processPath } from '../content/ids.ts';
import { flowLayers, flowSteps } from '../site/flows.ts';
import { t } from '../i18n/index.ts';
import { escapeLabel } from './mermaid.ts';

export function flowDiagram(atlas: Atlas, locale: string, flowId: string): string {
  const flow = atlas.flow(locale, flowId);
  if (!flow) throw new Error(`flowDiagram: unknown flow "${flowId}"`);
  const steps = flowSteps(atlas.tree, flow);
  const lines = ['flowchart TB'];
  flowLayers(steps).forEach((layer, i) => {
    lines.push(`  subgraph l${i}["${escapeLabel(t(locale, `flow.layer.${layer}`))}"]`);
    for (const s of steps.filter((x) => x.layer === layer)) {
      lines.push(`    s${s.n}["${s.n}. ${s.process}<br/>${escapeLabel(atlas.title(locale, s.process))}"]`);
    }
    lines.push('  end');
  });
  const known = new Set(steps.map((s) => s.n));
  for (const s of steps) for (const n of s.next) if (known.has(n)) lines.push(`  s${s.n} ${n === s.n + 1 ? '-->' : '-.->'} s${n}`);
  for (const s of steps) lines.push(`  click s${s.n} href "${processPath(locale, s.process)}"`);
  return lines.join('\n');
}
