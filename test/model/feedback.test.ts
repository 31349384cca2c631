/** The mistakes contributors make, each reported once, at the line where it is, in plain words. */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { checkSources } from '../../src/model/checks/check.ts';
import { parseSource } from '../../src/model/content/load.ts';
import { FIXTURES, loadFixture } from './helpers.ts';

const root = path.join(FIXTURES, 'base');
const file = (rel: string, text: string) => parseSource(path.join(root, rel), text, root);
const page = (fm: string, body = 'Text.') => `---\n${fm}\n---\n\n${body}\n`;
const FM = 'id: "1.1.1.6"\ntitle: "Problem Handling"\nlevel: 2\nparent: "1.1.1"\nsummary: "Handles customer problems."\nverticals: [assurance]';
const errors = (...extra: ReturnType<typeof file>[]) =>
  checkSources([...loadFixture(), ...extra]).diagnostics.filter((d) => d.severity === 'error').map((d) => ({ file: d.file, line: d.line, col: d.col, code: d.code, message: d.message, hint: d.hint }));

describe('one message, on the line of the real mistake', () => {
  it('a wrong parent is reported on the parent line, once, and its translation is not told to copy it', () => {
    const en = file('content/en/1.1.1.6.mdx', page(FM.replace('parent: "1.1.1"', 'parent: "1.1"')));
    const it_ = file('content/it/1.1.1.6.mdx', page(FM.replace('title: "Problem Handling"', 'title: "Gestione dei problemi"')));
    expect(errors(en, it_)).toEqual([{
      file: 'content/en/1.1.1.6.mdx', line: 5, col: 1, code: 'ETOM006',
      message: 'parent "1.1" is not the process one level up from 1.1.1.6',
      hint: 'set `parent: "1.1.1"` (Customer Relationship Management, level 1)',
    }]);
  });

  it('a translation of a broken English page is not told it has no original', () => {
    const en = file('content/en/1.1.1.6.mdx', page(FM.replace('level: 2', 'level 2')));
    const it_ = file('content/it/1.1.1.6.mdx', page(FM));
    expect(errors(en, it_).map((d) => `${d.file}:${d.line} ${d.code}`)).toEqual(['content/en/1.1.1.6.mdx:4 ETOM001']);
  });

  it('a key without its colon is named on its own line, with the fix', () => {
    const en = file('content/en/1.1.1.6.mdx', page(FM.replace('level: 2', 'level 2')));
    expect(errors(en)).toEqual([{ file: 'content/en/1.1.1.6.mdx', line: 4, col: 6, code: 'ETOM001', message: 'line 4: `level 2` needs a colon', hint: 'write `level: 2`' }]);
  });

  it('a colon without a space, an unclosed quote, a colon inside a value and a tab each get their own words', () => {
    const cases: [string, string, RegExp][] = [
      ['level:2', 'level: 2', /^line 4: `level:2` needs a space after the colon$/],
      ['title: "Problem Handling', 'title: "Problem Handling"', /^line 3: the value of `title` opens a quote \(\"\) that is never closed on that line$/],
      ['summary: Handles problems: all of them', 'summary: "Handles customer problems."', /^line 6: the value of `summary` contains ": "/],
      ['\tlevel: 2', 'level: 2', /^line 4 starts with a tab$/],
    ];
    for (const [bad, good, message] of cases) {
      const [d, ...rest] = errors(file('content/en/1.1.1.6.mdx', page(FM.replace(good, bad))));
      expect(rest, bad).toEqual([]);
      expect(d?.code, bad).toBe('ETOM001');
      expect(d?.message, bad).toMatch(message);
    }
  });

  it('a bare { in the text is pointed at, with how to write it', () => {
    const en = file('content/en/1.1.1.6.mdx', page(FM, 'Intro.\n\nThe set of {open, pending tickets'));
    expect(errors(en)).toEqual([{ file: 'content/en/1.1.1.6.mdx', line: 12, col: 12, code: 'ETOM016', message: 'line 12, column 12: `{` starts code in MDX and is never closed', hint: 'in MDX, `{` starts code: write `\\{` for a literal brace (and `\\}` for its partner)' }]);
  });

  it('a bare < before a word is pointed at, with how to write it', () => {
    const en = file('content/en/1.1.1.6.mdx', page(FM, 'Intro.\n\nLatency <b under 20 ms.'));
    const [d] = errors(en);
    expect(d).toMatchObject({ line: 12, code: 'ETOM016' });
    expect(d!.hint).toContain('write `\\<` for a literal less-than sign');
  });
});
