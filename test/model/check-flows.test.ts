/**
 * Flows, one branch each: steps pointed at by their line, `then` bounds, the length band of the
 * explanation, and translations against the English flow (shape, missing original, freshness stamp).
 * Each case is the valid base tree plus the files written here; the report of the flow files is asserted whole.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSources } from '../../src/model/checks/check.ts';
import { parseSource } from '../../src/model/content/load.ts';
import { FIXTURES, loadFixture } from './helpers.ts';

const ROOT = path.join(FIXTURES, 'base');
const EN = 'content/en/flows/order-to-payment.mdx';
const IT = 'content/it/flows/order-to-payment.mdx';
const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
const flow = (steps: string, body = words(400), extra = '') =>
  `---\nid: "order-to-payment"\ntitle: "Order to Payment"\nsummary: "An order."\n${extra}steps:\n${steps}\n---\n${body}\n`;
const step = (process: string, then = '') => `  - process: "${process}"\n    does: "Does it."${then ? `\n    then: ${then}` : ''}`;
/** Reports on flow files only, as `file:line code message`, for the base tree with these files added or replaced. */
function flowReport(files: Record<string, string>): string[] {
  const byPath = new Map(loadFixture().map((s) => [s.path, s]));
  for (const [rel, raw] of Object.entries(files)) byPath.set(rel, parseSource(path.join(ROOT, rel), raw, ROOT));
  return checkSources([...byPath.values()]).diagnostics.filter((d) => d.file.includes('/flows/')).map((d) => `${d.file}:${d.line} ${d.code} ${d.message}`);
}
const hash = (raw: string) => createHash('sha256').update(raw).digest('hex').slice(0, 12);

describe('a flow on its own', () => {
  it('points at a step written in flow style on the `steps:` line, never at a body line that looks like a step', () => {
    // Line 5 is `steps: [...]`; the body (line 7 on) starts with list items that read like steps.
    const raw = `---\nid: "order-to-payment"\ntitle: "T"\nsummary: "S."\nsteps: [{process: "1.1.1.5.1", does: "A.", then: [3]}, {process: "1.1.1.5", does: "B."}]\n---\n- process: x\n- process: y\n\n${words(400)}\n`;
    expect(flowReport({ [EN]: raw })).toEqual([`${EN}:5 ETOM039 step 1 goes on to step 3, but the flow has 2 steps`]);
  });
  it('finds a step however far its `process:` is indented after the dash', () => {
    const raw = flow(`${step('1.1.1.5.1')}\n  -   process: "1.1.1.5"\n      does: "B."\n      then: [2]`);
    expect(flowReport({ [EN]: raw })).toEqual([`${EN}:8 ETOM039 step 2 names itself in \`then\``]);
  });
  it('accepts `then` up to the last step, and refuses one past it', () => {
    expect(flowReport({ [EN]: flow(`${step('1.1.1.5.1', '[2]')}\n${step('1.1.1.5')}`) })).toEqual([]);
    expect(flowReport({ [EN]: flow(`${step('1.1.1.5.1', '[3]')}\n${step('1.1.1.5')}`) })).toEqual([`${EN}:6 ETOM039 step 1 goes on to step 3, but the flow has 2 steps`]);
  });
  it('holds an English explanation to 300–600 words, bounds included, and a translation not to that band', () => {
    const steps = `${step('1.1.1.5.1')}\n${step('1.1.1.5')}`;
    expect(flowReport({ [EN]: flow(steps, words(300)) })).toEqual([]);
    expect(flowReport({ [EN]: flow(steps, words(600)) })).toEqual([]);
    expect(flowReport({ [EN]: flow(steps, words(299)) })).toEqual([`${EN}:11 ETOM030 the explanation has 299 words; a flow has 300–600`]);
    expect(flowReport({ [EN]: flow(steps, words(601)) })).toEqual([`${EN}:11 ETOM030 the explanation has 601 words; a flow has 300–600`]);
  });
  it('suggests no child for a Level 1 grouping that has none', () => {
    const page = '---\nid: "1.1.2"\ntitle: "Service Management"\nlevel: 1\nparent: "1.1"\nsummary: "Services."\n---\n\nBody.\n';
    const files = { 'content/en/1.1.2.mdx': page, [EN]: flow(`${step('1.1.1.5.1')}\n${step('1.1.2')}`) };
    const r = checkSources([...loadFixture().filter((s) => s.path !== EN), ...Object.entries(files).map(([rel, raw]) => parseSource(path.join(ROOT, rel), raw, ROOT))]);
    expect(r.diagnostics.filter((d) => d.file === EN).map((d) => `${d.line} ${d.code} ${d.hint}`)).toEqual(['8 ETOM037 use one of its Level 2 or Level 3 processes, e.g. a child process']);
  });
});

