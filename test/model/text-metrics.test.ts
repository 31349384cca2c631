// Text widths read from the font table, checked against Liberation Sans's advances (1/1000 em): at
// 1000 px a width is the sum of the advances.
import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/model/drawing/text-metrics.ts';

const w = (text: string, bold = false) => textWidth(text, { size: 1000, bold });

describe('textWidth', () => {
  it('adds the regular or bold advances of each range of the table', () => {
    // Basic Latin: O 778, x 500 / bold 556, space 278.
    expect([w('Ox '), w('Ox ', true)]).toEqual([778 + 500 + 278, 778 + 556 + 278]);
    // Latin-1 and Latin Extended-A: é 556, ł (U+0142) 222 / bold 278.
    expect([w('é'), w('ł'), w('ł', true)]).toEqual([556, 222, 278]);
    // General Punctuation from U+2010: ‘ (U+2018) 222 / bold 278, — (U+2014) 1000, … (U+2026) 1000; € 556.
    expect([w('‘'), w('‘', true), w('—'), w('…'), w('€')]).toEqual([222, 278, 1000, 1000, 556]);
  });

  it('scales with the font size', () => {
    expect(textWidth('Ox', { size: 14 })).toBeCloseTo((778 + 500) * 0.014, 10);
    expect(textWidth('Ox', { size: 14, bold: false })).toBe(textWidth('Ox', { size: 14 }));
  });

  it('falls back to a lower-case letter\'s width for a character the font has not (the table\'s zeros too)', () => {
    // Ω (U+03A9) is past the table's ranges; U+2012 (figure dash) is a 0 in it.
    expect([w('Ω'), w('Ω', true), w('\u2012'), w('\u2012', true)]).toEqual([556, 611, 556, 611]);
  });

  it('gives an East Asian wide character one em in either weight, and a combining mark nothing', () => {
    expect([w('订单'), w('订单', true), w('ｘ')]).toEqual([2000, 2000, 1000]);
    expect([w('e\u0301'), w('x\u0308', true)]).toEqual([556, 556]);
    expect(w('')).toBe(0);
  });
});
