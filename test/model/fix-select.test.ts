/** `npm run check -- --fix` and file selection, in process (the CLI tests run them only in a child). */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSources } from '../../src/model/checks/check.ts';
import { planFixes, setFields } from '../../src/model/checks/fix.ts';
import { editedWithOriginal, touchedBy } from '../../src/model/checks/select.ts';
import { FIXTURES, loadFixture } from './helpers.ts';
import { parseSource } from '../../src/model/content/load.ts';

const enHash = (rel: string) => createHash('sha256').update(fs.readFileSync(path.join(FIXTURES, 'base', rel))).digest('hex').slice(0, 12);

describe('setFields', () => {
  const raw = '---\nid: "1.1.1.5"\nlevel: 3\nverticals: [assurance]\n---\n\nlevel: body text\n';
  it('replaces, adds and removes top-level keys, keeping the other lines and the body', () => {
    expect(setFields(raw, { level: 2, verticals: ['fulfillment', 'billing'], parent: '1.1.1', replaces: undefined }))
      .toBe('---\nid: "1.1.1.5"\nlevel: 2\nverticals: [fulfillment, billing]\nparent: "1.1.1"\n---\n\nlevel: body text\n');
    expect(setFields(raw, { verticals: undefined })).toBe('---\nid: "1.1.1.5"\nlevel: 3\n---\n\nlevel: body text\n');
  });
});

describe('planFixes', () => {
  it('copies drifted hierarchy fields from the English page into a translation', () => {
    const files = loadFixture('ETOM011');
    const { pages } = checkSources(files);
    const fixes = planFixes(pages, files, new Set());
    const zh = files.find((f) => f.path === 'content/zh/1.1.1.5.mdx')!;
    expect(fixes).toEqual([{ kind: 'write', path: 'content/zh/1.1.1.5.mdx', text: zh.raw.replace('verticals: [assurance]', 'verticals: [fulfillment]'), note: 'copied verticals from content/en/1.1.1.5.mdx' }]);
  });

  it('restamps only the translations it is asked to, and only when the stamp differs', () => {
    const files = loadFixture('ETOM020');
    const { pages } = checkSources(files);
    const it_ = files.find((f) => f.path === 'content/it/1.1.1.5.mdx')!;
    const now = enHash('content/en/1.1.1.5.mdx');
    expect(planFixes(pages, files, new Set())).toEqual([]);
    expect(planFixes(pages, files, new Set(['content/it/1.1.1.5.mdx']))).toEqual([
      { kind: 'write', path: 'content/it/1.1.1.5.mdx', text: it_.raw.replace('source: "0123456789ab"', `source: "${now}"`), note: `source stamp 0123456789ab → ${now}` },
    ]);
    const stamped = files.map((f) => (f === it_ ? { ...f, raw: f.raw.replace('0123456789ab', now), data: { ...f.data, source: now } } : f));
    expect(planFixes(checkSources(stamped).pages, stamped, new Set(['content/it/1.1.1.5.mdx']))).toEqual([]);
  });

  it('restamps a flow translation it is asked to, like a page', () => {
    const files = loadFixture();
    const en = files.find((f) => f.path === 'content/en/flows/order-to-payment.mdx')!;
    const itRaw = en.raw.replace(/^title: .*$/m, 'title: "Dall\'ordine al pagamento"').replace(/^summary:/m, 'source: "0123456789ab"\nsummary:');
    const withIt = [...files, parseSource(path.join(FIXTURES, 'base', 'content/it/flows/order-to-payment.mdx'), itRaw, path.join(FIXTURES, 'base'))];
    const { pages, flows } = checkSources(withIt);
    const now = enHash('content/en/flows/order-to-payment.mdx');
    expect(flows.map((f) => f.file.path).sort()).toEqual(['content/en/flows/order-to-payment.mdx', 'content/it/flows/order-to-payment.mdx']);
    expect(planFixes(pages, withIt, new Set(), flows)).toEqual([]);
    expect(planFixes(pages, withIt, new Set(['content/it/flows/order-to-payment.mdx']), flows)).toEqual([
      { kind: 'write', path: 'content/it/flows/order-to-payment.mdx', text: itRaw.replace('0123456789ab', now), note: `source stamp 0123456789ab → ${now}` },
    ]);
  });

  it('renames a file to its id, unless that name is taken', () => {
    const files = loadFixture('ETOM009');
    const { pages } = checkSources(files);
    expect(planFixes(pages, files, new Set())).toEqual([{ kind: 'rename', from: 'content/en/1.1.1.6.mdx', to: 'content/en/1.1.1.16.mdx', note: 'renamed to match id "1.1.1.16"' }]);
    const dup = loadFixture('ETOM003'); // 1.1.1.6.mdx has id 1.1.1.5, which 1.1.1.5.mdx holds
    expect(planFixes(checkSources(dup).pages, dup, new Set())).toEqual([]);
  });
});

