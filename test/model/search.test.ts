import { describe, expect, it } from 'vitest';
import { atlas } from './real-content.ts';
import { laterReleases } from '../../src/model/data/reference.ts';
import { LOCALE_CODES } from '../../src/model/locales.ts';
import { isNumericId } from '../../src/model/content/ids.ts';
import { fold, idQuery, normalizeName, releaseQuery, tokenize } from '../../src/model/site/search/text.ts';
import { searchTable, tableScript, TABLE_GLOBAL, type SearchTable } from '../../src/model/site/search/table.ts';
import { exactMatches, namedGroupings, rank } from '../../src/model/site/search/rank.ts';
import { plainText } from '../../src/model/site/search/documents.ts';

const later = laterReleases();
const tables = Object.fromEntries(LOCALE_CODES.map((l) => [l, searchTable(atlas, l, later)])) as Record<string, SearchTable>;
const ids = atlas.tree.treeOrder();

describe('search text rules', () => {
  it('folds case, width and accents', () => {
    expect(fold('Qualità ＳＬＡ')).toBe('qualita sla');
  });

  it('keeps ids whole, splits Italian elisions, segments Chinese into words', () => {
    expect(tokenize('1.1.1.5 Order Handling', 'en')).toEqual(['1.1.1.5', 'order', 'handling']);
    expect(tokenize("Gestione dell'offerta", 'it')).toEqual(['gestion', 'dell', 'offert']);
    // Singular and plural meet.
    expect(tokenize('ordini fatture', 'it')).toEqual(tokenize('ordine fattura', 'it'));
    expect(tokenize('settlements processes', 'en')).toEqual(['settlement', 'processe']);
    const zh = tokenize('客户订单处理', 'zh');
    expect(zh.length).toBeGreaterThan(1);
    expect(zh).toContain('订单');
  });

  it('compares names by their words', () => {
    expect(normalizeName('CRM Support & Readiness', 'en')).toBe(normalizeName('crm support readiness', 'en'));
  });

  it('reads release labels and ids', () => {
    expect(releaseQuery('v21 1.3.3')).toEqual({ release: 'v21', rest: '1.3.3' });
    expect(releaseQuery('GB921 v25.5 Customer Order Management')).toEqual({ release: 'v25.5', rest: 'Customer Order Management' });
    expect(releaseQuery('1.3.3')).toBeUndefined();
    expect(idQuery(' 1.1.1.5 ')).toBe('1.1.1.5');
    expect(idQuery('1.1.1.5 order')).toBeUndefined();
  });

  it('strips MDX to words', () => {
    expect(plainText('## Inputs\n\n- In: [Selling](../1.1.1.4/) hands **over** `x`')).toBe('Inputs In: Selling hands over x');
  });
});

describe('search table', () => {
  it('has every page of every locale, in tree order, with its level and area, then the flows', () => {
    for (const l of LOCALE_CODES) {
      const processes = tables[l]!.entries.filter((e) => e.k === undefined);
      expect(tables[l]!.entries.map((e) => e.i)).toEqual([...ids, ...atlas.flowIds.map((id) => `flows/${id}`)]);
      for (const e of tables[l]!.entries.slice(ids.length)) expect([e.k, e.t], e.i).toEqual(['flow', atlas.flow(l, e.i.slice('flows/'.length))!.title]);
      for (const e of processes) {
        expect(e.t).toBe(atlas.title(l, e.i));
        expect(e.a).toMatch(/^1\.[123]$/);
        expect(e.l).toBe(atlas.tree.get(e.i)!.level);
      }
    }
  });

  it('carries every later-release id and name from the reference data, labelled', () => {
    let n = 0;
    for (const [id, lr] of later) {
      const e = tables.en!.entries.find((x) => x.i === id);
      if (!e) continue;
      if (lr.v21?.id) { expect(e.r).toContainEqual(['v21', lr.v21.id, lr.v21.name ?? '']); n++; }
      if (lr.v25?.id) expect(e.r?.some(([r, i]) => r === 'v25.5' && i === lr.v25!.id)).toBe(true);
    }
    expect(n).toBeGreaterThan(50);
  });

  it('is a classic script defining one global per locale', () => {
    const script = tableScript(tables.zh!);
    const self: Record<string, Record<string, SearchTable>> = {};
    new Function('self', script)(self);
    expect(self[TABLE_GLOBAL]!.zh!.entries.length).toBe(ids.length + atlas.flowIds.length);
    expect(self[TABLE_GLOBAL]!.zh!.entries[0]).not.toHaveProperty('s');
  });
});

