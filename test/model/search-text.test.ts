// The text rules every side of search shares, case by case: folding, words and stems, names, release
// labels and ids. Expected values follow the rules in src/model/site/search/text.ts, worked out by hand.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fold, idQuery, normalizeName, releaseQuery, tokenize } from '../../src/model/site/search/text.ts';

afterEach(() => vi.restoreAllMocks());

describe('fold', () => {
  it('lowers case, folds compatibility forms and drops every accent, keeping composed scripts whole', () => {
    expect(fold('ＴＭＦ６２２ ﬁbra')).toBe('tmf622 fibra');
    expect(fold('Qualità Perché Ḉ')).toBe('qualita perche c');
    // Hangul decomposes into letters, not marks: recomposed at the end, as written.
    expect(fold('한국')).toBe('한국');
    expect(fold('客户')).toBe('客户');
  });
});

describe('tokenize', () => {
  it('keeps word-like segments only, split at apostrophes', () => {
    expect(tokenize("L'offerta — dell’ordine, po' (SLA)!", 'it')).toEqual(['l', 'offert', 'dell', 'ordin', 'po', 'sla']);
    expect(tokenize('  ', 'en')).toEqual([]);
  });

  it('stems English plurals in -s of four letters or more, not -ss, -us, -is', () => {
    expect(tokenize('settlements cats ats class status analysis bus', 'en')).toEqual(['settlement', 'cat', 'ats', 'class', 'status', 'analysis', 'bus']);
    // The locale's language picks the stemmer.
    expect(tokenize('orders', 'en-GB')).toEqual(['order']);
  });

  it('drops the final vowel of Italian words of five letters or more', () => {
    expect(tokenize('ordine prova casa rete costi ricavo virtù fattura', 'it')).toEqual(['ordin', 'prov', 'casa', 'rete', 'cost', 'ricav', 'virtu', 'fattur']);
  });

  it('never stems a word with a digit, nor words of a language without a stemmer', () => {
    expect(tokenize('TMF620s 1.1.1.5 5gs', 'en')).toEqual(['tmf620s', '1.1.1.5', '5gs']);
    expect(tokenize('prova orders', 'zh')).toEqual(['prova', 'orders']);
    expect(tokenize('客户订单处理', 'zh-CN')).toEqual(['客户', '订单', '处理']);
  });

  it('builds one word segmenter per language and reuses it', () => {
    tokenize('warm', 'it');
    tokenize('warm', 'zh');
    const built = vi.spyOn(Intl, 'Segmenter');
    tokenize('ordine', 'it');
    // Every Chinese variant shares the Chinese segmenter.
    tokenize('订单', 'zh-TW');
    expect(built).not.toHaveBeenCalled();
    expect(tokenize('commandes', 'fr')).toEqual(['commandes']);
    tokenize('ordres', 'fr');
    expect(built).toHaveBeenCalledTimes(1);
  });
});

describe('normalizeName', () => {
  it('joins the words with one space', () => {
    expect(normalizeName('  CRM Support & Readiness ', 'en')).toBe('crm support readiness');
    expect(normalizeName('Gestione dell’offerta', 'it')).toBe('gestion dell offert');
    expect(normalizeName('—', 'en')).toBe('');
  });
});

describe('releaseQuery', () => {
  it('reads a release label with or without GB921, spaces, ".0" and a separator', () => {
    const cases: [string, string, string][] = [
      ['v21 1.3.3', 'v21', '1.3.3'],
      ['V21: Order', 'v21', 'Order'],
      ['v21:x', 'v21', 'x'],
      ['v21·x', 'v21', 'x'],
      ['v 21 x', 'v21', 'x'],
      ['GB921v21 x', 'v21', 'x'],
      ['gb921 v25 x', 'v25.5', 'x'],
      ['GB 921 v25.0 x', 'v25.5', 'x'],
      ['v25.5-x', 'v25.5', 'x'],
      ['v25.5.0 Customer Order Management', 'v25.5', 'Customer Order Management'],
      ['  v21   x y  ', 'v21', 'x y'],
      ['ｖ２１ x', 'v21', 'x'],
    ];
    for (const [q, release, rest] of cases) expect(releaseQuery(q), q).toEqual({ release, rest });
  });

  it('reads nothing without a known release, a rest, at the start, or over more than one line', () => {
    for (const q of ['v21', 'v21 ', 'v211 x', 'xv21 x', 'v22 x', 'gb921 x', 'gb  921 v21 x', '1.3.3', 'v21 x\ny']) expect(releaseQuery(q), q).toBeUndefined();
    // A label and nothing but spaces: a release with an empty rest, which names nothing.
    expect(releaseQuery('v21:   ')).toEqual({ release: 'v21', rest: '' });
  });
});

describe('idQuery', () => {
  it('takes digits separated by single dots, folded and trimmed', () => {
    expect(['1', '1.1', ' 1.2 ', '12.345', '１.１'].map(idQuery)).toEqual(['1', '1.1', '1.2', '12.345', '1.1']);
    expect(['1.', '.1', '1..1', 'a1', '1.1a', '1 1', ''].map(idQuery)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});
