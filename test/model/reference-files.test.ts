/** The Open API and SID reference files in data/reference/: shape, uniqueness and the facts pages rely on. */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { REFERENCE_DIR } from '../../src/model/data/reference.ts';

function read(file: string): { header: string[]; rows: Record<string, string>[] } {
  const text = fs.readFileSync(path.join(REFERENCE_DIR, file), 'utf8');
  const header = (parse(text, { to_line: 1 }) as string[][])[0]!;
  return { header, rows: parse(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[] };
}
const list = (v: string | undefined) => (v ?? '').split('|').filter(Boolean);
// A source is a repository path (owner/name:path) or a page address; several are joined by " ; ".
const SOURCE = /^(?:[\w.-]+\/[\w.-]+(?:@[0-9a-f]{7,40})?:\S+|[\w-]+(?:\.[\w-]+)+\/\S*)(?: \([^)]*\))?$/;

describe('open-apis.csv', () => {
  const { header, rows } = read('open-apis.csv');
  const byNumber = new Map(rows.map((r) => [r.number!, r]));

  it('has the agreed columns and one row per API number, in number order', () => {
    expect(header).toEqual(['number', 'name', 'domain', 'source', 'other_names']);
    expect(rows.length).toBeGreaterThanOrEqual(40);
    expect(byNumber.size).toBe(rows.length);
    const numbers = rows.map((r) => r.number!);
    expect(numbers.filter((n) => !/^TMF\d{3}$/.test(n))).toEqual([]);
    expect(numbers).toEqual([...numbers].sort());
  });

  it('names every API without its number or an "API" suffix, and says where each was confirmed', () => {
    const bad = rows.filter((r) => !r.name || /\bAPI$|TMF/i.test(r.name) || r.name !== r.name.trim());
    expect(bad.map((r) => r.number)).toEqual([]);
    const unsourced = rows.filter((r) => !r.source!.split(' ; ').every((s) => SOURCE.test(s)));
    expect(unsourced.map((r) => `${r.number}: ${r.source}`)).toEqual([]);
  });

  it('uses only the Open API table groups as domains', () => {
    const groups = new Set(['Customer', 'Product', 'Service', 'Resource', 'Business Partner', 'Common', 'Marketing/Sales']);
    expect(rows.flatMap((r) => list(r.domain)).filter((d) => !groups.has(d))).toEqual([]);
  });

  it('keeps older names distinct from every current name, so a lookup by an old name is unambiguous', () => {
    const current = new Set(rows.map((r) => r.name!.toLowerCase()));
    const clashes = rows.flatMap((r) => list(r.other_names).filter((o) => current.has(o.toLowerCase())).map((o) => `${r.number}: ${o}`));
    expect(clashes).toEqual([]);
  });

  it('holds the APIs the content issue cites, under their current names', () => {
    const names = Object.fromEntries(['TMF620', 'TMF621', 'TMF622', 'TMF635', 'TMF637', 'TMF638', 'TMF640', 'TMF641', 'TMF642', 'TMF654', 'TMF676', 'TMF678', 'TMF679']
      .map((n) => [n, byNumber.get(n)?.name]));
    expect(names).toEqual({
      TMF620: 'Product Catalog Management', TMF621: 'Trouble Ticket Management', TMF622: 'Product Ordering Management',
      TMF635: 'Product Usage Management', TMF637: 'Product Inventory Management', TMF638: 'Service Inventory Management',
      TMF640: 'Service Activation Management', TMF641: 'Service Ordering Management', TMF642: 'Alarm Management',
      TMF654: 'Prepay Balance Management', TMF676: 'Payment Management', TMF678: 'Customer Bill Management',
      TMF679: 'Product Offering Qualification Management',
    });
    expect(list(byNumber.get('TMF622')?.other_names)).toContain('Product Ordering');
    expect(list(byNumber.get('TMF635')?.other_names)).toContain('Usage Management');
  });
});

describe('sid-entities.csv', () => {
  const { header, rows } = read('sid-entities.csv');
  const byName = new Map(rows.map((r) => [r.name!, r]));

  it('has the agreed columns and one row per ABE name', () => {
    expect(header).toEqual(['name', 'domain', 'source', 'parent', 'other_names']);
    expect(rows.length).toBeGreaterThanOrEqual(40);
    expect(byName.size).toBe(rows.length);
  });

  it('gives names and domains without the "ABE" and "Domain" markers, in the SID v25.5 domains, with a source', () => {
    const domains = new Set(['Market', 'Sales', 'Customer', 'Product', 'Service', 'Resource', 'Business Partner', 'Enterprise', 'Patterns', 'Shared']);
    expect(rows.filter((r) => / ABE$/.test(r.name!) || r.name !== r.name!.trim()).map((r) => r.name)).toEqual([]);
    expect(rows.filter((r) => !domains.has(r.domain!)).map((r) => `${r.name}: ${r.domain}`)).toEqual([]);
    expect(rows.filter((r) => !r.source!.split(' ; ').every((s) => SOURCE.test(s))).map((r) => r.name)).toEqual([]);
  });

  it('nests an ABE only under another ABE of its own domain when both are listed', () => {
    const wrong = rows.filter((r) => r.parent && (r.parent === r.name || (byName.has(r.parent) && byName.get(r.parent)!.domain !== r.domain)));
    expect(wrong.map((r) => r.name)).toEqual([]);
  });

  it('keeps older names distinct from every current name', () => {
    const clashes = rows.flatMap((r) => list(r.other_names).filter((o) => byName.has(o)).map((o) => `${r.name}: ${o}`));
    expect(clashes).toEqual([]);
  });

  it('holds the entities the Operations pages name, in their SID domains', () => {
    const domainOf = Object.fromEntries(['Customer Product Order', 'Customer Bill', 'Customer Problem', 'Service Order', 'Resource Trouble',
      'Product Offering Specification', 'Product Specification', 'Usage', 'Agreement', 'Party'].map((n) => [n, byName.get(n)?.domain]));
    expect(domainOf).toEqual({
      'Customer Product Order': 'Customer', 'Customer Bill': 'Customer', 'Customer Problem': 'Customer', 'Service Order': 'Service',
      'Resource Trouble': 'Resource', 'Product Offering Specification': 'Product', 'Product Specification': 'Product',
      Usage: 'Patterns', Agreement: 'Patterns', Party: 'Shared',
    });
    expect(list(byName.get('Customer Product Order')?.other_names)).toContain('Customer Order');
    expect(list(byName.get('Product Offering Specification')?.other_names)).toContain('Product Offering');
  });
});
