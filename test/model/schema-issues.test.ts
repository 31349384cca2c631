/** Zod's findings in a contributor's words: near-miss field names, Starlight fields, length codes, nested keys. */
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/model/checks/check-file.ts';
import { loadFixture } from './helpers.ts';

/** The base Level 2 page with `extra` merged into its frontmatter, each new key on line 20. */
function report(extra: Record<string, unknown>, drop: string[] = []) {
  const f = loadFixture().find((s) => s.path === 'content/en/1.1.1.5.mdx')!;
  const data = { ...f.data, ...extra };
  for (const k of drop) delete data[k];
  const lines = { ...f.fieldLines, ...Object.fromEntries(Object.keys(extra).map((k) => [k, 20])) };
  return checkFile({ ...f, data, fieldLines: lines }).diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.line} ${d.code} ${d.message} | ${d.hint}`);
}
const ALLOWED = 'id, title, level, parent, summary, verticals, aliases, replaces, replacedBy, openApis, sid, source';

describe('schema issues', () => {
  it('suggest the field a key is one letter from, case aside, and nothing for a key further off', () => {
    expect(report({ vertical: ['fulfillment'] })).toEqual(['20 ETOM002 unknown field "vertical" | did you mean `verticals`? Rename the key.']);
    expect(report({ replacedby: '1.1.1' })).toEqual(['20 ETOM002 unknown field "replacedby" | did you mean `replacedBy`? Rename the key.']);
    expect(report({ xy: 1 })).toEqual([`20 ETOM002 unknown field "xy" | remove it; allowed fields: ${ALLOWED}`]);
    expect(report({ titel: 'x' })).toEqual([`20 ETOM002 unknown field "titel" | remove it; allowed fields: ${ALLOWED}`]);
    expect(report({ summaryy: 'x' })).toEqual(['20 ETOM002 unknown field "summaryy" | did you mean `summary`? Rename the key.']);
  });
  it('refuse Starlight page fields by name', () => {
    expect(report({ sidebar: {} })).toEqual([`20 ETOM002 field "sidebar" is a Starlight page setting that content may not use | remove it: the site generates the page's frame; allowed fields: ${ALLOWED}`]);
  });
  it('report a length or line problem under its own code, and a missing or wrong value under ETOM002', () => {
    expect(report({ title: 'a\nb' })).toEqual(['20 ETOM022 field "title": must be one line of text | keep `title:` to one line of at most 120 characters: the process name as the eTOM gives it']);
    expect(report({ title: '' })).toEqual(['20 ETOM002 field "title": must not be empty | set `title:` to the process name as the eTOM gives it']);
    expect(report({}, ['summary'])).toEqual(['6 ETOM002 missing field "summary" | set `summary:` to one sentence saying what the process is for']);
    expect(report({ level: 4 })).toEqual(['20 ETOM002 field "level": Too big: expected number to be <=3 | set `level:` to 0, 1, 2 or 3 (a number, one more than the parent\'s level)']);
    expect(report({ parent: '1.1.X' })).toEqual(['20 ETOM002 field "parent": must be an eTOM id such as "1.1.1.5" or a vertical slug such as "fulfillment" | set `parent: "1.1.1"` to the id of the process one level up (omit it only at level 0)']);
    expect(report({ source: 'abc' })).toEqual(['20 ETOM002 field "source": must be the 12-character hash printed by `npm run i18n` | run `npm run i18n -- --fix <file>` to set it once the translation matches the English page']);
  });
});
