/**
 * What the content promises practitioners, over the whole corpus: every Level 2 process of Operations and
 * SIP carries its SID entities and an "In practice" section in every language, and no page says in
 * its own words where it sits in the tree (the header, breadcrumbs and diagram say it, and hand-written
 * copies go stale when the tree changes).
 */
import { describe, expect, it } from 'vitest';
import { checked } from './real-content.ts';
import { LOCALE_CODES } from '../../src/model/locales.ts';

/** The section heading each language uses for the systems, measures and flows of a process. */
const IN_PRACTICE: Record<string, string> = { en: 'In practice', it: 'In pratica', zh: '实践中' };

/** Placement sentences as contributors tend to write them, per language. */
const PLACEMENT: Record<string, RegExp> = {
  en: /\b(it is part of|the parent (process )?is|it follows .{3,60} within|sits (under|within) \[|is one of the \w+ processes (of|in|under))/i,
  it: /\b(fa parte (del gruppo|del raggruppamento|dell'area)|il (processo )?genitore è|si colloca sotto \[)/i,
  zh: /(隶属于|的父流程是|是\[[^\]]+\]\([^)]+\)下的)/,
};

const pages = checked.pages;

describe('content depth over the whole corpus', () => {
  it('has every locale loaded', () => {
    for (const l of LOCALE_CODES) expect(pages.filter((p) => p.file.locale === l).length, l).toBeGreaterThan(440);
    expect(pages.filter((p) => p.file.body.length < 200).map((p) => p.file.path)).toEqual([]);
  });

  for (const l of LOCALE_CODES) {
    it(`${l}: every Operations and SIP Level 2 page has SID entities and an "${IN_PRACTICE[l]}" section`, () => {
      const level2 = pages.filter((p) => p.file.locale === l && p.fm.level === 2 && /^1\.[12]\./.test(String(p.fm.id)));
      expect(level2.length).toBeGreaterThanOrEqual(50);
      const missing = level2.filter((p) => !(p.fm.sid?.length) || !new RegExp(`^## ${IN_PRACTICE[l]}\\s*$`, 'm').test(p.file.body)).map((p) => p.file.path);
      expect(missing).toEqual([]);
    });

    it(`${l}: no page carries a hand-written placement sentence`, () => {
      const found = pages.filter((p) => p.file.locale === l && PLACEMENT[l]!.test(p.file.body)).map((p) => `${p.file.path}: ${PLACEMENT[l]!.exec(p.file.body)![0]}`);
      expect(found).toEqual([]);
    });
  }

  it('the placement patterns catch the sentences they name', () => {
    expect(PLACEMENT.en!.test('It is part of [Operations](../1.1/).')).toBe(true);
    expect(PLACEMENT.it!.test('Il processo genitore è [Operazioni](../1.1/).')).toBe(true);
    expect(PLACEMENT.zh!.test('本流程隶属于[运营](../1.1/)。')).toBe(true);
  });
});
