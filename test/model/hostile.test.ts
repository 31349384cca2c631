/** Every route on the attack list is refused by the checker, with its code, on its line, with a fix. */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { checkSources } from '../../src/model/checks/check.ts';
import { parseSource } from '../../src/model/content/load.ts';
import { ATTACKS, MARKUP_PAGE } from '../hostile/attacks.ts';
import { FIXTURES, loadFixture } from './helpers.ts';

const FILE = 'content/en/1.1.1.6.mdx';
const withFile = (text: string) => {
  const root = path.join(FIXTURES, 'base');
  return [...loadFixture(), parseSource(path.join(root, FILE), text.replace(/MARKER/g, '/tmp/never'), root)];
};

describe('the attack list', () => {
  it('has an entry for every route the hostile-content issue names', () => {
    expect(ATTACKS.length).toBeGreaterThanOrEqual(50);
    expect(new Set(ATTACKS.map((a) => a.name)).size).toBe(ATTACKS.length);
  });

  for (const a of ATTACKS) {
    it(`refuses: ${a.name} (${a.code}, line ${a.line})`, () => {
      const r = checkSources(withFile(a.text));
      const mine = r.diagnostics.filter((d) => d.file === FILE);
      expect(mine.map((d) => `${d.code}:${d.line}`), JSON.stringify(mine.map((d) => d.message))).toContain(`${a.code}:${a.line}`);
      const hit = mine.find((d) => d.code === a.code && d.line === a.line)!;
      expect(hit.severity).toBe('error');
      expect(hit.hint.length).toBeGreaterThan(10);
      // The rest of the tree is untouched by the attack: every problem is in the attacking file.
      expect(r.diagnostics.filter((d) => d.file !== FILE)).toEqual([]);
    });
  }

  it('accepts frontmatter strings full of markup: they are text, escaped where they land', () => {
    const r = checkSources(withFile(MARKUP_PAGE));
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('reads a file with Windows line ends exactly like the same file with Unix ones', () => {
    const unix = withFile(ATTACKS[0]!.text.replace(/--- \n/, '---\n').replace(/import[\s\S]*$/, 'Text.\n')).at(-1)!;
    const crlf = withFile(unix.raw.replace(/\n/g, '\r\n'));
    expect(unix.raw).not.toContain('\r');
    expect(checkSources(crlf).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const [a, b] = [unix, crlf.at(-1)!];
    expect({ data: b.data, body: b.body, bodyLine: b.bodyLine, fieldLines: b.fieldLines }).toEqual({ data: a.data, body: a.body, bodyLine: a.bodyLine, fieldLines: a.fieldLines });
  });
});
