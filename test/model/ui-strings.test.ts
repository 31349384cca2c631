/** Interface strings: placeholders, the English fallback, and lists in each language's words. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listParts, t, UI } from '../../src/model/i18n/index.ts';

afterEach(() => vi.restoreAllMocks());

describe('t', () => {
  it('fills every placeholder, numbers and zero included', () => {
    expect(t('it', 'level', { n: 2 })).toBe('Livello 2');
    expect(t('zh', 'level', { n: 0 })).toBe('第 0 级');
    // Two placeholders in one string, each filled once.
    expect(t('en', 'home.offline.offer', { link: 'L', size: '9 MB' })).toBe(
      'L (ZIP, 9 MB). Unzip it and double-click index.html: every page, the diagrams and search work without a network.',
    );
  });

  it('leaves a placeholder it has no value for, and the text as written without values', () => {
    expect(t('en', 'home.offline.offer', { size: '9 MB' })).toBe(
      '{link} (ZIP, 9 MB). Unzip it and double-click index.html: every page, the diagrams and search work without a network.',
    );
    expect(t('en', 'level')).toBe('Level {n}');
    expect(t('it', 'level', {})).toBe('Livello {n}');
  });

  it('falls back to English for a locale the site does not have', () => {
    expect(t('de', 'level', { n: 3 })).toBe('Level 3');
    expect(t('de', 'sidebar.overview')).toBe(UI.en['sidebar.overview']);
    expect(t('it', 'sidebar.overview')).toBe('Panoramica');
  });
});

describe('listParts', () => {
  it('puts each language’s own words between the items', () => {
    const values = (locale: string, items: string[]) => listParts(locale, items).map((p) => `${p.type[0]}:${p.value}`);
    expect(values('en', ['A', 'B', 'C'])).toEqual(['e:A', 'l:, ', 'e:B', 'l:, and ', 'e:C']);
    expect(values('it', ['A', 'B', 'C'])).toEqual(['e:A', 'l:, ', 'e:B', 'l: e ', 'e:C']);
    expect(values('zh', ['A', 'B', 'C'])).toEqual(['e:A', 'l:、', 'e:B', 'l:和', 'e:C']);
    expect(values('en', ['A', 'B'])).toEqual(['e:A', 'l: and ', 'e:B']);
    expect(values('zh', ['A'])).toEqual(['e:A']);
    expect(values('en', [])).toEqual([]);
  });

  it('builds one formatter per language and reuses it', () => {
    listParts('it', ['x', 'y']);
    const built = vi.spyOn(Intl, 'ListFormat');
    expect(listParts('it', ['A', 'B']).map((p) => p.value).join('')).toBe('A e B');
    expect(built).not.toHaveBeenCalled();
    // A language not seen yet gets its own formatter once: French words, not Italian ones.
    expect(listParts('fr', ['A', 'B']).map((p) => p.value).join('')).toBe('A et B');
    expect(listParts('fr', ['C', 'D']).map((p) => p.value).join('')).toBe('C et D');
    expect(built).toHaveBeenCalledTimes(1);
  });
});
