/** Last-updated dates: Starlight's format ("medium", UTC), with the formatter kept per language. */
import { describe, expect, it, vi } from 'vitest';
import { formatDate } from '../../src/model/site/dates.ts';
import { LOCALES } from '../../src/model/locales.ts';

describe('formatDate', () => {
  // 23:30 UTC on 1 December: a formatter in local time east of UTC would print the 2nd.
  const late = new Date(Date.UTC(2026, 11, 1, 23, 30));
  it('prints each site language the way Starlight does, in UTC', () => {
    expect(LOCALES.map((l) => [l.lang, formatDate(l.lang, late)])).toEqual([['en', 'Dec 1, 2026'], ['it', '1 dic 2026'], ['zh-CN', '2026年12月1日']]);
  });
  it('keeps one formatter per language: a second language or date does not reuse the first one', () => {
    expect(formatDate('en', late)).toBe('Dec 1, 2026');
    expect(formatDate('it', new Date(Date.UTC(2025, 0, 31)))).toBe('31 gen 2025');
    expect(formatDate('en', new Date(Date.UTC(2025, 0, 31)))).toBe('Jan 31, 2025');
  });
  it('builds the formatter of each language once', () => {
    formatDate('en', late);
    const built = vi.spyOn(Intl, 'DateTimeFormat');
    expect(formatDate('en', late)).toBe('Dec 1, 2026');
    expect(built).not.toHaveBeenCalled();
    expect(formatDate('fr', late)).toBe('1 déc. 2026');
    expect(formatDate('fr', new Date(Date.UTC(2025, 0, 31)))).toBe('31 janv. 2025');
    expect(built).toHaveBeenCalledTimes(1);
    built.mockRestore();
  });
});
