import { describe, expect, it } from 'vitest';
import { wrapText, unbreakablePieces } from '../../src/model/drawing/wrap.ts';
import { FIT, textWidth } from '../../src/model/drawing/text-metrics.ts';
import { BOX, esc, measureBox, pathData } from '../../src/model/drawing/svg.ts';
import { LAYOUT, layoutHierarchy, type HierarchyLayout, type PlacedBox } from '../../src/model/drawing/hierarchy-layout.ts';
import { hierarchySpec, hierarchySvg } from '../../src/model/drawing/hierarchy-svg.ts';
import { Atlas } from '../../src/model/site/atlas.ts';
import { processPath } from '../../src/model/content/ids.ts';
import { LOCALE_CODES } from '../../src/model/locales.ts';
import { atlas } from './real-content.ts';

const ROOM = (LAYOUT.boxWidth - 2 * BOX.padX) * FIT;
const ids = [...atlas.tree.nodes.keys()];
const font = { size: BOX.fontSize };
const wrap = (text: string, locale: string, width = ROOM) => wrapText(text, { width, font, locale });

describe('text width', () => {
  it('adds up the table widths of an Arial-compatible font, one em per Chinese character', () => {
    // Liberation Sans at 1000 units: O 778, r 333, d 556, e 556; space 278.
    expect(textWidth('Order', { size: 10 })).toBeCloseTo((778 + 333 + 556 + 556 + 333) / 100, 5);
    expect(textWidth('订单处理', { size: 14 })).toBe(56);
    expect(textWidth('（）、。', { size: 14 })).toBe(56);
    expect(textWidth('Order', { size: 14, bold: true })).toBeGreaterThan(textWidth('Order', { size: 14 }));
    expect(textWidth('e\u0301', { size: 10 })).toBe(textWidth('e', { size: 10 })); // a combining accent adds nothing
  });
});

describe('line breaking', () => {
  it('breaks English and Italian only at spaces, slashes and hyphens', () => {
    expect(unbreakablePieces('Contact/Lead/Prospect Q&A Set-Top', 'en')).toEqual(['Contact/', 'Lead/', 'Prospect ', 'Q&A ', 'Set-', 'Top']);
    expect(unbreakablePieces("Gestione dell'efficacia (rischi)", 'it')).toEqual(['Gestione ', "dell'efficacia ", '(rischi)']);
  });

  it('breaks Chinese between words, never before closing or after opening punctuation', () => {
    const pieces = unbreakablePieces('客户 QoS 性能问题（测试），以及结算。', 'zh');
    expect(pieces.join('')).toBe('客户 QoS 性能问题（测试），以及结算。');
    expect(pieces).toContain('（测试），');
    for (const p of pieces.slice(1)) expect(p[0], p).not.toMatch(/[，。、）]/);
    for (const p of pieces) expect(p.at(-1), p).not.toBe('（');
  });

  it('balances lines: the longest titles in each language, with no lonely last word', () => {
    expect(wrap('1.3.2.2.11 Define Security Management policies & procedures to facilitate detection incidents', 'en')).toEqual([
      '1.3.2.2.11 Define Security ', 'Management policies & ', 'procedures to facilitate ', 'detection incidents',
    ]);
    expect(wrap('1.1.1.12.4 Monitoraggio e gestione della risoluzione delle richieste del cliente relative alle fatture', 'it')).toEqual([
      '1.1.1.12.4 Monitoraggio e ', 'gestione della risoluzione ', 'delle richieste del cliente ', 'relative alle fatture',
    ]);
    expect(wrap('1.1.1.7.5 客户 QoS 性能问题解决跟踪和管理', 'zh')).toEqual(['1.1.1.7.5 客户 QoS 性能', '问题解决跟踪和管理']);
    // Greedy filling would leave "Feasibility" and "Management" alone on the second line.
    expect(wrap('1.1.4.6 S/P Interface Management', 'en')).toEqual(['1.1.4.6 S/P ', 'Interface Management']);
    expect(wrap('1.1.1.5.1 Determine Customer Order Feasibility', 'en')).toEqual(['1.1.1.5.1 Determine ', 'Customer Order Feasibility']);
  });

  it('cuts a word wider than the box between characters, as a last resort', () => {
    const lines = wrap('Supercalifragilisticexpialidocious', 'en', 60);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('Supercalifragilisticexpialidocious');
  });

  it('wraps every label of every locale into lines that fit, rejoin to the label and respect punctuation', () => {
    for (const locale of LOCALE_CODES) {
      for (const id of ids) {
        const label = atlas.label(locale, id);
        for (const bold of [false, true]) {
          const lines = wrapText(label, { width: ROOM, font: { size: BOX.fontSize, bold }, locale });
          expect(lines.join(''), `${locale} ${id}`).toBe(label.replace(/\s+/g, ' ').trim());
          expect(lines.length, `${locale} ${id}`).toBeLessThanOrEqual(4);
          for (const [i, line] of lines.entries()) {
            expect(textWidth(line.trimEnd(), { size: BOX.fontSize, bold }), `${locale} ${id}: "${line}"`).toBeLessThanOrEqual(ROOM);
            if (i > 0) expect(line, `${locale} ${id}`).not.toMatch(/^[\s，。、；：！？）》」,.;:!?)]/);
            expect(line.trimEnd(), `${locale} ${id}`).not.toMatch(/[（《「(]$/);
          }
          // No lonely last word, when the label has more than two.
          if (lines.length > 1 && unbreakablePieces(label, locale).length > 2) {
            expect(unbreakablePieces(lines.at(-1)!, locale).length, `${locale} ${id}: ${JSON.stringify(lines)}`).toBeGreaterThan(1);
          }
        }
      }
    }
  });
});

