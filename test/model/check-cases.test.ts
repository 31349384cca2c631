/**
 * Every invalid fixture against the full report it must produce: each diagnostic's file, line, column,
 * code, severity, message and fix, in order, as `npm run check` prints them. A fixture named
 * `ETOM0NN-branch` tests one more branch of that rule; `ETOM0NN-not-when-…` a case where the rule must stay silent. The expected reports (expected.txt in each case)
 * were written from a run and then read line by line against the fixture.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSources } from '../../src/model/checks/check.ts';
import { RULES, formatText } from '../../src/model/checks/diagnostics.ts';
import { FIXTURES, loadFixture } from './helpers.ts';

const INVALID = path.join(FIXTURES, 'invalid');
const CASES = fs.readdirSync(INVALID).sort();

function expected(name: string): string[] {
  const file = path.join(INVALID, name, 'expected.txt');
  if (!fs.existsSync(file)) throw new Error(`missing ${path.relative('.', file)}: the report this fixture must produce`);
  // A diagnostic prints on two lines: `file:line:col CODE message` and `    fix: hint`.
  return fs.readFileSync(file, 'utf8').trimEnd().split(/\n(?! {4}fix: )/);
}

describe('invalid fixtures', () => {
  it('cover every rule, and only rules that exist', () => {
    const codes = new Set(CASES.map((c) => c.slice(0, 7)));
    expect([...codes].sort()).toEqual(Object.keys(RULES).sort());
    expect(CASES.length).toBe(Object.keys(RULES).length + 23);
  });

  for (const name of CASES) {
    it(`${name} gives exactly its report`, () => {
      const r = checkSources(loadFixture(name));
      const want = expected(name);
      expect(r.diagnostics.map(formatText)).toEqual(want);
      // The case is named after the code it reports (or, `-not-when-…`, must not report), and errors are counted apart from warnings.
      if (name.includes('-not-when-')) expect(r.diagnostics.map((d) => d.code)).not.toContain(name.slice(0, 7));
      else expect(r.diagnostics.map((d) => d.code)).toContain(name.slice(0, 7));
      expect(r.errors).toBe(r.diagnostics.filter((d) => d.severity === 'error').length);
      expect(r.errors).toBe(want.filter((l) => !/^\S+ ETOM\d{3} \(warning\) /.test(l)).length);
    });
  }
});

describe('options of the tree checks', () => {
  it('do not ask for a stamp on a translation changed in the same change as its English page', () => {
    const files = loadFixture('ETOM020-no-stamp');
    const all = checkSources(files).diagnostics.map((d) => d.code);
    const same = checkSources(files, { sameChange: new Set(['content/it/1.1.1.5.mdx']) }).diagnostics.map((d) => d.code);
    expect(all).toEqual(['ETOM020', 'ETOM030']);
    expect(same).toEqual(['ETOM030']);
  });

  it('report a translation whose English page is broken only for its own faults', () => {
    // The Chinese page's level and parent differ from the English page, which has an error of its own.
    const r = checkSources(loadFixture('ETOM011-not-when-original-broken'));
    expect(r.diagnostics.filter((d) => d.file.startsWith('content/zh/')).map((d) => d.code)).toEqual(['ETOM030']);
  });
});
