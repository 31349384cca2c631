/**
 * Frontmatter mistakes explained: each slip the line scan knows, on the line and column to look at, with
 * the fix; then js-yaml's own reasons in plain words. Problems come from the real reader (splitFrontmatter,
 * parseYaml), as the checker gets them, except where a reason cannot be produced by a file the scan misses.
 */
import { describe, expect, it } from 'vitest';
import { parseYaml, splitFrontmatter } from '../../src/model/content/frontmatter.ts';
import { explainFrontmatterProblem } from '../../src/model/checks/yaml-errors.ts';

const GENERIC = 'one `key: value` per line; put a value in double quotes when it contains ": " or starts with a special character';

function explain(raw: string) {
  const split = splitFrontmatter(raw);
  const problem = split.problem ?? parseYaml(split.yaml!, 2).problem;
  expect(problem, 'the file must have a frontmatter problem').toBeDefined();
  return explainFrontmatterProblem(raw, problem!);
}
const fm = (...lines: string[]) => `---\n${lines.join('\n')}\n---\n\nBody.\n`;

describe('slips the line scan recognises', () => {
  it('a tab at the start of a line', () => {
    expect(explain(fm('title: "X"', '\tlevel: 2'))).toEqual({ line: 3, col: 1, message: 'line 3 starts with a tab', hint: 'indent with spaces, never tabs' });
  });
  it('a missing colon, with the line as it should be', () => {
    expect(explain(fm('title: "X"', 'level 3'))).toEqual({ line: 3, col: 6, message: 'line 3: `level 3` needs a colon', hint: 'write `level: 3`' });
  });
  it('a line that is no field at all', () => {
    expect(explain(fm('title: "X"', '(oops)'))).toEqual({ line: 3, col: 1, message: 'line 3: `(oops)` is not a `key: value` line', hint: GENERIC });
  });
  it('a missing space after the colon', () => {
    expect(explain(fm('level:3', 'title: "X"'))).toEqual({ line: 2, col: 6, message: 'line 2: `level:3` needs a space after the colon', hint: 'write `level: 3`' });
  });
  it('a quote opened and never closed on its line, double or single', () => {
    expect(explain(fm('title: "Order Handling', 'level: 2'))).toEqual({ line: 2, col: 8, message: 'line 2: the value of `title` opens a quote (") that is never closed on that line', hint: 'end the value with "; inside double quotes write \\" for a quote character' });
    expect(explain(fm('level: 2', "summary: 'Takes orders"))).toEqual({ line: 3, col: 10, message: "line 3: the value of `summary` opens a quote (') that is never closed on that line", hint: 'end the value with \'; inside double quotes write \\" for a quote character' });
  });
  it('a colon and space inside an unquoted value, with the value quoted (its own quotes escaped) as the fix', () => {
    expect(explain(fm('title: "X"', 'summary: Handles orders: from capture'))).toEqual({ line: 3, col: 24, message: 'line 3: the value of `summary` contains ": ", which YAML reads as the start of another field', hint: 'put the whole value in double quotes: summary: "Handles orders: from capture…"' });
    expect(explain(fm('summary: Say "hi": now'))).toMatchObject({ line: 2, col: 18, hint: 'put the whole value in double quotes: summary: "Say \\"hi\\": now…"' });
  });
  it('skips blank, indented, comment and list lines, and closed quotes with a comment, to find the slip below them', () => {
    const raw = fm('# note: here', 'title: "Closed" # fine: here', '', 'aliases:', '  - one: two', "verticals: ['a']", '- stray: item', 'level 3');
    expect(explain(raw)).toEqual({ line: 9, col: 6, message: 'line 9: `level 3` needs a colon', hint: 'write `level: 3`' });
  });
});

describe('problems with the block itself keep their own words', () => {
  it('no block: the fix is to start one', () => {
    const r = explain('title: "X"\n');
    expect(r).toEqual({ line: 1, col: 1, message: expect.stringMatching(/^no frontmatter block/), hint: 'start the file with a line `---`, then the fields, then a line `---`' });
  });
  it('a block never closed, or a line that only looks like its end', () => {
    const hint = 'the frontmatter ends at the first line that is exactly `---`';
    expect(explain('---\ntitle: "X"\nlevel 3\n')).toEqual({ line: 1, col: 1, message: expect.stringMatching(/never closed/), hint });
    expect(explain('---\ntitle: "X"\n--- \nlevel 3\n---\n')).toEqual({ line: 3, col: 1, message: expect.stringMatching(/^line 3 is "--- "/), hint });
  });
});

describe('js-yaml reasons the scan does not foresee', () => {
  it('a field given twice, named when its line reads as a key', () => {
    expect(explain(fm('title: "A"', 'level: 2', 'title: "B"'))).toEqual({ line: 4, col: 1, message: 'line 4: `title` appears twice', hint: 'keep one of the two lines' });
    expect(explain(fm('"title": "A"', '"title": "B"'))).toEqual({ line: 3, col: 1, message: 'line 3: `this field` appears twice', hint: 'keep one of the two lines' });
  });
  it.each([
    ['unexpected end of the stream within a double quoted scalar', 'a quoted value is never closed'],
    ['unexpected end of the stream within a single quoted scalar', 'a quoted value is never closed'],
    ['bad indentation of a mapping entry', 'this line is indented where YAML does not expect it'],
    ['duplicated mapping key', 'a field appears twice'],
    ['end of the stream or a document separator is expected', 'end of the stream or a document separator is expected'],
  ])('%s → "%s", at js-yaml\'s position', (reason, words) => {
    // A file the scan finds nothing wrong with, so the reason is all there is to explain.
    expect(explainFrontmatterProblem(fm('title: "X"', 'level: 2'), { message: reason, line: 3, col: 4 })).toEqual(
      reason === 'duplicated mapping key' ? { line: 3, col: 1, message: 'line 3: `level` appears twice', hint: 'keep one of the two lines' } : { line: 3, col: 4, message: `line 3: ${words}`, hint: GENERIC },
    );
  });
});
