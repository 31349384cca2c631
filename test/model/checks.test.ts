import { describe, expect, it } from 'vitest';
import { checkSources } from '../../src/model/checks/check.ts';
import { RULES, formatText, formatGithub } from '../../src/model/checks/diagnostics.ts';
import { loadFixture } from './helpers.ts';

// One invalid fixture per rule: the file and line each must be reported at.
const CASES: Record<keyof typeof RULES, { file: string; line: number; text: RegExp }> = {
  ETOM001: { file: 'content/en/1.1.1.6.mdx', line: 6, text: /^line 6: the value of `summary` contains ": ", which YAML reads as the start of another field$/ },
  ETOM002: { file: 'content/en/1.1.1.6.mdx', line: 4, text: /field "level"/ },
  ETOM003: { file: 'content/en/1.1.1.6.mdx', line: 2, text: /already used by content\/en\/1\.1\.1\.5\.mdx/ },
  ETOM004: { file: 'content/en/1.1.2.2.mdx', line: 5, text: /parent "1\.1\.2" does not exist/ },
  ETOM005: { file: 'content/en/1.1.1.6.mdx', line: 4, text: /level 3 under parent "1\.1\.1" at level 1/ },
  ETOM006: { file: 'content/en/1.1.1.6.mdx', line: 5, text: /^parent "1\.1\.1\.5" is not the process one level up from 1\.1\.1\.6$/ },
  ETOM007: { file: 'content/en/1.1.1.6.mdx', line: 5, text: /loops: 1\.1\.1\.6 → 1\.1\.1\.7 → 1\.1\.1\.6/ },
  ETOM008: { file: 'content/en/1.1.1.6.mdx', line: 7, text: /unknown vertical "fulfilment"/ },
  ETOM009: { file: 'content/en/1.1.1.6.mdx', line: 2, text: /file name "1\.1\.1\.6" does not match id "1\.1\.1\.16"/ },
  ETOM010: { file: 'content/it/1.1.1.6.mdx', line: 2, text: /no English original/ },
  ETOM011: { file: 'content/zh/1.1.1.5.mdx', line: 7, text: /verticals is \["assurance"\] but the English page has \["fulfillment"\]/ },
  ETOM012: { file: 'content/en/1.1.1.6.mdx', line: 12, text: /import of fs from "node:fs" is not allowed/ },
  ETOM013: { file: 'content/en/1.1.1.6.mdx', line: 10, text: /may not export/ },
  ETOM014: { file: 'content/en/1.1.1.6.mdx', line: 12, text: /<script>/ },
  ETOM015: { file: 'content/en/1.1.1.6.mdx', line: 11, text: /\{process\.exit\(1\)\}/ },
  ETOM016: { file: 'content/en/1.1.1.6.mdx', line: 12, text: /^line 12, column 26: `<` starts an element in MDX, and no complete tag follows it$/ },
  ETOM017: { file: 'content/en/1.1.1.6.mdx', line: 8, text: /replacedBy "1\.1\.1\.99"/ },
  ETOM018: { file: 'content/en/1.1.1.6.mdx', line: 4, text: /no verticals/ },
  ETOM019: { file: 'content/it/1.1.1.mdx', line: 3, text: /glossary name "Gestione delle relazioni con i clienti"/ },
  ETOM020: { file: 'content/it/1.1.1.5.mdx', line: 8, text: /translated from an older version of content\/en\/1\.1\.1\.5\.mdx \(0123456789ab; now [0-9a-f]{12}\)/ },
  ETOM021: { file: 'content/en/1.1.1.6.md', line: 1, text: /is a \.md file: only \.mdx files are content/ },
  ETOM022: { file: 'content/en/1.1.1.6.mdx', line: 3, text: /field "title": must be at most 120 characters/ },
  ETOM023: { file: 'content/en/1.1.1.6.mdx', line: 6, text: /field "summary": must be at most 300 characters/ },
  ETOM024: { file: 'content/en/1.1.1.6.mdx', line: 8, text: /field "aliases\.1": must be one line of text/ },
  ETOM025: { file: 'content/en/1.1.1.6.mdx', line: 12, text: /<iframe> is not an element content may use/ },
  ETOM026: { file: 'content/en/1.1.1.6.mdx', line: 12, text: /<kbd onclick> is an event handler/ },
  ETOM027: { file: 'content/en/1.1.1.6.mdx', line: 12, text: /link "javascript:alert\(1\)": the link scheme "javascript:" is not allowed/ },
  ETOM028: { file: 'content/en/1.1.1.6.mdx', line: 12, text: /":::warning" is not an aside/ },
  ETOM029: { file: 'content/en/1.1.1.6.mdx', line: 6, text: /^the summary is still the placeholder from `npm run new`$/ },
  ETOM030: { file: 'content/en/1.1.1.6.mdx', line: 10, text: /^the text has 11 words; a Level 2 page has 200–400 in en$/ },
  ETOM031: { file: 'content/it/1.1.1.5.mdx', line: 12, text: /^100 % of this text is English sentences copied unchanged from content\/en\/1\.1\.1\.5\.mdx$/ },
  ETOM032: { file: 'content/it/1.1.1.5.mdx', line: 12, text: /^links of the English page are missing here: \.\.\/1\.1\.1\/$/ },
  ETOM033: { file: 'content/it/1.1.1.5.mdx', line: 4, text: /^the English page has 1 alias\(es\) and this one 0: "Customer Order Handling"$/ },
  ETOM034: { file: 'content/en/1.1.1.6.mdx', line: 8, text: /^"TMF 622" is not a TM Forum Open API number we know$/ },
  ETOM035: { file: 'content/en/1.1.1.6.mdx', line: 10, text: /^"Customer Order ABE" is not a SID entity we know$/ },
  ETOM036: { file: 'content/en/flows/order-to-payment.mdx', line: 8, text: /^step 2: process "9\.9\.9" does not exist$/ },
  ETOM037: { file: 'content/en/flows/order-to-payment.mdx', line: 8, text: /^step 2: "1\.1\.1" Customer Relationship Management is a Level 1 grouping/ },
  ETOM038: { file: 'content/it/flows/order-to-payment.mdx', line: 7, text: /^the steps differ from content\/en\/flows\/order-to-payment\.mdx from step 1 on \(2 steps here, 2 there\)$/ },
  ETOM039: { file: 'content/en/flows/order-to-payment.mdx', line: 6, text: /^step 1 goes on to step 5, but the flow has 2 steps$/ },
};

