// The SVG helpers, string for string: escaping, the wrapped box and its cache, the text lines with a muted
// lead, one linked box, connector paths, the arrowhead and the root. Expected strings are written from the
// rules in src/model/drawing/svg.ts (BOX: padX 10, padY 9, line height 18, baseline 14, radius 4).
import { describe, expect, it } from 'vitest';
import { arrowMarker, boxMarkup, connector, esc, measureBox, pathData, svgRoot, textLines } from '../../src/model/drawing/svg.ts';

describe('esc', () => {
  it('replaces each of & < > " \' by its entity and leaves everything else alone', () => {
    expect(esc(`a&b<c>d"e'f 订单 #%`)).toBe('a&amp;b&lt;c&gt;d&quot;e&#39;f 订单 #%');
    expect(esc('&&')).toBe('&amp;&amp;');
    expect(esc('')).toBe('');
  });
});

describe('measureBox', () => {
  // "xxxx xxxx" at 14 px: 'x' is 500/1000 em (bold 556), a space 278, so 59.892 px (bold 66.164).
  // A box 80 px wide leaves (80 − 2·padX)·0.9 for text: 54 px with padX 10, 61.2 px with padX 6.
  it('wraps in the room the padding and the 10 % margin leave, and sizes the box by its lines', () => {
    expect(measureBox('xxxx xxxx', 80, { locale: 'en' })).toEqual({ width: 80, height: 2 * 9 + 2 * 18, lines: ['xxxx ', 'xxxx'] });
    expect(measureBox('xxxx xxxx', 80, { locale: 'en', padX: 6 })).toEqual({ width: 80, height: 2 * 9 + 18, lines: ['xxxx xxxx'] });
    expect(measureBox('xxxx xxxx', 80, { locale: 'en', padX: 6, bold: true })).toEqual({ width: 80, height: 2 * 9 + 2 * 18, lines: ['xxxx ', 'xxxx'] });
    // 87 px: (87 − 20)·0.9 = 60.3 ≥ 59.892, one line again.
    expect(measureBox('xxxx xxxx', 87, { locale: 'en' }).lines).toEqual(['xxxx xxxx']);
  });

  it('gives an empty label one line of height and no text', () => {
    expect(measureBox('', 256, { locale: 'en' })).toEqual({ width: 256, height: 36, lines: [] });
    expect(measureBox('  \n ', 256, { locale: 'en' })).toEqual({ width: 256, height: 36, lines: [] });
  });

  it('returns equal boxes from its cache, each with lines of its own', () => {
    const first = measureBox('xxxx xxxx', 80, { locale: 'it' });
    first.lines.push('changed');
    first.lines[0] = 'changed';
    expect(measureBox('xxxx xxxx', 80, { locale: 'it' })).toEqual({ width: 80, height: 54, lines: ['xxxx ', 'xxxx'] });
  });
});

describe('textLines', () => {
  it('sets one tspan per line at the padding, baselines 18 px apart from 9 + 14', () => {
    expect(textLines(['a ', 'b'], undefined)).toBe('<tspan x="10" y="23">a </tspan><tspan x="10" y="41">b</tspan>');
    expect(textLines(['a', 'b', 'c'], undefined, 6)).toBe('<tspan x="6" y="23">a</tspan><tspan x="6" y="41">b</tspan><tspan x="6" y="59">c</tspan>');
    expect(textLines([], '1.1')).toBe('');
  });

  it('mutes the lead, across as many lines as it runs, and escapes both parts', () => {
    expect(textLines(['1.1.1.5.1 ', 'Determine'], '1.1.1.5.1')).toBe(
      '<tspan x="10" y="23"><tspan class="dg-i">1.1.1.5.1</tspan> </tspan><tspan x="10" y="41">Determine</tspan>',
    );
    // A 21-character lead over a 14-character first line: all of line 1, then 7 characters of line 2.
    expect(textLines(['1. Customer · ', '1.1.1.5 Order'], '1. Customer · 1.1.1.5')).toBe(
      '<tspan x="10" y="23"><tspan class="dg-i">1. Customer · </tspan></tspan><tspan x="10" y="41"><tspan class="dg-i">1.1.1.5</tspan> Order</tspan>',
    );
    expect(textLines(['A&B <x>'], 'A&B')).toBe('<tspan x="10" y="23"><tspan class="dg-i">A&amp;B</tspan> &lt;x&gt;</tspan>');
    // An empty lead mutes nothing.
    expect(textLines(['ab'], '')).toBe('<tspan x="10" y="23">ab</tspan>');
  });
});

