/**
 * End-to-end flows as the site uses them: each step's process and the eTOM layer (swimlane) it belongs
 * to, the steps that follow it, and for a process the flows it is a step of. The layer is derived from
 * the tree: the horizontal grouping (Level 1) above the process, by its place in its area (CRM, SM&O,
 * RM&O, S/PRM and their Strategy, Infrastructure & Product counterparts), or Enterprise for the area
 * without vertical groupings (Enterprise Management).
 */
import type { ProcessTree } from './tree.ts';
import type { Atlas } from './atlas.ts';
import type { SidebarEntry, SidebarGroup, SidebarLink } from './sidebar.ts';
import { t } from '../i18n/index.ts';
import { isNumericId, pagePath, processPath } from '../content/ids.ts';
import { VERTICALS } from '../content/verticals.ts';
import type { FlowStep } from '../content/schema.ts';

/** The lanes, top to bottom (or left to right): the eTOM's horizontal layers in the framework's order. */
export const LAYERS = ['customer', 'service', 'resource', 'partner', 'enterprise'] as const;
export type Layer = (typeof LAYERS)[number];

/** The URL path of a flow's page; `flowPath(locale)` is the flows index. */
export function flowPath(locale: string, id?: string): string {
  return pagePath(locale, id ? `flows/${id}` : 'flows');
}

export interface FlowInput {
  /** The slug, which is also the file name and the URL segment. */
  id: string;
  title: string;
  summary: string;
  steps: FlowStep[];
}

/** A flow step with what the site derives for it; `n` counts from 1, as authors and readers do. */
export interface FlowStepInfo extends FlowStep {
  n: number;
  layer: Layer;
  /** The step numbers that follow this one: `then`, else the next step (none after the last). */
  next: number[];
}

/** The layer of a Level 2 or 3 process; undefined for groupings and ids outside the tree. */
export function layerOf(tree: ProcessTree, id: string): Layer | undefined {
  const node = tree.get(id);
  if (!node || !isNumericId(id) || node.level < 1) return undefined;
  const chain = [...tree.ancestors(id), id];
  const area = chain[0]!;
  const horizontal = chain.find((a) => tree.get(a)!.level === 1);
  if (!horizontal) return undefined;
  if (!VERTICALS.some((v) => v.area === area)) return 'enterprise';
  // Stryker disable next-line MethodExpression: verticals sort after the numbered groupings (compareIds), so they never shift a horizontal's index
  const index = tree.children(area).filter(isNumericId).indexOf(horizontal);
  return (['customer', 'service', 'resource', 'partner'] as const)[index];
}

/** The steps with their numbers, layers and successors. Steps whose process has no layer are dropped (the checker refuses them). */
export function flowSteps(tree: ProcessTree, flow: FlowInput): FlowStepInfo[] {
  const count = flow.steps.length;
  return flow.steps.flatMap((s, i) => {
    const layer = layerOf(tree, s.process);
    if (!layer) return [];
    const n = i + 1;
    const next = s.then ? s.then.filter((t) => t >= 1 && t <= count) : n < count ? [n + 1] : [];
    return [{ ...s, n, layer, next }];
  });
}

/** The layers a flow passes through, in lane order. */
export function flowLayers(steps: FlowStepInfo[]): Layer[] {
  const used = new Set(steps.map((s) => s.layer));
  return LAYERS.filter((l) => used.has(l));
}

/** For each process, the flows it is a step of, with its step numbers, in the order the flows are given. */
export function flowsByProcess(flows: FlowInput[]): Map<string, { flow: string; steps: number[] }[]> {
  const out = new Map<string, { flow: string; steps: number[] }[]>();
  for (const f of flows) {
    f.steps.forEach((s, i) => {
      const list = out.get(s.process) ?? [];
      const here = list.find((x) => x.flow === f.id);
      if (here) here.steps.push(i + 1);
      else list.push({ flow: f.id, steps: [i + 1] });
      out.set(s.process, list);
    });
  }
  return out;
}

/**
 * The sidebar's flows entry. On a process page (or any page but a flow's): one link to the flows index.
 * On a flow's page: the flows themselves, then the three areas' overview pages. The whole process tree
 * is left out there: it would double a flow page's HTML (its diagram, steps and text already fill it).
 */
export function flowsSidebar(atlas: Atlas, locale: string, current: string | undefined, onIndex = false): SidebarEntry[] {
  const link = (label: string, href: string, isCurrent: boolean): SidebarLink => ({ type: 'link', label, href, isCurrent, badge: undefined, attrs: {} });
  if (current === undefined) return [link(t(locale, 'flows'), flowPath(locale), onIndex)];
  const flows: SidebarGroup = {
    type: 'group',
    label: t(locale, 'flows'),
    entries: [link(t(locale, 'sidebar.overview'), flowPath(locale), false), ...atlas.flowIds.map((id) => link(atlas.flow(locale, id)!.title, flowPath(locale, id), id === current))],
    collapsed: false,
    badge: undefined,
  };
  return [flows, ...atlas.tree.roots.map((r) => link(atlas.label(locale, r), processPath(locale, r), false))];
}
