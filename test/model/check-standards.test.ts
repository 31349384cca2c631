/**
 * ETOM034 / ETOM035 on one page: where each unknown value is pointed at (its own line and column, or its
 * field's line when the text as written differs from the value), and each kind of hint. Expected hints
 * are read off data/reference/open-apis.csv and sid-entities.csv (rows in file order).
 */
import { describe, expect, it } from 'vitest';
import { checkStandards } from '../../src/model/checks/frontmatter/standards.ts';
import { parseSource } from '../../src/model/content/load.ts';
import type { ProcessFrontmatter } from '../../src/model/content/schema.ts';

const report = (fm: string) => {
  const file = parseSource('/x/content/en/1.1.1.6.mdx', `---\nid: "1.1.1.6"\n${fm}\n---\n\nBody.\n`, '/x');
  expect(file.data, 'the frontmatter must parse').toBeDefined();
  return checkStandards(file, file.data as ProcessFrontmatter).map((d) => `${d.file}:${d.line}:${d.col} ${d.code} ${d.severity} ${d.message} | ${d.hint}`);
};
const F = 'content/en/1.1.1.6.mdx';
const API_HINT = 'use the number as TM Forum writes it (TMF622); the known APIs are listed in data/reference/open-apis.csv';
const SID_HINT = 'use the entity name as the SID gives it ("Customer Order"); the known entities are listed in data/reference/sid-entities.csv';

describe('Open API numbers (ETOM034)', () => {
  it('accept known numbers and report each unknown one at its column, with the API it was meant to be or how to write one', () => {
    // Line 3: `openApis: [TMF621, TMF 622, trouble ticket, TMF999]`; the values start at columns 12, 20, 29 and 45.
    expect(report('openApis: [TMF621, TMF 622, trouble ticket, TMF999]')).toEqual([
      `${F}:3:20 ETOM034 error "TMF 622" is not a TM Forum Open API number we know | did you mean TMF622 (Product Ordering Management)?`,
      // "Trouble Ticket" is an other name of TMF621 in the CSV.
      `${F}:3:29 ETOM034 error "trouble ticket" is not a TM Forum Open API number we know | did you mean TMF621 (Trouble Ticket Management)?`,
      `${F}:3:45 ETOM034 error "TMF999" is not a TM Forum Open API number we know | ${API_HINT}`,
    ]);
  });
  it('say nothing when every number is known, or the field is absent', () => {
    expect(report('openApis: [TMF621, TMF622]\nsid: ["Customer Problem"]')).toEqual([]);
    expect(report('title: "T"')).toEqual([]);
  });
});

describe('SID entities (ETOM035)', () => {
  it('report each unknown entity on the list line that holds it, else on the field line, with the entities it may mean', () => {
    expect(report(['sid:', '  - "Customer Problem"', '  - "Trouble"', "  - 'Customer''s Order'", '  - "Zzz"'].join('\n'))).toEqual([
      // Every entity whose name contains the word: rows 56 and 71 of the CSV.
      `${F}:5:6 ETOM035 error "Trouble" is not a SID entity we know | did you mean "Resource Trouble" or "Trouble Ticket"?`,
      // YAML reads '' as one quote, so the value is not in the text as written: the field line, column 1.
      `${F}:3:1 ETOM035 error "Customer's Order" is not a SID entity we know | did you mean "Customer Product Order"?`,
      `${F}:7:6 ETOM035 error "Zzz" is not a SID entity we know | ${SID_HINT}`,
    ]);
  });
  it('find a value written on the field line itself, after another one', () => {
    expect(report('sid: ["Trouble Ticket", "Customer Order ABE"]')).toEqual([
      `${F}:3:26 ETOM035 error "Customer Order ABE" is not a SID entity we know | did you mean "Customer Product Order"?`,
    ]);
  });
});

describe('where the search for a value starts', () => {
  it("at its field's line, so an earlier mention of the value (here in the summary) is not taken for it", () => {
    expect(report('summary: "Was TMF999 and Zzz."\nopenApis: [TMF999]\nsid: [Zzz]')).toEqual([
      `${F}:4:12 ETOM034 error "TMF999" is not a TM Forum Open API number we know | ${API_HINT}`,
      `${F}:5:7 ETOM035 error "Zzz" is not a SID entity we know | ${SID_HINT}`,
    ]);
  });
  it('down to a value written at the very start of a continued line', () => {
    expect(report('sid: ["Trouble Ticket",\nZzz]')).toEqual([`${F}:4:1 ETOM035 error "Zzz" is not a SID entity we know | ${SID_HINT}`]);
  });
});
