/**
 * ETOM030 at the bounds of a level's band (CONTRIBUTING.md: Level 3 in English 80–200 words), the line it
 * points at, and translation checks at their thresholds (ETOM031/032 at exactly half copied, ETOM033, ETOM019).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSources } from '../../src/model/checks/check.ts';
import { parseSource } from '../../src/model/content/load.ts';
import { FIXTURES, loadFixture } from './helpers.ts';

const ROOT = path.join(FIXTURES, 'base');
const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
const L3 = 'content/en/1.1.1.5.2.mdx';
const level3 = (body: string) => `---\nid: "1.1.1.5.2"\ntitle: "Track Order"\nlevel: 3\nparent: "1.1.1.5"\nsummary: "Tracks."\n---\n${body}\n`;
function report(files: Record<string, string>): string[] {
  const all = [...loadFixture(), ...Object.entries(files).map(([rel, raw]) => parseSource(path.join(ROOT, rel), raw, ROOT))];
  return checkSources(all).diagnostics.map((d) => `${d.file}:${d.line} ${d.code} ${d.message} | ${d.hint}`);
}
const MORE = 'say more: what it takes in and gives out, its neighbours, a concrete example';
const CUT = 'cut: keep what a practitioner needs; move detail to the Level 3 pages';

describe('length band (ETOM030)', () => {
  it('accepts 80 and 200 words on a Level 3 page, and warns at 79 and 201 with the matching advice', () => {
    expect(report({ [L3]: level3(words(80)) })).toEqual([]);
    expect(report({ [L3]: level3(words(200)) })).toEqual([]);
    expect(report({ [L3]: level3(words(79)) })).toEqual([`${L3}:8 ETOM030 the text has 79 words; a Level 3 page has 80–200 in en | ${MORE}`]);
    expect(report({ [L3]: level3(words(201)) })).toEqual([`${L3}:8 ETOM030 the text has 201 words; a Level 3 page has 80–200 in en | ${CUT}`]);
  });
  it('points at the first line with text, past blank and whitespace-only lines', () => {
    // Body from line 8: blank, three spaces, then the text on line 10.
    expect(report({ [L3]: level3(`\n   \n${words(5)}`) })).toEqual([`${L3}:10 ETOM030 the text has 5 words; a Level 3 page has 80–200 in en | ${MORE}`]);
  });
});

describe('translations at their thresholds', () => {
  const IT = 'content/it/1.1.1.mdx';
  const english = '---\nid: "1.1.1"\ntitle: "Customer Relationship Management"\nlevel: 1\nparent: "1.1"\nsummary: "All."\naliases: ["CRM", "Customer Care"]\n---\n\n';
  const A = 'The first sentence is exactly this long.'; // 40 characters
  const B = 'La seconda frase ha la stessa lunghezza.'; // 40 characters
  it('count a text exactly half copied as translated, and then ask for the links the original has', () => {
    expect([A.length, B.length]).toEqual([40, 40]);
    const en = `${english}${A} See [one](../1.1.1.5/) and [two](../1.1/).\n`;
    const it_ = `---\nid: "1.1.1"\ntitle: "Gestione delle relazioni con i clienti"\nlevel: 1\nparent: "1.1"\nsummary: "Tutto."\naliases: ["CRM"]\n---\n\n${A}\n\n${B}\n`;
    const files = loadFixture().filter((s) => s.path !== 'content/en/1.1.1.mdx');
    const r = checkSources([...files, parseSource(path.join(ROOT, 'content/en/1.1.1.mdx'), en, ROOT), parseSource(path.join(ROOT, IT), it_, ROOT)]);
    expect(r.diagnostics.filter((d) => d.file === IT).map((d) => `${d.line} ${d.code} ${d.message}`)).toEqual([
      '2 ETOM020 no `source` stamp: which version of content/en/1.1.1.mdx does this follow?',
      '7 ETOM033 the English page has 2 alias(es) and this one 1: "CRM", "Customer Care"',
      '10 ETOM030 the text has 14 words; a Level 1 page has 313–625 in it',
      '10 ETOM032 links of the English page are missing here: ../1.1.1.5/, ../1.1/',
    ]);
  });
});
