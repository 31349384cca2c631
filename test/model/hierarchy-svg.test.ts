// The hierarchy SVG of a small hand-built atlas, written out whole. Coordinates are those worked out in
// hierarchy-layout.test.ts for a chain of three one-line boxes and two children; the text parts come from
// the en strings ("Hierarchy of {label}", "Above it: {list}.", "Processes within it: {n}.").
import { describe, expect, it } from 'vitest';
import { Atlas, type PageInput } from '../../src/model/site/atlas.ts';
import { hierarchySpec, hierarchySvg } from '../../src/model/drawing/hierarchy-svg.ts';
import { processPath } from '../../src/model/content/ids.ts';

const pages: PageInput[] = [
  { id: '1.1', level: 0, title: 'Ops', summary: 's' },
  { id: '1.1.1', level: 1, parent: '1.1', title: 'CRM', summary: 's' },
  { id: '1.1.1.5', level: 2, parent: '1.1.1', title: 'Order\n  "Q&A" ', summary: 's', verticals: ['billing'] },
  { id: '1.1.1.5.1', level: 3, parent: '1.1.1.5', title: 'A', summary: 's' },
  { id: '1.1.1.5.2', level: 3, parent: '1.1.1.5', title: 'B', summary: 's', replacedBy: '1.1.1.5.1' },
  { id: '1.1.1.6', level: 2, parent: '1.1.1', title: 'Problems', summary: 's', verticals: ['billing'] },
  { id: '1.1.2', level: 1, parent: '1.1', title: 'SM&O', summary: 's' },
  { id: '1.1.2.1', level: 2, parent: '1.1.2', title: 'Config', summary: 's', verticals: ['billing'] },
  { id: 'billing', level: 1, parent: '1.1', title: 'Billing', summary: 's' },
];
const atlas = new Atlas(pages.map((page) => ({ locale: 'en', page })));
const p = (id: string) => processPath('en', id);
const a = (id: string, at: string, text: string, extra = '', style = '') =>
  `<a href="${p(id)}"${extra} transform="translate(${at})"${style}><rect width="256" height="36" rx="4"/><text><tspan x="10" y="23">${text}</tspan></text></a>`;
const lead = (id: string, rest: string) => `<tspan class="dg-i">${id}</tspan>${rest}`;

describe('hierarchySpec', () => {
  it('labels each box with id and title on one line, links it in the locale, mutes the id and marks the replaced', () => {
    const spec = hierarchySpec(atlas, 'en', '1.1.1.5');
    expect(spec).toEqual({
      locale: 'en',
      ancestors: [
        { label: '1.1 Ops', href: p('1.1'), lead: '1.1', current: false, replaced: false },
        { label: '1.1.1 CRM', href: p('1.1.1'), lead: '1.1.1', current: false, replaced: false },
      ],
      self: { label: '1.1.1.5 Order "Q&A"', href: p('1.1.1.5'), lead: '1.1.1.5', current: true, replaced: false },
      items: [
        { box: { label: '1.1.1.5.1 A', href: p('1.1.1.5.1'), lead: '1.1.1.5.1', current: false, replaced: false } },
        { box: { label: '1.1.1.5.2 B', href: p('1.1.1.5.2'), lead: '1.1.1.5.2', current: false, replaced: true } },
      ],
    });
  });

  it('groups a vertical grouping\'s processes under their horizontal grouping; its own box has no lead', () => {
    const spec = hierarchySpec(atlas, 'en', 'billing');
    expect(spec.self).toEqual({ label: 'Billing', href: p('billing'), lead: undefined, current: true, replaced: false });
    expect(spec.items.map((it) => [it.box.label, it.members!.map((m) => m.label)])).toEqual([
      ['1.1.1 CRM', ['1.1.1.5 Order "Q&A"', '1.1.1.6 Problems']],
      ['1.1.2 SM&O', ['1.1.2.1 Config']],
    ]);
  });

  it('refuses an unknown process, naming it', () => {
    expect(() => hierarchySpec(atlas, 'en', '9.9')).toThrow('hierarchySvg: unknown process "9.9"');
  });
});