describe('ranking rules over the whole corpus (no backend results: the rules alone)', () => {
  it('puts every numeric id first, in every locale', () => {
    for (const l of LOCALE_CODES) for (const id of ids.filter(isNumericId)) expect(rank(tables[l]!, id, [])[0], `${l} ${id}`).toBe(id);
  });

  it('puts every title in the top three and first unless another page has the same title, in every locale', () => {
    for (const l of LOCALE_CODES) {
      let first = 0;
      const names = new Map(ids.map((x) => [x, normalizeName(atlas.title(l, x), l)]));
      for (const id of ids) {
        const title = atlas.title(l, id);
        const noise = ids.filter((x) => x !== id).slice(0, 10);
        const got = rank(tables[l]!, title, noise);
        const shared = ids.filter((x) => names.get(x) === names.get(id));
        expect(got.slice(0, 3), `${l} "${title}"`).toContain(id);
        if (shared.length === 1) expect(got[0], `${l} "${title}"`).toBe(id);
        if (got[0] === id) first++;
      }
      expect(first / ids.length, l).toBeGreaterThanOrEqual(0.97);
    }
  });

  it('puts every alias first in its own locale', () => {
    for (const l of LOCALE_CODES) {
      for (const id of ids) for (const a of atlas.page(l, id)?.aliases ?? []) expect(exactMatches(tables[l]!, a), `${l} "${a}"`).toContain(id);
    }
  });

  it('tells a later-release id from a classic id by its label', () => {
    // 1.1.1.5 Order Handling was 1.3.3 in GB921 v21; classic 1.3.3 is Enterprise Effectiveness Management.
    expect(rank(tables.en!, 'v21 1.3.3', [])[0]).toBe('1.1.1.5');
    expect(rank(tables.en!, '1.3.3', [])[0]).toBe('1.3.3');
    for (const [id, lr] of later) {
      if (!lr.v21?.id || !atlas.tree.has(id)) continue;
      expect(exactMatches(tables.it!, `v21 ${lr.v21.id}`), `v21 ${lr.v21.id}`).toContain(id);
    }
  });

  it('brings named groupings into the top three (the queries of issue 21)', () => {
    const cases: [string, string, string][] = [
      ['en', 'Operations', '1.1'], ['en', 'Billing', 'billing'], ['en', 'Assurance', 'assurance'],
      ['en', 'Enterprise Management', '1.3'], ['en', 'Customer Management', '1.1.1.16'], ['en', 'Customer Management', '1.1.1'],
      ['en', 'Resource Provisioning', '1.1.3.2'], ['en', 'Workforce Management', '1.1.3.7'],
      ['it', 'Fatturazione', 'billing'], ['it', 'Gestione aziendale', '1.3'],
      ['zh', '计费', 'billing'], ['zh', '企业管理', '1.3'], ['zh', '客户关系管理', '1.1.1'], ['zh', '客户管理', '1.1.1.16'], ['zh', '客户管理', '1.1.1'],
    ];
    for (const [l, q, id] of cases) expect(rank(tables[l]!, q, ids.slice(200, 220)).slice(0, 3), `${l} "${q}"`).toContain(id);
  });

  it('applies filters to pinned results too', () => {
    expect(rank(tables.en!, '1.1.1.5', ['1.1.1.5.2'], { level: 3 })).toEqual(['1.1.1.5.2']);
    expect(rank(tables.en!, 'Billing', ['1.1.1.10'], { area: '1.3' })).toEqual([]);
  });

  it('does not pin groupings for a generic word', () => {
    expect(namedGroupings(tables.en!, 'management')).toEqual([]);
  });
});

describe('excerpt marks', () => {
  it('marks whole words from their stems, and Chinese words as they are', async () => {
    const { markWords } = await import('../../src/scripts/search/backends.ts');
    const marked = (text: string, locale: string, q: string) => markWords(text, tokenize(q, locale)).filter((p) => p.mark).map((p) => p.text);
    expect(marked('Emette la fattura e gestisce le fatture.', 'it', 'fatture')).toEqual(['fattura', 'fatture']);
    expect(marked('Qualità del servizio', 'it', 'qualita')).toEqual(['Qualità']);
    expect(marked('接收客户订单并处理', 'zh', '订单')).toEqual(['订单']);
  });
});
