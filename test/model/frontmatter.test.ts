/** How every file is split and its YAML read (the checker, the build and the dev server share these). */
import { describe, expect, it } from 'vitest';
import { compiledSource, fieldLines, parseYaml, splitFrontmatter } from '../../src/model/content/frontmatter.ts';

const NO_BLOCK = 'no frontmatter block: the file must start with a line that is exactly `---`, then the fields, then a line that is exactly `---`';
const delimiter = (n: number, shown: string) => `line ${n} is ${shown}: only a line that is exactly \`---\` (nothing before or after it) may end the frontmatter`;

describe('splitFrontmatter', () => {
  it('reads a byte-order mark and CRLF or CR line ends as a plain file', () => {
    expect(splitFrontmatter('\uFEFF---\r\nid: "1"\r\n---\r\nBody\rx')).toEqual({ text: '---\nid: "1"\n---\nBody\nx', yaml: 'id: "1"', body: 'Body\nx', bodyLine: 4, blockLines: 3 });
    expect(splitFrontmatter('---\n---\nb')).toEqual({ text: '---\n---\nb', yaml: '', body: 'b', bodyLine: 3, blockLines: 2 });
  });
  it('refuses a file with no block, a block never closed, and a delimiter-like line inside the block', () => {
    const none = (text: string, message: string, line = 1) => ({ text, body: text, bodyLine: 1, blockLines: 0, problem: { message, line, col: 1 } });
    expect(splitFrontmatter('id: 1\n')).toEqual(none('id: 1\n', NO_BLOCK));
    expect(splitFrontmatter('---\nid: 1\n')).toEqual(none('---\nid: 1\n', 'the frontmatter is never closed: add a line that is exactly `---` after the fields'));
    expect(splitFrontmatter('---\nid: 1\n--- \nx\n---\nb')).toEqual(none('---\nid: 1\n--- \nx\n---\nb', delimiter(3, '"--- "'), 3));
    expect(splitFrontmatter('---\nid: 1\n+++\n---\n')).toEqual(none('---\nid: 1\n+++\n---\n', delimiter(3, '"+++"'), 3));
    expect(splitFrontmatter('---\nid: 1\n---x\n')).toEqual(none('---\nid: 1\n---x\n', delimiter(3, '"---x"'), 3));
  });
});

describe('parseYaml', () => {
  it('accepts key: value lines with the JSON schema (a date stays a string)', () => {
    expect(parseYaml('a: 2020-01-01\nb: [1, x]', 2)).toEqual({ data: { a: '2020-01-01', b: [1, 'x'] } });
  });
  it('refuses empty, scalar and list frontmatter, and reports js-yaml errors on the file line', () => {
    expect(parseYaml('', 2)).toEqual({ problem: { message: 'frontmatter is empty', line: 2, col: 1 } });
    expect(parseYaml('null', 5)).toEqual({ problem: { message: 'frontmatter is empty', line: 5, col: 1 } });
    for (const y of ['- a', '"x"']) expect(parseYaml(y, 2)).toEqual({ problem: { message: 'frontmatter must be `key: value` lines, not a single value or a list', line: 2, col: 1 } });
    expect(parseYaml('a: 1\na: 2', 2)).toEqual({ problem: { message: 'duplicated mapping key', line: 3, col: 1 } });
    expect(parseYaml('a: 1\nb: c: d', 10)).toEqual({ problem: { message: 'bad indentation of a mapping entry', line: 11, col: 5 } });
  });
});

describe('fieldLines and compiledSource', () => {
  it('give each top-level key its first line', () => {
    expect(fieldLines('id: 1\n  sub: 2\nid: 3\ntitle : x\n# c: 1\n_k-x: 1', 2)).toEqual({ id: 2, title: 5, '_k-x': 7 });
  });
  it('hand the compiler the body behind an empty block of the same height', () => {
    expect(compiledSource(splitFrontmatter('---\na: 1\nb: 2\n---\nBody'))).toBe('---\n\n\n---\nBody');
    expect(compiledSource(splitFrontmatter('---\n---\nBody'))).toBe('---\n---\nBody');
    expect(compiledSource(splitFrontmatter('x'))).toBe('---\n---\nx');
  });
});