describe('a flow translation', () => {
  const enRaw = flow(`${step('1.1.1.5.1', '[3]')}\n${step('1.1.1.5')}\n${step('1.1.1.5.1')}`);
  const itFlow = (steps: string, source = hash(enRaw)) => flow(steps, 'Testo.', `source: "${source}"\n`);
  it('differs from the English flow where only a `then` differs, or where it has more steps', () => {
    expect(flowReport({ [EN]: enRaw, [IT]: itFlow(`${step('1.1.1.5.1', '[2]')}\n${step('1.1.1.5')}\n${step('1.1.1.5.1')}`) })).toEqual([
      `${IT}:7 ETOM038 the steps differ from ${EN} from step 1 on (3 steps here, 3 there)`,
    ]);
    expect(flowReport({ [EN]: enRaw, [IT]: itFlow(`${step('1.1.1.5.1', '[3]')}\n${step('1.1.1.5')}\n${step('1.1.1.5.1')}\n${step('1.1.1.5')}`) })).toEqual([
      `${IT}:14 ETOM038 the steps differ from ${EN} from step 4 on (4 steps here, 3 there)`,
    ]);
  });
  it('is not checked against the framework itself: only the English flow names processes', () => {
    expect(flowReport({ [EN]: enRaw, [IT]: itFlow(`${step('9.9.9', '[3]')}\n${step('1.1.1.5')}\n${step('1.1.1.5.1')}`) })).toEqual([
      `${IT}:7 ETOM038 the steps differ from ${EN} from step 1 on (3 steps here, 3 there)`,
    ]);
  });
  it('warns on its `source:` line when the stamp is older than the English flow', () => {
    expect(flowReport({ [EN]: enRaw, [IT]: itFlow(`${step('1.1.1.5.1', '[3]')}\n${step('1.1.1.5')}\n${step('1.1.1.5.1')}`, '0123456789ab') })).toEqual([
      `${IT}:5 ETOM020 translated from an older version of ${EN} (0123456789ab; now ${hash(enRaw)})`,
    ]);
  });
  it('is not told it has no original when the English flow exists but is broken', () => {
    const broken = flow(step('1.1.1.5')); // one step: the schema wants two
    expect(flowReport({ [EN]: broken, [IT]: itFlow(`${step('1.1.1.5.1')}\n${step('1.1.1.5')}`) })).toEqual([`${EN}:5 ETOM002 field "steps": a flow has at least two steps`]);
  });
  it('takes its steps from English pages only: a translated page with another level changes nothing', () => {
    const zhPage = '---\nid: "1.1.1.5"\ntitle: "订单处理"\nlevel: 1\nparent: "1.1.1"\nsummary: "处理订单。"\n---\n\n正文。\n';
    const byPath = [...loadFixture(), parseSource(path.join(ROOT, 'content/zh/1.1.1.5.mdx'), zhPage, ROOT)];
    expect(checkSources(byPath).diagnostics.filter((d) => d.file.includes('/flows/'))).toEqual([]);
  });
});
