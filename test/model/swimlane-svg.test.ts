// A flow's two swimlane drawings for a small hand-built atlas, written out whole. The flow has the shape
// worked out in swimlane-layout.test.ts (lanes Customer and Service, steps 1 and 3 in the first, a jump
// from 2 back to 1; every id has the same width), so the coordinates are those; the words are the en
// strings ("Swimlanes of {title}", "{n} steps across the layers {lanes}.").
import { describe, expect, it } from 'vitest';
import { Atlas, type PageInput } from '../../src/model/site/atlas.ts';
import { swimlaneSpec, swimlaneSvg } from '../../src/model/drawing/swimlane-svg.ts';
import { processPath } from '../../src/model/content/ids.ts';

const pages: PageInput[] = [
  { id: '1.1', level: 0, title: 'Operations', summary: 's' },
  { id: '1.1.1', level: 1, parent: '1.1', title: 'CRM', summary: 's' },
  { id: '1.1.1.1', level: 2, parent: '1.1.1', title: 'A', summary: 's' },
  { id: '1.1.1.2', level: 2, parent: '1.1.1', title: ' C\n', summary: 's' },
  { id: '1.1.2', level: 1, parent: '1.1', title: 'SM&O', summary: 's' },
  { id: '1.1.2.1', level: 2, parent: '1.1.2', title: 'B', summary: 's' },
  { id: '1.1.3', level: 1, parent: '1.1', title: 'RM&O', summary: 's' },
  { id: '1.1.3.1', level: 2, parent: '1.1.3', title: 'D', summary: 's' },
];
const step = (process: string, then?: number[]) => ({ process, does: 'x', ...(then ? { then } : {}) });
const flows = [
  { id: 'f', title: 'F&G', summary: 's', steps: [step('1.1.1.1'), step('1.1.2.1', [3, 1]), step('1.1.1.2')] },
  { id: 'three', title: 'Three', summary: 's', steps: [step('1.1.1.1'), step('1.1.2.1'), step('1.1.3.1')] },
];
const atlas = new Atlas(pages.map((page) => ({ locale: 'en', page })), flows.map((flow) => ({ locale: 'en', flow })));
const p = (id: string) => processPath('en', id);
const marker = (id: string) =>
  `<marker id="${id}" class="dg-arrow" viewBox="0 0 8 8" refX="8" refY="4" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0 0L8 4L0 8z"/></marker>`;
const box = (id: string, at: string, w: number, padX: number, lead: string, title: string) =>
  `<a href="${p(id)}" transform="translate(${at})"><rect width="${w}" height="54" rx="4"/><text>` +
  `<tspan x="${padX}" y="23"><tspan class="dg-i">${lead}</tspan> </tspan><tspan x="${padX}" y="41">${title}</tspan></text></a>`;
const root = (id: string, cls: string, w: number, h: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" class="dg fl ${cls}" width="${w}" height="${h}" role="group" aria-labelledby="${id}-title" aria-describedby="${id}-desc">` +
  `<title id="${id}-title">Swimlanes of F&amp;G</title><desc id="${id}-desc">3 steps across the layers Customer, Service.</desc><defs>${marker(`${id}-a`)}</defs>`;

describe('swimlaneSvg', () => {
  it('draws the wide drawing (lanes, joins, rails, boxes), then the narrow one', () => {
    const wide =
      root('fw-f', 'fl-w', 540, 250) +
      '<g class="fl-lane"><rect x="2" y="2" width="260" height="246"/><text transform="translate(2 2)"><tspan x="6" y="23">Customer</tspan></text></g>' +
      '<g class="fl-lane fl-odd"><rect x="262" y="2" width="260" height="246"/><text transform="translate(262 2)"><tspan x="6" y="23">Service</tspan></text></g>' +
      '<path class="dg-l" d="M132 101V110H392V119" marker-end="url(#fw-f-a)"/>' +
      '<path class="dg-l" d="M392 173V182H132V191" marker-end="url(#fw-f-a)"/>' +
      '<path class="dg-l fl-j" d="M519 163H530V57H259" marker-end="url(#fw-f-a)"/>' +
      box('1.1.1.1', '5 47', 254, 6, '1. 1.1.1.1', 'A') +
      box('1.1.2.1', '265 119', 254, 6, '2. 1.1.2.1', 'B') +
      box('1.1.1.2', '5 191', 254, 6, '3. 1.1.1.2', 'C') +
      '</svg>';
    const narrow =
      root('fn-f', 'fl-n', 332, 202) +
      '<path class="dg-l" d="M38 56V74" marker-end="url(#fn-f-a)"/>' +
      '<path class="dg-l" d="M38 128V146" marker-end="url(#fn-f-a)"/>' +
      '<path class="dg-l fl-j" d="M314 118H322V12H302" marker-end="url(#fn-f-a)"/>' +
      box('1.1.1.1', '2 2', 300, 10, '1. Customer · 1.1.1.1', 'A') +
      box('1.1.2.1', '14 74', 300, 10, '2. Service · 1.1.2.1', 'B') +
      box('1.1.1.2', '2 146', 300, 10, '3. Customer · 1.1.1.2', 'C') +
      '</svg>';
    expect(swimlaneSvg(atlas, 'en', 'f')).toBe(wide + narrow);
  });

  it('shades every other lane, from the second', () => {
    const classes = [...swimlaneSvg(atlas, 'en', 'three').matchAll(/<g class="([^"]+)">/g)].map((m) => m[1]);
    expect(classes).toEqual(['fl-lane', 'fl-lane fl-odd', 'fl-lane']);
  });
});

describe('swimlaneSpec', () => {
  it('numbers the steps, puts each in its layer\'s lane, leads with number (and layer) and id, titles on one line', () => {
    expect(swimlaneSpec(atlas, 'en', 'f')).toEqual({
      locale: 'en',
      lanes: ['Customer', 'Service'],
      steps: [
        { n: 1, lane: 0, label: { wide: '1. 1.1.1.1 A', narrow: '1. Customer · 1.1.1.1 A' }, lead: { wide: '1. 1.1.1.1', narrow: '1. Customer · 1.1.1.1' }, href: p('1.1.1.1'), next: [2] },
        { n: 2, lane: 1, label: { wide: '2. 1.1.2.1 B', narrow: '2. Service · 1.1.2.1 B' }, lead: { wide: '2. 1.1.2.1', narrow: '2. Service · 1.1.2.1' }, href: p('1.1.2.1'), next: [3, 1] },
        { n: 3, lane: 0, label: { wide: '3. 1.1.1.2 C', narrow: '3. Customer · 1.1.1.2 C' }, lead: { wide: '3. 1.1.1.2', narrow: '3. Customer · 1.1.1.2' }, href: p('1.1.1.2'), next: [] },
      ],
    });
  });
});
