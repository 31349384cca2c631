/** What content/ may hold: every kind of entry that is refused, and the files that are read. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listContentFiles, loadSources } from '../../src/model/content/load.ts';

let root: string;
const rel = (p: string) => path.relative(root, p).split(path.sep).join('/');
const put = (p: string, text = '---\nid: "x"\n---\n') => { fs.mkdirSync(path.dirname(path.join(root, p)), { recursive: true }); fs.writeFileSync(path.join(root, p), text); };

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'etom-load-'));
  put('content/en/1.1.mdx');
  put('content/en/flows/o2p.mdx');
  put('content/en/notes.md');
  put('content/en/pic.png');
  put('content/en/flows/old.txt');
  put('content/en/flows/deeper/x.mdx');
  put('content/en/sub/1.2.mdx');
  put('content/README.md');
  put('outside/secret.mdx');
  fs.symlinkSync(path.join(root, 'outside/secret.mdx'), path.join(root, 'content/en/link.mdx'));
  fs.symlinkSync(path.join(root, 'outside'), path.join(root, 'content/fr'));
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('listContentFiles', () => {
  it('reads .mdx files in locale folders and flows/, and refuses everything else with its reason (in locale order)', () => {
    const l = listContentFiles(path.join(root, 'content'));
    expect(l.files.map(rel)).toEqual(['content/en/1.1.mdx', 'content/en/flows/o2p.mdx']);
    expect(l.refused.map((r) => [rel(r.file), r.refusal.message, r.refusal.hint])).toEqual([
      ['content/en/flows/deeper', 'is a folder; content/en/flows/ holds only <id>.mdx files', 'move the files up, or delete the folder'],
      ['content/en/flows/old.txt', 'is not an .mdx file', 'delete it, or rename it to <id>.mdx'],
      ['content/en/link.mdx', 'is a symbolic link; the site is built only from regular files inside content/', 'replace the link by the file itself'],
      ['content/en/notes.md', 'is a .md file: only .mdx files are content (and only they are checked)', 'rename it to notes.mdx'],
      ['content/en/pic.png', 'is not an .mdx file', 'delete it, or rename it to <id>.mdx'],
      ['content/en/sub', 'is a folder; content/en/ (besides flows/) holds only <id>.mdx files', 'move the files up, or delete the folder'],
      ['content/fr', 'is a symbolic link; content folders must be real folders', 'replace the link by a folder holding the files themselves'],
      ['content/README.md', 'is a file directly inside content/; files belong in content/<locale>/', 'move it into content/en/ (or it/, zh/), or delete it'],
    ]);
  });
  it('finds nothing in a missing folder', () => {
    expect(listContentFiles(path.join(root, 'nowhere'))).toEqual({ files: [], refused: [] });
  });
});

describe('loadSources', () => {
  it('reads each file with its locale, name and kind, and turns each refusal into a placeholder', () => {
    const s = loadSources(path.join(root, 'content'), root);
    expect(s.map((f) => [f.path, f.locale, f.name, f.kind, Boolean(f.refused)])).toEqual([
      ['content/en/1.1.mdx', 'en', '1.1', 'process', false],
      ['content/en/flows/o2p.mdx', 'en', 'o2p', 'flow', false],
      ['content/en/flows/deeper', 'flows', 'deeper', 'process', true],
      ['content/en/flows/old.txt', 'flows', 'old.txt', 'process', true],
      ['content/en/link.mdx', 'en', 'link.mdx', 'process', true],
      ['content/en/notes.md', 'en', 'notes.md', 'process', true],
      ['content/en/pic.png', 'en', 'pic.png', 'process', true],
      ['content/en/sub', 'en', 'sub', 'process', true],
      ['content/fr', 'content', 'fr', 'process', true],
      ['content/README.md', 'content', 'README.md', 'process', true],
    ]);
    const [page] = s;
    expect({ data: page!.data, body: page!.body, bodyLine: page!.bodyLine, fieldLines: page!.fieldLines }).toEqual({ data: { id: 'x' }, body: '', bodyLine: 4, fieldLines: { id: 2 } });
  });
  it('reads only the given files when asked', () => {
    expect(loadSources('unused', root, [path.join(root, 'content/en/1.1.mdx')]).map((f) => f.path)).toEqual(['content/en/1.1.mdx']);
  });
});
