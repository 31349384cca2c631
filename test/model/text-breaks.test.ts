// Which characters take one em (the edges of each wide block and the code points just past them), and
// where a label may break between a Latin word and a Chinese one or after a hyphen or dash.
import { describe, expect, it } from 'vitest';
import { isWide } from '../../src/model/drawing/text-metrics.ts';
import { unbreakablePieces } from '../../src/model/drawing/wrap.ts';

describe('isWide', () => {
  it('holds at both edges of every wide block', () => {
    const wide = [0x1100, 0x115f, 0x2e80, 0x303e, 0x3041, 0x33ff, 0x3400, 0x4dbf, 0x4e00, 0x9fff, 0xa960, 0xa97f, 0xac00, 0xd7a3, 0xf900, 0xfaff, 0xfe30, 0xfe4f, 0xff00, 0xff60, 0xffe0, 0xffe6, 0x20000, 0x3fffd];
    expect(wide.filter((cp) => !isWide(cp)).map((cp) => cp.toString(16))).toEqual([]);
  });

  it('fails just outside them', () => {
    const narrow = [0x10ff, 0x1160, 0x2e7f, 0x303f, 0x3040, 0x4dc0, 0x4dff, 0xa95f, 0xa980, 0xabff, 0xd7a4, 0xf8ff, 0xfb00, 0xfe2f, 0xfe50, 0xfeff, 0xff61, 0xffdf, 0xffe7, 0x1ffff, 0x3fffe, 0x41];
    expect(narrow.filter((cp) => isWide(cp)).map((cp) => cp.toString(16))).toEqual([]);
  });
});

describe('unbreakablePieces', () => {
  it('breaks between a Latin and a Chinese word either way, and after a hyphen or an en dash', () => {
    expect(unbreakablePieces('CRM客户', 'zh')).toEqual(['CRM', '客户']);
    expect(unbreakablePieces('客户CRM', 'zh')).toEqual(['客户', 'CRM']);
    expect(unbreakablePieces('Set‐Top a–b', 'en')).toEqual(['Set‐', 'Top ', 'a–', 'b']);
    expect(unbreakablePieces('Q&A x.y', 'en')).toEqual(['Q&A ', 'x.y']);
  });
});