describe('hierarchySvg', () => {
  it('draws both layouts in one SVG: wide by attributes, narrow by --n, --nw and --nh', () => {
    const expected =
      '<svg xmlns="http://www.w3.org/2000/svg" class="dg" width="556" height="178" role="group" aria-labelledby="hd-1.1.1.5-title"' +
      ' aria-describedby="hd-1.1.1.5-desc" style="--nw:280px;--nh:224px">' +
      '<title id="hd-1.1.1.5-title">Hierarchy of 1.1.1.5 Order &quot;Q&amp;A&quot;</title>' +
      '<desc id="hd-1.1.1.5-desc">Above it: 1.1 Ops › 1.1.1 CRM. Processes within it: 2.</desc>' +
      '<path class="dg-l dg-w" d="M12 38V48M12 84V94M288 112H298M288 158H298M288 112V158M258 112H288"/>' +
      '<path class="dg-l dg-n" d="M12 38V48M12 84V94M12 158H22M12 204H22M12 130V204" display="none"/>' +
      a('1.1', '2 2', lead('1.1', ' Ops')) +
      a('1.1.1', '2 48', lead('1.1.1', ' CRM')) +
      a('1.1.1.5', '2 94', lead('1.1.1.5', ' Order &quot;Q&amp;A&quot;'), ' aria-current="page" class="dg-c"') +
      a('1.1.1.5.1', '298 94', lead('1.1.1.5.1', ' A'), '', ' style="--n:translate(22px,140px)"') +
      a('1.1.1.5.2', '298 140', lead('1.1.1.5.2', ' B'), ' class="dg-r"', ' style="--n:translate(22px,186px)"') +
      '</svg>';
    expect(hierarchySvg(atlas, 'en', '1.1.1.5')).toBe(expected);
  });

  it('draws a process without children once, its connectors for any width', () => {
    const svg = hierarchySvg(atlas, 'en', '1.1.1.5.1');
    expect(svg).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" class="dg" width="260" height="178" role="group" aria-labelledby="hd-1.1.1.5.1-title"' +
        ' aria-describedby="hd-1.1.1.5.1-desc"><title id="hd-1.1.1.5.1-title">Hierarchy of 1.1.1.5.1 A</title>' +
        '<desc id="hd-1.1.1.5.1-desc">Above it: 1.1 Ops › 1.1.1 CRM › 1.1.1.5 Order &quot;Q&amp;A&quot;. Processes within it: 0.</desc>' +
        '<path class="dg-l" d="M12 38V48M12 84V94M12 130V140"/>' +
        a('1.1', '2 2', lead('1.1', ' Ops')) +
        a('1.1.1', '2 48', lead('1.1.1', ' CRM')) +
        a('1.1.1.5', '2 94', lead('1.1.1.5', ' Order &quot;Q&amp;A&quot;')) +
        a('1.1.1.5.1', '2 140', lead('1.1.1.5.1', ' A'), ' aria-current="page" class="dg-c"') +
        '</svg>',
    );
  });

  it('describes an area without ancestors, and a vertical by its Level 2 processes, in the locale', () => {
    const desc = (locale: string, id: string) => hierarchySvg(atlas, locale, id).match(/<desc id="[^"]+">([^<]*)<\/desc>/)![1];
    // 1.1 has three children: 1.1.1, 1.1.2 and billing.
    expect(desc('en', '1.1')).toBe('Processes within it: 3.');
    // billing: three Level 2 processes in two groups (the groups are not counted).
    expect(desc('en', 'billing')).toBe('Above it: 1.1 Ops. Level 2 processes in it, by horizontal grouping: 3.');
    expect(desc('it', 'billing')).toBe('Livelli superiori: 1.1 Ops. Processi di livello 2 che ne fanno parte, per raggruppamento orizzontale: 3.');
  });
});