/** Whether two placed boxes overlap in a layout. */
function overlaps(a: PlacedBox, b: PlacedBox, pos: 'wide' | 'narrow'): boolean {
  const [p, q] = [a[pos], b[pos]];
  return p.x < q.x + b.width && q.x < p.x + a.width && p.y < q.y + b.height && q.y < p.y + a.height;
}

function layoutOf(locale: string, id: string): HierarchyLayout {
  return layoutHierarchy(hierarchySpec(atlas, locale, id));
}

describe('hierarchy layout', () => {
  it('draws every diagram of every locale inside its frame, with no overlapping boxes', () => {
    for (const locale of LOCALE_CODES) {
      for (const id of ids) {
        const l = layoutOf(locale, id);
        expect(l.wide.width, `${locale} ${id}`).toBeLessThanOrEqual(LAYOUT.wideMax);
        expect(l.narrow.width, `${locale} ${id}`).toBeLessThanOrEqual(LAYOUT.narrowMax);
        for (const pos of ['wide', 'narrow'] as const) {
          for (const b of l.boxes) {
            expect(b[pos].x + b.width, `${locale} ${id}`).toBeLessThanOrEqual(l[pos].width);
            expect(b[pos].y + b.height, `${locale} ${id}`).toBeLessThanOrEqual(l[pos].height);
          }
          for (let i = 0; i < l.boxes.length; i++) {
            for (let j = i + 1; j < l.boxes.length; j++) expect(overlaps(l.boxes[i]!, l.boxes[j]!, pos), `${locale} ${id} ${pos}: boxes ${i} and ${j}`).toBe(false);
          }
        }
      }
    }
  });

  it('a process with no children: the chain alone, the same in both layouts', () => {
    const l = layoutOf('en', '1.1.1.5.1');
    expect(l.boxes.map((b) => b.spec.href)).toEqual(['1.1', '1.1.1', '1.1.1.5', '1.1.1.5.1'].map((x) => processPath('en', x)));
    expect(l.wide).toEqual(l.narrow);
    expect(new Set(l.boxes.map((b) => b.wide.x))).toEqual(new Set([LAYOUT.margin]));
    const svg = hierarchySvg(atlas, 'en', '1.1.1.5.1');
    expect(svg).not.toContain('style=');
    expect(svg).not.toContain('dg-n');
    expect(svg).not.toContain('dg-w'); // the connectors show in either width
    expect(svg).toContain(`<path class="dg-l" d="M12 38V48`);
  });

  it('25 children (1.1.1): two balanced columns below the process when wide, one indented column when narrow', () => {
    const l = layoutOf('en', '1.1.1');
    const self = l.boxes[1]!;
    const kids = l.boxes.slice(2);
    expect(kids).toHaveLength(25);
    const xs = [...new Set(kids.map((k) => k.wide.x))];
    expect(xs).toEqual([LAYOUT.margin + LAYOUT.indent, LAYOUT.margin + 2 * LAYOUT.indent + LAYOUT.boxWidth]);
    const left = kids.filter((k) => k.wide.x === xs[0]);
    const right = kids.filter((k) => k.wide.x === xs[1]);
    expect([...left, ...right]).toEqual(kids); // column by column, in id order
    const bottom = (c: PlacedBox[]) => c.at(-1)!.wide.y + c.at(-1)!.height;
    expect(Math.abs(bottom(left) - bottom(right))).toBeLessThanOrEqual(2 * BOX.lineHeight + LAYOUT.gap + BOX.padY * 2);
    for (const k of kids) expect(k.wide.y).toBeGreaterThan(self.wide.y + self.height);
    expect(new Set(kids.map((k) => k.narrow.x))).toEqual(new Set([LAYOUT.margin + LAYOUT.indent]));
    kids.slice(1).forEach((k, i) => expect(k.narrow.y).toBeGreaterThan(kids[i]!.narrow.y));
  });

  it('a few children sit in a column to the right of the process, top-aligned with it', () => {
    const l = layoutOf('en', '1.1.1.5');
    const self = l.boxes[2]!;
    const kids = l.boxes.slice(3);
    expect(new Set(kids.map((k) => k.wide.x))).toEqual(new Set([LAYOUT.margin + LAYOUT.boxWidth + LAYOUT.wideGap]));
    expect(kids[0]!.wide.y).toBe(self.wide.y);
  });

  it('a vertical grouping: its Level 2 processes under their horizontal grouping, in eTOM order', () => {
    for (const [vertical, layers] of [['fulfillment', ['1.1.1', '1.1.2', '1.1.3', '1.1.4']], ['strategy-commit', ['1.2.1', '1.2.2', '1.2.3']]] as const) {
      const spec = hierarchySpec(atlas, 'en', vertical);
      expect(spec.items.map((it) => it.box.lead)).toEqual(layers);
      for (const it of spec.items) for (const m of it.members!) expect(m.lead!.startsWith(`${it.box.lead}.`)).toBe(true);
      expect(spec.items.flatMap((it) => it.members!.map((m) => m.lead))).toEqual(atlas.tree.inVertical(vertical));
      const l = layoutHierarchy(spec);
      for (const pos of ['wide', 'narrow'] as const) {
        // Top to bottom: header, its members, next header.
        const order = l.boxes.slice(2).map((b) => b[pos].y);
        expect([...order].sort((a, b) => a - b)).toEqual(order);
      }
      const self = l.boxes[1]!;
      for (const header of l.boxes.filter((b) => layers.includes(b.spec.lead as never))) {
        const members = l.boxes.filter((b) => b.spec.lead?.startsWith(`${header.spec.lead}.`));
        expect(header.narrow.x).toBe(self.narrow.x + LAYOUT.indent);
        expect(header.wide.x).toBe(self.wide.x + LAYOUT.indent);
        for (const m of members) expect(m.narrow.x).toBe(header.narrow.x + LAYOUT.indent); // indented below it
        for (const m of members) expect(m.wide.x).toBe(header.wide.x + LAYOUT.boxWidth + LAYOUT.wideGap); // beside it, like the chart's rows
        expect(members[0]!.wide.y).toBe(header.wide.y);
      }
    }
  });
});

