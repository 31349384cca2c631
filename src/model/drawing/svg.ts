/**
 * SVG emitting helpers shared by the site's diagrams: escaping, linked boxes of wrapped text,
 * connectors (with an optional arrowhead) and the root element with its title and description.
 * Strings in, strings out: no DOM. Colours are never written here; diagram.css themes the classes.
 */
import { wrapText } from './wrap.ts';
import { FIT } from './text-metrics.ts';

/** Escapes text for SVG/HTML content and double- or single-quoted attribute values. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Box geometry in CSS pixels. Text is never scaled: 14 px on every screen. */
export const BOX = { padX: 10, padY: 9, fontSize: 14, lineHeight: 18, baseline: 14, radius: 4 } as const;

export interface Point { x: number; y: number }

export interface TextBox {
  width: number;
  height: number;
  lines: string[];
}

/** Wraps a label for a box `width` px wide and gives the box the height its lines need. */
export function measureBox(label: string, width: number, opts: { locale: string; bold?: boolean | undefined; padX?: number | undefined }): TextBox {
  // A process's box recurs in the diagrams of its parent, its siblings and its children: wrap it once.
  const padX = opts.padX ?? BOX.padX;
  const key = `${opts.locale}|${width}|${padX}|${opts.bold ? 1 : 0}|${label}`;
  let lines = wrapped.get(key);
  // Stryker disable next-line ConditionalExpression: always wrapping anew (skipping the cache) gives the same lines
  if (!lines) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator,CallExpression: bounds the cache; clearing it or not gives the same lines
    if (wrapped.size > 50_000) wrapped.clear();
    const room = (width - 2 * padX) * FIT;
    wrapped.set(key, (lines = wrapText(label, { width: room, font: { size: BOX.fontSize, bold: opts.bold }, locale: opts.locale })));
  }
  return { width, height: 2 * BOX.padY + Math.max(1, lines.length) * BOX.lineHeight, lines: [...lines] };
}
const wrapped = new Map<string, string[]>();

export interface BoxMarkup extends TextBox {
  href: string;
  /** Position (the attribute: what a reader sees without our CSS). */
  at: Point;
  /** Another position for the narrow layout, applied by diagram.css through the `--n` custom property. */
  narrowAt?: Point | undefined;
  /** The first characters of the label drawn as a muted lead (a process id). */
  lead?: string | undefined;
  current?: boolean | undefined;
  className?: string | undefined;
  /** Text inset from the box's left edge, when not BOX.padX (the narrower lanes of a swimlane). */
  padX?: number | undefined;
}

const n = (v: number) => String(Math.round(v * 10) / 10);

/** The text lines of a box; spaces stay at line ends, so its text content is the label unbroken. */
export function textLines(lines: string[], lead: string | undefined, padX: number = BOX.padX): string {
  let leadLeft = lead?.length ?? 0;
  return lines
    .map((line, i) => {
      const y = BOX.padY + i * BOX.lineHeight + BOX.baseline;
      const cut = Math.min(leadLeft, line.length);
      leadLeft -= cut;
      const body = cut > 0 ? `<tspan class="dg-i">${esc(line.slice(0, cut))}</tspan>${esc(line.slice(cut))}` : esc(line);
      return `<tspan x="${padX}" y="${y}">${body}</tspan>`;
    })
    .join('');
}

/** One box: a real link (keyboard reachable, in the tab order), the current page marked with aria-current. */
export function boxMarkup(b: BoxMarkup): string {
  const cls = [b.className, b.current ? 'dg-c' : undefined].filter(Boolean).join(' ');
  const moved = b.narrowAt && (b.narrowAt.x !== b.at.x || b.narrowAt.y !== b.at.y);
  return (
    `<a href="${esc(b.href)}"${b.current ? ' aria-current="page"' : ''}${cls ? ` class="${cls}"` : ''}` +
    ` transform="translate(${n(b.at.x)} ${n(b.at.y)})"` +
    (moved ? ` style="--n:translate(${n(b.narrowAt!.x)}px,${n(b.narrowAt!.y)}px)"` : '') +
    `><rect width="${b.width}" height="${b.height}" rx="${BOX.radius}"/><text>${textLines(b.lines, b.lead, b.padX)}</text></a>`
  );
}

/** Path data for connector polylines, with H/V commands where a segment is straight. */
export function pathData(polylines: Point[][]): string {
  let d = '';
  for (const line of polylines) {
    line.forEach((p, i) => {
      const prev = line[i - 1];
      if (!prev) d += `M${n(p.x)} ${n(p.y)}`;
      else if (prev.x === p.x) d += `V${n(p.y)}`;
      else if (prev.y === p.y) d += `H${n(p.x)}`;
      else d += `L${n(p.x)} ${n(p.y)}`;
    });
  }
  return d;
}

/** Connector lines as one path; `arrow` names a marker made by arrowMarker(). */
export function connector(polylines: Point[][], opts: { className?: string; hidden?: boolean; arrow?: string } = {}): string {
  if (polylines.length === 0) return '';
  return (
    `<path${opts.className ? ` class="${opts.className}"` : ''} d="${pathData(polylines)}"` +
    (opts.arrow ? ` marker-end="url(#${esc(opts.arrow)})"` : '') +
    (opts.hidden ? ' display="none"' : '') +
    '/>'
  );
}

/** An arrowhead marker for connectors (its id must be unique in the page). */
export function arrowMarker(id: string): string {
  return `<marker id="${esc(id)}" class="dg-arrow" viewBox="0 0 8 8" refX="8" refY="4" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0 0L8 4L0 8z"/></marker>`;
}

export interface SvgRoot {
  /** Prefix of the ids inside this SVG: unique per page. */
  idPrefix: string;
  width: number;
  height: number;
  title: string;
  desc: string;
  className?: string;
  /** Custom properties for the stylesheet (name without `--` → value). */
  vars?: Record<string, string>;
  body: string;
}

/** The root: a named group (not an image, so its links stay links) with `<title>` and `<desc>`; no viewBox, so nothing scales. */
export function svgRoot(s: SvgRoot): string {
  const vars = Object.entries(s.vars ?? {}).map(([k, v]) => `--${k}:${v}`).join(';');
  const t = `${s.idPrefix}-title`;
  const d = `${s.idPrefix}-desc`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg"${s.className ? ` class="${s.className}"` : ''} width="${n(s.width)}" height="${n(s.height)}"` +
    ` role="group" aria-labelledby="${esc(t)}" aria-describedby="${esc(d)}"${vars ? ` style="${esc(vars)}"` : ''}>` +
    `<title id="${esc(t)}">${esc(s.title)}</title><desc id="${esc(d)}">${esc(s.desc)}</desc>${s.body}</svg>`
  );
}
