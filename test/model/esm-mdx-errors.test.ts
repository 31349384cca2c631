/** Import/export blocks statement by statement, and MDX parser errors in plain words, exactly. */
import { describe, expect, it } from 'vitest';
import { checkEsm } from '../../src/model/checks/body/esm-check.ts';
import { mdxSyntaxDiagnostic } from '../../src/model/checks/body/mdx-errors.ts';
import { parseSource } from '../../src/model/content/load.ts';

const HINT = "content may only import { Aside, Badge, Card, CardGrid, Steps, Tabs, TabItem } from '@astrojs/starlight/components'";
const MOD = '@astrojs/starlight/components';
const refused = (names: string, from: string, line: number, col: number) => ({ code: 'ETOM012', message: `import of ${names} from "${from}" is not allowed`, hint: HINT, line, col });

describe('import and export blocks', () => {
  it('accept named imports of the allowed components, and return them', () => {
    expect(checkEsm(`import { Aside, Badge } from '${MOD}';`)).toEqual({ findings: [], imported: ['Aside', 'Badge'] });
  });
  it('refuse renamed, namespace, bare, default and side-effect imports, unknown components and import attributes', () => {
    expect(checkEsm(`import { Aside as Note } from '${MOD}'; import * as all from '${MOD}';`)).toEqual({ findings: [refused('Note', MOD, 0, 1), refused('all', MOD, 0, 64)], imported: [] });
    expect(checkEsm(`import '${MOD}';\nimport x from 'fs';\nimport 'side-effect';`)).toEqual({ findings: [refused(MOD, MOD, 0, 1), refused('x', 'fs', 1, 1), refused('side-effect', 'side-effect', 2, 1)], imported: [] });
    expect(checkEsm(`import { Chart } from '${MOD}'; import { Aside } from '${MOD}' with { type: 'json' };`)).toEqual({ findings: [refused('Chart', MOD, 0, 1), refused(MOD, MOD, 0, 56)], imported: ['Aside'] });
  });
  it('refuse exports and any other statement, each at its line and column', () => {
    expect(checkEsm('export const a = 1;\n  console.log(1);').findings).toEqual([
      { code: 'ETOM013', message: 'content may not export anything (exports run code at build time)', hint: 'remove the `export`; put data in the frontmatter instead', line: 0, col: 1 },
      { code: 'ETOM013', message: 'content may not contain JavaScript (ExpressionStatement)', hint: 'remove it; a page is Markdown, not code', line: 1, col: 3 },
    ]);
  });
  it('report a block that does not parse', () => {
    expect(checkEsm('import {')).toEqual({ findings: [{ code: 'ETOM016', message: 'this import/export line is not valid JavaScript: Parse failed with 1 error:', hint: HINT, line: 0, col: 1 }], imported: [] });
  });
});

describe('MDX syntax errors', () => {
  // The body starts on line 4 of this file.
  const file = parseSource('/x/content/en/a.mdx', '---\nid: "a"\n---\n\nx', '/x');
  const say = (m: string) => { const d = mdxSyntaxDiagnostic(file, new Error(m)); return `${d.line}:${d.col} ${d.code} ${d.message} | ${d.hint}`; };
  const BRACE = 'in MDX, `{` starts code: write `\\{` for a literal brace (and `\\}` for its partner)';
  const ANGLE = 'in MDX, `<` followed by a letter starts an element: write `\\<` for a literal less-than sign, or "less than"';
  it('put the parser position on the file line and name the cause', () => {
    expect(say('3:5: Unexpected end of file in expression, expected a corresponding closing brace for `{` (micromark-extension-mdx-expression:unexpected-eof)')).toBe(`6:5 ETOM016 line 6, column 5: \`{\` starts code in MDX and is never closed | ${BRACE}`);
    expect(say('2:1: Expected a closing tag for `<kbd>` (1:1-1:6) before the end of `paragraph` (mdx-jsx:end-tag-mismatch)')).toBe(`5:1 ETOM016 line 5, column 1: \`<kbd>\` is read as an element and is never closed | ${ANGLE}; or close it with \`</kbd>\``);
    expect(say('1:2: Unexpected character `1` (U+0031) before name, expected a character that can start a name')).toBe(`4:2 ETOM016 line 4, column 2: \`<\` starts an element in MDX, and no complete tag follows it | ${ANGLE}`);
    expect(say('4:4: Unexpected lazy line in jsx')).toBe(`7:4 ETOM016 line 7, column 4: MDX cannot read this: Unexpected lazy line in jsx | ${ANGLE}`);
    expect(say('7:1: Unexpected thing')).toBe(`10:1 ETOM016 line 10, column 1: MDX cannot read this: Unexpected thing | ${BRACE}; ${ANGLE}`);
    expect(say('something odd\nsecond line')).toBe(`4:1 ETOM016 line 4, column 1: MDX cannot read this: something odd | ${BRACE}; ${ANGLE}`);
  });
  it('reads a position only at the very start, with any number of digits and with or without a space after it', () => {
    expect(say('12:34: Unexpected thing')).toBe(`15:34 ETOM016 line 15, column 34: MDX cannot read this: Unexpected thing | ${BRACE}; ${ANGLE}`);
    expect(say('2:3:Unexpected thing')).toBe(`5:3 ETOM016 line 5, column 3: MDX cannot read this: Unexpected thing | ${BRACE}; ${ANGLE}`);
    // A position further in is part of the text, not where the problem is.
    expect(say('at 2:3: Unexpected thing')).toBe(`4:1 ETOM016 line 4, column 1: MDX cannot read this: at 2:3: Unexpected thing | ${BRACE}; ${ANGLE}`);
  });
  it("drops the parser's rule name at the end of the message, and only there", () => {
    const plain = (m: string) => say(m).replace(/^.*MDX cannot read this: (.*) \|.*$/, '$1');
    expect(plain('7:1: Could not parse import/exports with acorn (micromark-extension-mdxjs-esm:acorn)')).toBe('Could not parse import/exports with acorn');
    expect(plain('7:1: Unexpected thing(mdx-esm:acorn)  ')).toBe('Unexpected thing');
    expect(plain('7:1: Unexpected thing (a:b) here')).toBe('Unexpected thing (a:b) here');
    expect(plain('7:1: Unexpected thing (A:B)')).toBe('Unexpected thing (A:B)');
  });
});