describe('boxMarkup', () => {
  const box = { width: 256, height: 36, lines: ['Ab'], href: '/en/x/?a=1&b="2"', at: { x: 2, y: 2 } };
  const inner = '><rect width="256" height="36" rx="4"/><text><tspan x="10" y="23">Ab</tspan></text></a>';

  it('is a link with an escaped href, placed by a transform', () => {
    expect(boxMarkup(box)).toBe(`<a href="/en/x/?a=1&amp;b=&quot;2&quot;" transform="translate(2 2)"${inner}`);
  });

  it('marks the current box with aria-current and the class dg-c, after any class of its own', () => {
    expect(boxMarkup({ ...box, href: 'h', current: true })).toBe(`<a href="h" aria-current="page" class="dg-c" transform="translate(2 2)"${inner}`);
    expect(boxMarkup({ ...box, href: 'h', current: true, className: 'dg-r' })).toBe(`<a href="h" aria-current="page" class="dg-r dg-c" transform="translate(2 2)"${inner}`);
    expect(boxMarkup({ ...box, href: 'h', current: false, className: 'dg-r' })).toBe(`<a href="h" class="dg-r" transform="translate(2 2)"${inner}`);
  });

  it('gives the narrow position as --n only when it differs, rounding to a tenth', () => {
    expect(boxMarkup({ ...box, href: 'h', narrowAt: { x: 2, y: 2 } })).toBe(`<a href="h" transform="translate(2 2)"${inner}`);
    expect(boxMarkup({ ...box, href: 'h', narrowAt: { x: 22, y: 2 } })).toBe(`<a href="h" transform="translate(2 2)" style="--n:translate(22px,2px)"${inner}`);
    expect(boxMarkup({ ...box, href: 'h', narrowAt: { x: 2, y: 48.25 } })).toBe(`<a href="h" transform="translate(2 2)" style="--n:translate(2px,48.3px)"${inner}`);
    expect(boxMarkup({ ...box, href: 'h', at: { x: 12.34, y: 7.05 } })).toBe(`<a href="h" transform="translate(12.3 7.1)"${inner}`);
  });

  it('insets the text by its own padX and mutes the lead', () => {
    expect(boxMarkup({ ...box, href: 'h', lines: ['1. x'], lead: '1.', padX: 6 })).toBe(
      '<a href="h" transform="translate(2 2)"><rect width="256" height="36" rx="4"/><text><tspan x="6" y="23"><tspan class="dg-i">1.</tspan> x</tspan></text></a>',
    );
  });
});

describe('pathData and connector', () => {
  it('writes M, then V or H for a straight segment and L for a slanted one, rounded to a tenth', () => {
    expect(pathData([])).toBe('');
    expect(pathData([[{ x: 1.26, y: 0 }, { x: 1.26, y: 9.94 }, { x: 30, y: 9.94 }, { x: 40, y: 20 }]])).toBe('M1.3 0V9.9H30L40 20');
    expect(pathData([[{ x: 0, y: 0 }, { x: 0, y: 5 }], [{ x: 7, y: 8 }, { x: 9, y: 8 }]])).toBe('M0 0V5M7 8H9');
  });

  it('draws nothing without lines; otherwise one path with its class, arrow and display as asked', () => {
    const line = [[{ x: 0, y: 0 }, { x: 0, y: 5 }]];
    expect(connector([])).toBe('');
    expect(connector([], { className: 'c', arrow: 'a', hidden: true })).toBe('');
    expect(connector(line)).toBe('<path d="M0 0V5"/>');
    expect(connector(line, { className: 'dg-l dg-n', hidden: true })).toBe('<path class="dg-l dg-n" d="M0 0V5" display="none"/>');
    expect(connector(line, { arrow: 'f&1-a', hidden: false })).toBe('<path d="M0 0V5" marker-end="url(#f&amp;1-a)"/>');
  });

  it('makes an arrowhead marker with an escaped id', () => {
    expect(arrowMarker('fw-"x"-a')).toBe(
      '<marker id="fw-&quot;x&quot;-a" class="dg-arrow" viewBox="0 0 8 8" refX="8" refY="4" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0 0L8 4L0 8z"/></marker>',
    );
  });
});

describe('svgRoot', () => {
  it('is a named group labelled by its title and described by its desc, sized without a viewBox', () => {
    expect(svgRoot({ idPrefix: 'p', width: 100.04, height: 50, title: 'T<1>', desc: 'D & d', body: '<g/>' })).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50" role="group" aria-labelledby="p-title" aria-describedby="p-desc">' +
        '<title id="p-title">T&lt;1&gt;</title><desc id="p-desc">D &amp; d</desc><g/></svg>',
    );
  });

  it('adds its class, escaped ids and the stylesheet variables in order; no style for no variables', () => {
    expect(svgRoot({ idPrefix: 'hd-"1"', className: 'dg', width: 556, height: 178, title: 't', desc: 'd', vars: { nw: '280px', nh: '224px' }, body: '' })).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" class="dg" width="556" height="178" role="group" aria-labelledby="hd-&quot;1&quot;-title"' +
        ' aria-describedby="hd-&quot;1&quot;-desc" style="--nw:280px;--nh:224px"><title id="hd-&quot;1&quot;-title">t</title><desc id="hd-&quot;1&quot;-desc">d</desc></svg>',
    );
    expect(svgRoot({ idPrefix: 'p', width: 1, height: 1, title: '', desc: '', vars: {}, body: '' })).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1" role="group" aria-labelledby="p-title" aria-describedby="p-desc"><title id="p-title"></title><desc id="p-desc"></desc></svg>',
    );
  });
});
