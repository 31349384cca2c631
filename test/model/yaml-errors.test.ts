/**
 * Frontmatter mistakes explained: each slip the line scan knows, on the line and column to look at, with
 * the fix; then js-yaml's own reasons in plain words. Problems come from the real reader (splitFrontmatter,
 * parseYaml), as the checker gets them, except where a reason cannot be produced by a file the scan misses.
 */
import { describe, expect, it } from 'vitest';
import { parseYaml, splitFrontmatter } from '../../src/model/content/frontmatter.ts';
import { explainFrontmatterProblem } from '../../src/model/checks/frontmatter/yaml-errors.ts';

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

describe('where the line scan looks, and where it does not', () => {
  it('reads a tab, #, - or key:value only at the start of a line, so such characters later in a line hide no slip', () => {
    expect(explain(fm('title: "A\tB"', 'level 3 # top-level'))).toEqual({ line: 3, col: 6, message: 'line 3: `level 3 # top-level` needs a colon', hint: 'write `level: 3 # top-level`' });
    // `x y:z` has no key at its start: the scan passes it, and js-yaml's reason is all there is.
    expect(explain(fm('x y:z'))).toEqual({ line: 2, col: 1, message: 'line 2: frontmatter must be `key: value` lines, not a single value or a list', hint: GENERIC });
    // Nor is `(x) title: "abc` a field whose quote is open: js-yaml's reason, on its line.
    expect(explain(fm('(x) title: "abc'))).toEqual({ line: 3, col: 1, message: 'line 3: a quoted value is never closed', hint: GENERIC });
  });
  it('shows at most 40 characters of a line without a colon, and 20 of a value after a colon with no space', () => {
    const long = 'summary Takes every customer order from capture to closure';
    expect(explain(fm(long))).toEqual({ line: 2, col: 8, message: 'line 2: `summary Takes every customer order from ` needs a colon', hint: 'write `summary: Takes every customer order from capture to closure`' });
    expect(explain(fm('(this line is not a field of the frontmatter)'))).toMatchObject({ message: 'line 2: `(this line is not a field of the frontma` is not a `key: value` line' });
    expect(explain(fm('summary:Takes every customer order'))).toEqual({ line: 2, col: 8, message: 'line 2: `summary:Takes every customer` needs a space after the colon', hint: 'write `summary: Takes every customer order`' });
  });
  it('finds an open quote after several spaces, and a lone quote, and quotes at most 40 characters of a value to be quoted', () => {
    expect(explain(fm('title:  "abc'))).toMatchObject({ line: 2, col: 9, message: 'line 2: the value of `title` opens a quote (") that is never closed on that line' });
    expect(explain(fm('title: "'))).toMatchObject({ line: 2, col: 8, message: 'line 2: the value of `title` opens a quote (") that is never closed on that line' });
    expect(explain(fm('summary: Handles orders: from capture to closure, every time'))).toMatchObject({ line: 2, col: 24, hint: 'put the whole value in double quotes: summary: "Handles orders: from capture to closure,…"' });
  });
  it('leaves ": " inside single quotes and flow maps alone', () => {
    expect(explain(fm("summary: 'Orders: all'", 'replaces: {a: b}', 'level 3'))).toEqual({ line: 4, col: 6, message: 'line 4: `level 3` needs a colon', hint: 'write `level: 3`' });
  });
  it('names the twice-given key only when the line starts with it (spaces before the colon allowed)', () => {
    expect(explain(fm('title: "A"', 'title : "B"'))).toEqual({ line: 3, col: 1, message: 'line 3: `title` appears twice', hint: 'keep one of the two lines' });
    expect(explain(fm('x y: 1', 'x y: 2'))).toEqual({ line: 3, col: 1, message: 'line 3: `this field` appears twice', hint: 'keep one of the two lines' });
    // A position past the end of the file names no key.
    expect(explainFrontmatterProblem(fm('title: "A"'), { message: 'duplicated mapping key', line: 40, col: 1 })).toEqual({ line: 40, col: 1, message: 'line 40: `this field` appears twice', hint: 'keep one of the two lines' });
  });
  it('keeps the words of any problem of a file that does not start with `---` or whose block is never closed', () => {
    expect(explainFrontmatterProblem('title: "X"\n---\nBody\n', { message: 'odd', line: 1, col: 1 })).toEqual({ line: 1, col: 1, message: 'odd', hint: 'start the file with a line `---`, then the fields, then a line `---`' });
    expect(explainFrontmatterProblem('---\ntitle "X"\n', { message: 'odd', line: 2, col: 3 })).toEqual({ line: 2, col: 3, message: 'odd', hint: 'the frontmatter ends at the first line that is exactly `---`' });
  });
  it('knows a delimiter-like line by its message at any line number', () => {
    const raw = `---\n${Array.from({ length: 10 }, (_, i) => `k${i}: ${i}`).join('\n')}\n--- \n---\n`;
    expect(explain(raw)).toEqual({ line: 12, col: 1, message: expect.stringMatching(/^line 12 is "--- "/), hint: 'the frontmatter ends at the first line that is exactly `---`' });
  });
});