describe('file selection', () => {
  const { pages } = checkSources(loadFixture('ETOM020'));
  it('adds the children and translations of the processes an edited file defines', () => {
    expect([...touchedBy(pages, new Set(['content/en/1.1.1.5.mdx']))].sort()).toEqual(['content/en/1.1.1.5.1.mdx', 'content/en/1.1.1.5.mdx', 'content/it/1.1.1.5.mdx']);
    expect([...touchedBy(pages, new Set(['content/en/1.1.1.5.1.mdx']))]).toEqual(['content/en/1.1.1.5.1.mdx']);
    expect([...touchedBy(pages, new Set(['content/en/gone.mdx']))]).toEqual(['content/en/gone.mdx']);
  });
  it('knows a translation edited with its English original', () => {
    expect([...editedWithOriginal(new Set(['content/en/1.1.1.5.mdx', 'content/it/1.1.1.5.mdx', 'content/zh/1.1.1.mdx', 'content/en/flows/x.mdx', 'content/it/flows/x.mdx', 'README.md']))])
      .toEqual(['content/it/1.1.1.5.mdx', 'content/it/flows/x.mdx']);
  });
});

describe('planFixes, branch by branch', () => {
  const root = path.join(FIXTURES, 'base');
  const en = () => loadFixture().find((f) => f.path === 'content/en/flows/order-to-payment.mdx')!;
  const itFlow = (source: string) => en().raw.replace(/^title: .*$/m, 'title: "Dall\'ordine al pagamento"').replace(/^summary:/m, `${source}summary:`);
  const plan = (extra: [string, string][], restamp: string[]) => {
    const files = [...loadFixture(), ...extra.map(([rel, raw]) => parseSource(path.join(root, rel), raw, root))];
    const { pages, flows } = checkSources(files);
    return planFixes(pages, files, new Set(restamp), flows);
  };
  it('restamps neither an English flow, nor a flow translation with no English flow, nor one already fresh; stamps an unstamped one', () => {
    const now = enHash('content/en/flows/order-to-payment.mdx');
    expect(plan([], ['content/en/flows/order-to-payment.mdx'])).toEqual([]);
    const orphan = itFlow('source: "0123456789ab"\n').replace(/order-to-payment/g, 'lead-to-order');
    expect(plan([['content/it/flows/lead-to-order.mdx', orphan]], ['content/it/flows/lead-to-order.mdx'])).toEqual([]);
    expect(plan([['content/it/flows/order-to-payment.mdx', itFlow(`source: "${now}"\n`)]], ['content/it/flows/order-to-payment.mdx'])).toEqual([]);
    const bare = itFlow('');
    expect(plan([['content/it/flows/order-to-payment.mdx', bare]], ['content/it/flows/order-to-payment.mdx'])).toEqual([
      { kind: 'write', path: 'content/it/flows/order-to-payment.mdx', text: bare.replace(/^(id:.*)$/m, `$1\nsource: "${now}"`), note: `source stamp (none) → ${now}` },
    ]);
  });
  it('copies several drifted fields and restamps in one write, noting each; stamps a page that had none', () => {
    const now = enHash('content/en/1.1.1.5.mdx');
    const zh = '---\nid: "1.1.1.5"\ntitle: "订单处理"\nlevel: 3\nparent: "1.1.1"\nsummary: "处理订单。"\nverticals: [assurance]\naliases: ["客户订单处理"]\n---\n\n正文。\n';
    const want = zh.replace('level: 3', 'level: 2').replace('verticals: [assurance]', 'verticals: [fulfillment]').replace('id: "1.1.1.5"', `id: "1.1.1.5"\nsource: "${now}"`);
    expect(plan([['content/zh/1.1.1.5.mdx', zh]], ['content/zh/1.1.1.5.mdx'])).toEqual([
      { kind: 'write', path: 'content/zh/1.1.1.5.mdx', text: want, note: `copied level, verticals from content/en/1.1.1.5.mdx; source stamp (none) → ${now}` },
    ]);
  });
  it('renames only the first of two files that want the same name', () => {
    const page = (name: string) => [`content/en/${name}.mdx`, '---\nid: "1.1.1.6"\ntitle: "Problem Handling"\nlevel: 2\nparent: "1.1.1"\nsummary: "Problems."\nverticals: [assurance]\n---\n\nBody.\n'] as [string, string];
    expect(plan([page('1.1.1.7'), page('1.1.1.8')], [])).toEqual([{ kind: 'rename', from: 'content/en/1.1.1.7.mdx', to: 'content/en/1.1.1.6.mdx', note: 'renamed to match id "1.1.1.6"' }]);
  });
});

describe('file selection by path', () => {
  it('reads only paths that start with content/', () => {
    expect([...editedWithOriginal(new Set(['old/content/it/a.mdx', 'content/en/a.mdx']))]).toEqual([]);
  });
});