describe('content checks', () => {
  it('accept the valid base tree', () => {
    const r = checkSources(loadFixture());
    expect(r.diagnostics).toEqual([]);
    expect(r.pages).toHaveLength(5);
  });

  it('have one fixture per rule', () => {
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(RULES).sort());
  });

  for (const [code, want] of Object.entries(CASES)) {
    it(`${code}: ${RULES[code as keyof typeof RULES]}`, () => {
      const r = checkSources(loadFixture(code));
      const hit = r.diagnostics.find((d) => d.code === code);
      expect(hit, `no ${code} in ${JSON.stringify(r.diagnostics.map((d) => d.code))}`).toBeDefined();
      expect(hit!.file).toBe(want.file);
      expect(hit!.line).toBe(want.line);
      expect(hit!.message).toMatch(want.text);
      expect(hit!.hint.length).toBeGreaterThan(10);
      const severity = ['ETOM020', 'ETOM030', 'ETOM032', 'ETOM033'].includes(code) ? 'warning' : 'error'; // warnings never block
      expect(hit!.severity).toBe(severity);
      if (severity === 'error') expect(r.errors).toBeGreaterThan(0);
      // The printed form names file, line, column and code, then the fix.
      expect(formatText(hit!)).toMatch(new RegExp(`^${want.file.replace(/\./g, '\\.')}:${want.line}:\\d+ ${code}.+\\n    fix: `));
      expect(formatGithub(hit!)).toMatch(new RegExp(`^::${severity} file=${want.file.replace(/\./g, '\\.')},line=${want.line},col=\\d+,title=${code}::`));
    });
  }

  it('suggest the Open API number or SID entity a value was meant to be', () => {
    const api = checkSources(loadFixture('ETOM034')).diagnostics.find((d) => d.code === 'ETOM034')!;
    expect({ col: api.col, hint: api.hint }).toEqual({ col: 20, hint: 'did you mean TMF622 (Product Ordering Management)?' });
    const sid = checkSources(loadFixture('ETOM035')).diagnostics.find((d) => d.code === 'ETOM035')!;
    expect({ col: sid.col, hint: sid.hint }).toEqual({ col: 6, hint: 'did you mean "Customer Product Order"?' });
  });

  it('suggest the field an unknown key was meant to be', () => {
    const files = loadFixture();
    const f = files.find((s) => s.path === 'content/en/1.1.1.5.mdx')!;
    f.data = { ...f.data, vertical: ['fulfillment'] };
    f.fieldLines.vertical = 8;
    const d = checkSources(files).diagnostics.find((x) => x.code === 'ETOM002')!;
    expect(d.message).toBe('unknown field "vertical"');
    expect(d.line).toBe(8);
    expect(d.hint).toContain('`verticals`');
  });

  it('accept allowlisted components but not others', () => {
    const files = loadFixture();
    const f = files.find((s) => s.path === 'content/en/1.1.1.5.mdx')!;
    f.body = "\nimport { Aside } from '@astrojs/starlight/components';\n\n<Aside>Fine.</Aside>\n\n<Chart />\n";
    const ds = checkSources(files).diagnostics.filter((d) => d.severity === 'error');
    expect(ds.map((d) => d.code)).toEqual(['ETOM025']);
    expect(ds[0]!.message).toContain('<Chart>');
  });
});
