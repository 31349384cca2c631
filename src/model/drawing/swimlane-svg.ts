/**
 * A flow's swimlane diagram as static SVG, drawn at build time: one lane per eTOM layer the flow passes
 * through, each step a numbered box linking to its process page in the same locale, joined in step
 * order, with jumps (`then`) on rails. Two drawings, wide and narrow; diagram.css shows the one that
 * fits. Pure: no browser, no Astro.
 */
import type { Atlas } from '../site/atlas.ts';
import { processPath } from '../content/ids.ts';
import { flowLayers, flowSteps } from '../site/flows.ts';
import { t } from '../i18n/index.ts';
import { SWIM, layoutSwimlanes, type SwimFrame, type SwimSpec } from './swimlane-layout.ts';
import { arrowMarker, boxMarkup, connector, svgRoot, textLines } from './svg.ts';

export function swimlaneSpec(atlas: Atlas, locale: string, flowId: string): SwimSpec {
  const flow = atlas.flow(locale, flowId);
  if (!flow) throw new Error(`swimlaneSvg: unknown flow "${flowId}"`);
  const steps = flowSteps(atlas.tree, flow);
  const layers = flowLayers(steps);
  const layerName = (l: string) => t(locale, `flow.layer.${l}` as 'flow.layer.customer');
  return {
    locale,
    lanes: layers.map(layerName),
    steps: steps.map((s) => {
      const title = atlas.title(locale, s.process).replace(/\s+/g, ' ').trim();
      const wideLead = `${s.n}. ${s.process}`;
      const narrowLead = `${s.n}. ${layerName(s.layer)} · ${s.process}`;
      return {
        n: s.n,
        lane: layers.indexOf(s.layer),
        label: { wide: `${wideLead} ${title}`, narrow: `${narrowLead} ${title}` },
        lead: { wide: wideLead, narrow: narrowLead },
        href: processPath(locale, s.process),
        next: s.next,
      };
    }),
  };
}

function drawing(f: SwimFrame, pos: 'wide' | 'narrow', opts: { id: string; title: string; desc: string }): string {
  const arrow = `${opts.id}-a`;
  const lanes = f.lanes.map((l, i) =>
    `<g class="fl-lane${i % 2 ? ' fl-odd' : ''}"><rect x="${l.x}" y="${2}" width="${l.width}" height="${f.height - 4}"/>` +
    `<text transform="translate(${l.x} 2)">${textLines(l.lines, undefined, SWIM.padX)}</text></g>`,
  );
  const body = [
    `<defs>${arrowMarker(arrow)}</defs>`,
    ...lanes,
    ...f.links.map((l) => connector([l], { className: 'dg-l', arrow })),
    ...f.jumps.map((l) => connector([l], { className: 'dg-l fl-j', arrow })),
    ...f.boxes.map((b) => boxMarkup({ ...b, href: b.step.href, lead: b.step.lead[pos], at: b.at, padX: b.padX })),
  ].join('');
  return svgRoot({ idPrefix: opts.id, className: `dg fl fl-${pos === 'wide' ? 'w' : 'n'}`, width: f.width, height: f.height, title: opts.title, desc: opts.desc, body });
}

/** Both drawings, wide first; the page puts them in one `.diagram` frame. */
export function swimlaneSvg(atlas: Atlas, locale: string, flowId: string): string {
  const spec = swimlaneSpec(atlas, locale, flowId);
  const { wide, narrow } = layoutSwimlanes(spec);
  const title = t(locale, 'flow.diagram.title', { title: atlas.flow(locale, flowId)!.title });
  const desc = t(locale, 'flow.diagram.desc', { n: spec.steps.length, lanes: spec.lanes.join(', ') });
  return drawing(wide, 'wide', { id: `fw-${flowId}`, title, desc }) + drawing(narrow, 'narrow', { id: `fn-${flowId}`, title, desc });
}
