import { describe, expect, it } from 'vitest';
import { pageKind } from '../../src/model/site/page-kind.ts';

describe('page kinds', () => {
  it('names each of the site\'s own pages in every locale, and process pages by their entry', () => {
    for (const l of ['en', 'it', 'zh']) {
      expect(pageKind(`${l}/`, false)).toBe('home');
      expect(pageKind(`${l}/map/`, false)).toBe('map');
      expect(pageKind(`${l}/all/`, false)).toBe('all');
      expect(pageKind(`${l}/status/`, false)).toBe('status');
      expect(pageKind(`${l}/404/`, false)).toBe('not-found');
      expect(pageKind(`${l}/1.1.1.5/`, true)).toBe('process');
    }
    expect(pageKind('404/', false)).toBe('not-found');
    expect(pageKind('404.html', false)).toBe('not-found');
    expect(pageKind('de/map/', false)).toBe('other');
    expect(pageKind('en/downloads/', false)).toBe('other');
  });

  it('tells the flows index from a flow, and a site root or stray path from a page', () => {
    for (const l of ['en', 'it', 'zh']) {
      expect(pageKind(`${l}/flows/`, false)).toBe('flows');
      expect(pageKind(`${l}/flows/order-to-payment/`, false)).toBe('flow');
      expect(pageKind(l, false)).toBe('home');
    }
    // A path is a process page only by its entry, whatever it looks like.
    expect(pageKind('en/map/', true)).toBe('process');
    expect(pageKind('', false)).toBe('other');
    expect(pageKind('/', false)).toBe('other');
    expect(pageKind('flows/x/', false)).toBe('other');
    expect(pageKind('en/1.1.1.5/', false)).toBe('other');
    expect(pageKind('en/404.html', false)).toBe('other');
    expect(pageKind('en//map', false)).toBe('map');
  });
});
