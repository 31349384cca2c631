/**
 * Text width without a browser: per-character advance widths of an Arial-compatible sans (the table in
 * char-widths.ts), one em for each East Asian wide character. Kerning is ignored: it only ever narrows.
 * The diagrams ask readers' browsers for that same family (see diagram.css), and wrap at FIT of the room
 * they have, because a reader's fallback font may be wider (DejaVu Sans runs up to 1.17 of Arial).
 */
import { CHAR_WIDTHS } from './char-widths.ts';

/** Share of a box's text width that wrapped lines may fill: the 10 % safety margin for readers' fonts. */
export const FIT = 0.9;

export interface FontSpec {
  /** CSS pixels. */
  size: number;
  bold?: boolean | undefined;
}

type Table = Map<number, number>;

function toMap(ranges: [number, number[]][]): Table {
  const m: Table = new Map();
  for (const [start, widths] of ranges) widths.forEach((w, i) => { if (w > 0) m.set(start + i, w); });
  return m;
}

const TABLES = { regular: toMap(CHAR_WIDTHS.regular), bold: toMap(CHAR_WIDTHS.bold) };
/** A character outside the table and not wide: about a lower-case letter of the same font. */
const FALLBACK = { regular: 556, bold: 611 };

/** East Asian wide and fullwidth characters (CJK ideographs, kana, Hangul, fullwidth forms and CJK punctuation): one em each. */
export function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa960 && cp <= 0xa97f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Combining marks take no room of their own. */
const MARK = /\p{M}/u;

/** The width of a line of text in CSS pixels. */
export function textWidth(text: string, font: FontSpec): number {
  const weight = font.bold ? 'bold' : 'regular';
  const table = TABLES[weight];
  let units = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (isWide(cp)) units += 1000;
    else if (MARK.test(ch)) continue;
    else units += table.get(cp) ?? FALLBACK[weight];
  }
  return (units * font.size) / 1000;
}
