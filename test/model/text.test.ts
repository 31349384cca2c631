/** Word counts, sentences, length bands, copied share and link targets, on hand-made text. */
import { describe, expect, it } from 'vitest';
import { copiedShare, countWords, lengthBand, linkedIds, markdownLinks, sentences } from '../../src/model/content/text.ts';

describe('prose measures', () => {
  it('count words with apostrophes and hyphens inside, and Chinese by the segmenter', () => {
    expect(countWords("It's a well-known O’Brien 5G-ready line, 100 % done.", 'en')).toBe(8);
    expect(countWords('', 'en')).toBe(0);
    expect(countWords('本页尚未翻译成中文', 'zh')).toBe(6);
    expect(countWords('订单 handling', 'zh')).toBe(2);
  });
  it('split sentences at end punctuation followed by space and at line breaks, keeping the long ones', () => {
    expect(sentences('First sentence is long enough here. Short one! Another quite long sentence follows;  yes\n\nA new   paragraph that is long enough。下一句'))
      .toEqual(['First sentence is long enough here.', 'Another quite long sentence follows;', 'A new paragraph that is long enough。下一句']);
    expect(sentences('abc. defgh', 3)).toEqual(['abc.', 'defgh']);
  });
  it('scale the length band by language, with English for an unknown one and none past Level 3', () => {
    expect([lengthBand(2, 'it'), lengthBand(3, 'zh'), lengthBand(0, 'fr'), lengthBand(4, 'en')]).toEqual([[250, 500], [92, 230], [250, 500], undefined]);
  });
  it('measure the share of a translation copied from the original, by characters', () => {
    expect(copiedShare('', 'x')).toBe(0);
    expect(copiedShare('This sentence is copied from the original. Questa frase è tradotta davvero bene.', 'This sentence is copied from the original. Other.')).toBe(42 / 79);
  });
});

describe('link targets', () => {
  it('read the process ids a page links to, flows excepted', () => {
    expect(linkedIds(['../1.1.2.2/', '../../1.1.2.2/#x', '../flows/', '../../flows/o2p/', 'https://x/1.1/', '../billing', './1.1/', '../a/b/'])).toEqual(['1.1.2.2', '1.1.2.2', 'billing']);
  });
  it('read Markdown link targets without parsing, titles dropped', () => {
    expect(markdownLinks('[a](../1.1/) [b](../../flows/x/ "title") ![c](./p.png) [d]( bad) [e](x y)')).toEqual(['../1.1/', '../../flows/x/', './p.png']);
  });
});
