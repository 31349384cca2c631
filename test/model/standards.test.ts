/** Open APIs, SID entities and later releases as the site shows them, over the whole corpus. */
import { describe, expect, it } from 'vitest';
import { apiIndex, processRows, releaseCrosswalk, standardsOf } from '../../src/model/site/standards.ts';
import { openApis, sidEntities, apiNear, entityNear } from '../../src/model/data/standards.ts';
import { laterReleases } from '../../src/model/data/reference.ts';
import { processesCsv, CSV_COLUMNS } from '../../src/model/site/downloads.ts';
import { parse } from 'csv-parse/sync';
import { Atlas } from '../../src/model/site/atlas.ts';
import { atlas } from './real-content.ts';

describe('the API → processes map', () => {
  it('lists each cited API once, in number order, with exactly the processes whose pages cite it, in tree order', () => {
    const index = apiIndex(atlas);
    const numbers = index.map((r) => r.api.number);
    expect(numbers).toEqual([...new Set(numbers)].sort());
    const order = atlas.tree.treeOrder();
    for (const { api, processes } of index) {
      const citing = order.filter((id) => atlas.translated('en', id)?.openApis?.includes(api.number));
      expect(processes, api.number).toEqual(citing);
    }
    // Every cited API is in the index.
    const cited = new Set(order.flatMap((id) => atlas.translated('en', id)?.openApis ?? []));
    expect(new Set(numbers)).toEqual(cited);
  });

  it('maps a small tree exactly', () => {
    const a = new Atlas([
      { locale: 'en', page: { id: '1.1', level: 0, title: 'Operations', summary: 's' } },
      { locale: 'en', page: { id: '1.1.1', level: 1, parent: '1.1', title: 'CRM', summary: 's' } },
      { locale: 'en', page: { id: '1.1.1.5', level: 2, parent: '1.1.1', title: 'Order Handling', summary: 's', openApis: ['TMF622', 'TMF620'] } },
      { locale: 'en', page: { id: '1.1.1.4', level: 2, parent: '1.1.1', title: 'Selling', summary: 's', openApis: ['TMF620'], sid: ['Customer Product Order'] } },
    ]);
    expect(apiIndex(a).map((r) => [r.api.number, r.processes])).toEqual([['TMF620', ['1.1.1.4', '1.1.1.5']], ['TMF622', ['1.1.1.5']]]);
    expect(standardsOf(a, '1.1.1.4').entities.map((e) => `${e.name} (${e.domain})`)).toEqual(['Customer Product Order (Customer)']);
    expect(standardsOf(a, '1.1.1.5').apis.map((x) => x.name)).toEqual(['Product Ordering Management', 'Product Catalog Management']);
  });
});

describe('reference lookups', () => {
  it('resolve near misses of an API number and of an entity name', () => {
    for (const v of ['TMF 622', 'tmf622', '622', 'TMF-622', 'Product Ordering Management', 'product ordering']) expect(apiNear(v), v).toEqual(['TMF622']);
    expect(apiNear('TMF999')).toEqual([]);
    expect(entityNear('customer product order ABE')).toEqual(['Customer Product Order']);
    expect(entityNear('Customer Order')).toContain('Customer Product Order');
  });

  it('take an API by its number alone, written loosely but whole, or by a current or older name', () => {
    expect(apiNear(' 622 ')).toEqual(['TMF622']);
    expect(apiNear('tmf_622')).toEqual(['TMF622']);
    // Not a number with something before or after it.
    for (const v of ['XTMF622', 'TMF6220', 'TMF 62', 'API 622']) expect(apiNear(v), v).toEqual([]);
    expect(apiNear(' product ordering management ')).toEqual(['TMF622']);
    expect(apiNear('Usage Management')).toEqual(['TMF635']);
    expect(apiNear('Ordering')).toEqual([]);
  });

  it('take an entity by its name or an older one ignoring case, spacing, punctuation and "ABE"', () => {
    expect(entityNear('customer-product  order')).toEqual(['Customer Product Order']);
    expect(entityNear('Customer Bill Inquiry ABE')).toEqual(['Customer Billing Inquiry and Dispute']);
    expect(entityNear('business partner strategy plan')).toEqual(['Business Partner Strategy & Plan']);
    // An exact name wins over the entities that merely contain it (twelve hold "product").
    expect(entityNear('Product')).toEqual(['Product']);
  });

  it('otherwise suggest up to five entities whose name holds every word given, in file order', () => {
    // The SID file lists 11 entities with "customer" in their names; these are its first five.
    expect(entityNear('customer')).toEqual(['Applied Customer Billing Rate', 'Customer Bill', 'Customer Bill Collection', 'Customer Payment', 'Customer Billing Account']);
    expect(entityNear('ORDER')).toEqual(['Customer Product Order', 'Product Order', 'Service Order', 'Resource Order', 'Work Order']);
    expect(entityNear('order, customer')).toEqual(['Customer Product Order']);
    expect(entityNear('zzz order')).toEqual([]);
    // No word at all suggests nothing, not everything.
    for (const v of ['', ' - ', '—']) expect(entityNear(v), JSON.stringify(v)).toEqual([]);
  });
  it('know every API and entity the content cites', () => {
    for (const id of atlas.tree.treeOrder()) {
      for (const n of atlas.translated('en', id)?.openApis ?? []) expect(openApis().has(n), `${id} ${n}`).toBe(true);
      for (const n of atlas.translated('en', id)?.sid ?? []) expect(sidEntities().has(n), `${id} ${n}`).toBe(true);
    }
  });
});

describe('later releases', () => {
  it('gives 1.1.1.5 its v21 id 1.3.3, and the crosswalk one row per process in tree order', () => {
    expect(standardsOf(atlas, '1.1.1.5').later?.v21?.id).toBe('1.3.3');
    const rows = releaseCrosswalk(atlas);
    expect(rows.map((r) => r.id)).toEqual(atlas.tree.treeOrder().filter((id) => laterReleases().has(id)));
    expect(rows).toHaveLength(444);
  });
});

describe('the CSV download', () => {
  for (const locale of ['en', 'it', 'zh']) {
    it(`${locale}: starts with a byte-order mark and reads back as the model's rows`, () => {
      const csv = processesCsv(atlas, locale);
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      const [header, ...records] = parse(csv.slice(1)) as string[][];
      expect(header).toEqual([...CSV_COLUMNS]);
      const rows = processRows(atlas, locale);
      expect(records).toHaveLength(atlas.tree.nodes.size);
      records.forEach((r, i) => {
        const m = rows[i]!;
        expect(r, m.id).toEqual([m.id, String(m.level), m.parent, m.title, m.summary, m.verticals.join('; '), m.aliases.join('; '), m.openApis.join('; '), m.sid.join('; '), m.v21Id, m.v25Id, m.url]);
        expect(m.title, m.id).toBe(atlas.title(locale, m.id));
      });
    });
  }
});
