/**
 * Translation status on a small hand-made tree: the base fixture (five English pages and one flow) with
 * one fresh Italian page, one outdated, one mostly-English Chinese page and everything else missing.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/model/content/load.ts';
import { restamp, translationStatus } from '../../src/model/content/translations.ts';
import { FIXTURES, loadFixture } from './helpers.ts';

// The hash as `sha256sum file | cut -c1-12` gives it, computed here rather than by the code under test.
const sha = (rel: string) => createHash('sha256').update(fs.readFileSync(path.join(FIXTURES, 'base', rel))).digest('hex').slice(0, 12);
const read = (rel: string) => fs.readFileSync(path.join(FIXTURES, rel), 'utf8');
const at = (rel: string, raw: string) => parseSource(path.join(FIXTURES, 'tree', rel), raw, path.join(FIXTURES, 'tree'));

const FRESH_IT = `---
id: "1.1.1"
source: "${sha('content/en/1.1.1.mdx')}"
title: "Gestione delle relazioni con i clienti"
level: 1
parent: "1.1"
summary: "Tutto ciò che tocca il cliente."
---

Testo tradotto.
`;

function tree() {
  return [
    ...loadFixture(),
    at('content/it/1.1.1.mdx', FRESH_IT),
    at('content/it/1.1.1.5.mdx', read('invalid/ETOM020/content/it/1.1.1.5.mdx')),
    at('content/zh/1.1.1.5.mdx', read('invalid/ETOM031/content/it/1.1.1.5.mdx')),
  ];
}

describe('translation status', () => {
  it('counts fresh, outdated, untranslated and missing pages per locale', () => {
    const [it_, zh] = translationStatus(tree());
    expect(it_).toEqual({
      locale: 'it',
      total: 6,
      fresh: ['1.1.1'],
      outdated: [{ id: '1.1.1.5', path: 'content/it/1.1.1.5.mdx', stamped: '0123456789ab', current: sha('content/en/1.1.1.5.mdx') }],
      untranslated: [],
      missing: ['1.1.1.5.1', '1.1', 'flows/order-to-payment', 'fulfillment'],
    });
    expect(zh).toEqual({
      locale: 'zh',
      total: 6,
      fresh: [],
      outdated: [],
      untranslated: [{ id: '1.1.1.5', path: 'content/zh/1.1.1.5.mdx' }],
      missing: ['1.1.1.5.1', '1.1.1', '1.1', 'flows/order-to-payment', 'fulfillment'],
    });
  });

  it('calls a translation with no stamp outdated', () => {
    const unstamped = FRESH_IT.replace(/^source: .*\n/m, '');
    const [it_] = translationStatus([...loadFixture(), at('content/it/1.1.1.mdx', unstamped)]);
    expect(it_!.fresh).toEqual([]);
    expect(it_!.outdated).toEqual([{ id: '1.1.1', path: 'content/it/1.1.1.mdx', stamped: undefined, current: sha('content/en/1.1.1.mdx') }]);
  });

  it('keys a translation by its id, or by its file name when its frontmatter cannot be read', () => {
    const misnamed = at('content/it/wrong-name.mdx', FRESH_IT);
    const broken = at('content/zh/1.1.1.mdx', '---\nid: "1.1.1\n---\n\nTesto.\n');
    expect(broken.data).toBeUndefined();
    const [it_, zh] = translationStatus([...loadFixture(), misnamed, broken]);
    expect(it_!.fresh).toEqual(['1.1.1']);
    expect(zh!.missing).not.toContain('1.1.1');
    expect(zh!.outdated).toEqual([{ id: '1.1.1', path: 'content/zh/1.1.1.mdx', stamped: undefined, current: sha('content/en/1.1.1.mdx') }]);
  });

  it('restamps in place, or adds the stamp under the id', () => {
    expect(restamp(FRESH_IT, 'abcdefabcdef')).toBe(FRESH_IT.replace(/^source: .*$/m, 'source: "abcdefabcdef"'));
    const unstamped = '---\nid: "1.1.1"\ntitle: "T"\n---\n\nsource: not frontmatter\n';
    expect(restamp(unstamped, 'abcdefabcdef')).toBe('---\nid: "1.1.1"\nsource: "abcdefabcdef"\ntitle: "T"\n---\n\nsource: not frontmatter\n');
  });
});