describe('hierarchy SVG', () => {
  it('links every box to its page in the locale, the process itself marked aria-current', () => {
    const svg = hierarchySvg(atlas, 'it', '1.1.1.5');
    const hrefs = [...svg.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]);
    const expected = [...atlas.tree.ancestors('1.1.1.5'), '1.1.1.5', ...atlas.tree.children('1.1.1.5')].map((x) => processPath('it', x));
    expect(hrefs).toEqual(expected);
    expect([...svg.matchAll(/<a href="([^"]+)" aria-current="page"/g)].map((m) => m[1])).toEqual([processPath('it', '1.1.1.5')]);
    expect(svg).toContain(`<title id="hd-1.1.1.5-title">Gerarchia di 1.1.1.5 ${atlas.title('it', '1.1.1.5')}</title>`);
    expect(svg).toMatch(/^<svg [^>]*role="group" aria-labelledby="hd-1\.1\.1\.5-title" aria-describedby="hd-1\.1\.1\.5-desc"/);
    expect(svg).not.toContain('viewBox');
  });

  it('every box of every diagram holds its label as text, whole and escaped', () => {
    const unescape = (t: string) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    for (const locale of LOCALE_CODES) {
      for (const id of ids) {
        for (const m of hierarchySvg(atlas, locale, id).matchAll(/<a href="[^"]*\/([^/"]+)\/"[^>]*>(.*?)<\/a>/g)) {
          expect(unescape(m[2]!.replace(/<[^>]+>/g, '')), `${locale} ${id} → ${m[1]}`).toBe(atlas.label(locale, m[1]!));
        }
      }
    }
  });

  it('gives every id once, prefixed by the process id, and every diagram of the corpus unique ids', () => {
    for (const locale of LOCALE_CODES) {
      for (const id of ids) {
        const found = [...hierarchySvg(atlas, locale, id).matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
        expect(found).toEqual([`hd-${id}-title`, `hd-${id}-desc`]);
      }
    }
  });

  it('escapes & < > " \' in titles, in text and in attributes', () => {
    const tricky = `Q&A <b>"x"</b> 'y' 订单`;
    const a = new Atlas([
      { locale: 'en', page: { id: '1.1', level: 0, title: 'Operations', summary: 's' } },
      { locale: 'en', page: { id: '1.1.1', level: 1, parent: '1.1', title: tricky, summary: 's' } },
    ]);
    const svg = hierarchySvg(a, 'en', '1.1.1');
    expect(svg).not.toContain('<b>');
    expect(svg).not.toContain(`'y'`);
    expect(svg).toContain('&lt;b&gt;&quot;x&quot;&lt;/b&gt;');
    expect(svg).toContain('Q&amp;A');
    expect(svg).toContain('&#39;y&#39;');
    expect(esc(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });

  it('draws connectors as straight H/V path commands', () => {
    expect(pathData([[{ x: 10, y: 0 }, { x: 10, y: 20 }, { x: 30, y: 20 }], [{ x: 0, y: 0 }, { x: 5, y: 5 }]])).toBe('M10 0V20H30M0 0L5 5');
  });

  it('sizes boxes by their lines, never scaling the 14 px text', () => {
    const b = measureBox('1.1.1.5 Order Handling', LAYOUT.boxWidth, { locale: 'en' });
    expect(b).toEqual({ width: LAYOUT.boxWidth, height: 2 * BOX.padY + BOX.lineHeight, lines: ['1.1.1.5 Order Handling'] });
    expect(BOX.fontSize).toBeGreaterThanOrEqual(14);
  });
});
