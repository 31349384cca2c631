// Line breaking with widths that can be added up by hand: at a font size of 1000 px a character is as wide
// as its advance in the table (Liberation Sans, 1/1000 em): 'x' 500, space 278, 'a' and 'b' 556. So
// "xxxx " is 2278 wide and "xxxx" 2000, and a line's width is exact.
import { describe, expect, it } from 'vitest';
import { unbreakablePieces, wrapText } from '../../src/model/drawing/wrap.ts';

const font = { size: 1000 };
const wrap = (text: string, width: number, locale = 'en') => wrapText(text, { width, font, locale });

describe('unbreakablePieces', () => {
  it('keeps a space, and closing punctuation, with the word before; opening punctuation with the word after', () => {
    expect(unbreakablePieces('a, b', 'en')).toEqual(['a, ', 'b']);
    expect(unbreakablePieces('x (y) z.', 'en')).toEqual(['x ', '(y) ', 'z.']);
    expect(unbreakablePieces('Contact/Lead', 'en')).toEqual(['Contact/', 'Lead']);
    expect(unbreakablePieces('“Order” Handling', 'en')).toEqual(['“Order” ', 'Handling']);
    expect(unbreakablePieces('', 'en')).toEqual([]);
  });
});

describe('wrapText', () => {
  it('gives no lines for no text, and counts every whitespace run as one space', () => {
    expect(wrap('', 5000)).toEqual([]);
    expect(wrap(' \n\t ', 5000)).toEqual([]);
    expect(wrap('  xx \n\t xx  ', 5000)).toEqual(['xx xx']);
  });

  it('lets a line fill its room exactly', () => {
    // "xxxx xxxx" is 2278 + 2000 = 4278.
    expect(wrap('xxxx xxxx', 4278)).toEqual(['xxxx xxxx']);
    expect(wrap('xxxx xxxx', 4277)).toEqual(['xxxx ', 'xxxx']);
  });

  it('balances: three words in 4278 go 1 + 2, the second line exactly full, not 2 + 1', () => {
    // Greedy fills "xxxx xxxx " then "xxxx". 1 + 2 leaves 2278 free on the first line and none on the second;
    // 2 + 1 would leave the same, but with a lonely last word.
    expect(wrap('xxxx xxxx xxxx', 4278)).toEqual(['xxxx ', 'xxxx xxxx']);
  });

  it('moves a word down rather than leave the last one alone, even when the lines get less even', () => {
    // In 4000: "x x x " | "xxxxxx" leaves 1944 and 1000 free (4.78 M squared), "x x " | "x xxxxxx" 2722 and 222
    // (7.46 M); the lonely last word costs 4000² more, so the second.
    expect(wrap('x x x xxxxxx', 4000)).toEqual(['x x ', 'x xxxxxx']);
    // Only the last line is spared a single word: in 4300, greedy sets "xxxxxx " | "xxxxx xx " | "xxxxxx".
    // 1 + 1 + 2 leaves 1300, 1800, 22 free (4.93 M), 1 + 2 + 1 leaves 1300, 522, 1300 (3.65 M) but ends alone.
    expect(wrap('xxxxxx xxxxx xx xxxxxx', 4300)).toEqual(['xxxxxx ', 'xxxxx ', 'xx xxxxxx']);
    // Two words can only go one a line.
    expect(wrap('xxxxxx xxxxxx', 4000)).toEqual(['xxxxxx ', 'xxxxxx']);
  });

  it('makes lines about equal: the least sum of squared free room', () => {
    // Six words of 500 in 2100: three a line ("x x x" is 778 + 778 + 500 = 2056).
    expect(wrap('x x x x x x', 2100)).toEqual(['x x x ', 'x x x']);
    // "xx x x xx" in 2600: greedy takes "xx x x " (2556) and leaves "xx"; 2 + 2 leaves 822 free on each line
    // (1.35 M squared) against 44 and 1600 (2.56 M) for 1 + 3.
    expect(wrap('xx x x xx', 2600)).toEqual(['xx x ', 'x xx']);
  });

  it('on a tie, keeps the setting found first: the earlier lines fuller', () => {
    // Five words of "xx" (1000, 1278 with the space) in 3000: two a line at most ("xx xx" is 2278), so three
    // lines. 1 + 2 + 2 and 2 + 1 + 2 both leave 2000, 722, 722 free (5.04 M); 2 + 2 + 1 ends alone.
    expect(wrap('xx xx xx xx xx', 3000)).toEqual(['xx xx ', 'xx ', 'xx xx']);
  });

  it('cuts a word wider than its room between characters, and balances the pieces', () => {
    expect(wrap('xxxxxxxx', 2000)).toEqual(['xxxx', 'xxxx']);
    // "xxxx" fits exactly, so it stays whole: "xxxx " | "xx".
    expect(wrap('xxxx xx', 2000)).toEqual(['xxxx ', 'xx']);
    // Characters wider than the room: one a line, as greedy filling set them.
    expect(wrap('ab', 100)).toEqual(['a', 'b']);
  });

  it('cuts a Chinese phrase between words and keeps closing punctuation on the line before', () => {
    // 客户 | 订单， | 处理 at one em (14 px) a character, in 70 px: greedy takes 客户订单， and leaves 处理 alone,
    // balancing moves 订单， down (42 px free, then none).
    expect(unbreakablePieces('客户订单，处理', 'zh')).toEqual(['客户', '订单，', '处理']);
    expect(wrapText('客户订单，处理', { width: 5 * 14, font: { size: 14 }, locale: 'zh' })).toEqual(['客户', '订单，处理']);
  });
});
