/** Id ordering and the checker's report formats, exactly. */
import { describe, expect, it } from 'vitest';
import { compareIds, isNumericId, pagePath, processPath } from '../../src/model/content/ids.ts';
import { diag, formatGithub, formatText, sortDiagnostics, summarize } from '../../src/model/checks/diagnostics.ts';

describe('compareIds', () => {
  const sign = (a: string, b: string) => Math.sign(compareIds(a, b));
  it('orders numeric ids segment by segment, a prefix first', () => {
    expect(compareIds('1.1.1.2', '1.1.1.10')).toBe(-8);
    expect(compareIds('1.1.1.10', '1.1.1.2')).toBe(8);
    expect(compareIds('1.1', '1.1.1.5')).toBe(-2);
    expect(compareIds('1.1.1.5', '1.1')).toBe(2);
    expect(compareIds('1.2.3', '1.2.3')).toBe(0);
  });
  it('puts numeric ids before slugs, verticals in the framework order, other slugs after them alphabetically', () => {
    expect([sign('1.1', 'billing'), sign('billing', '1.1')]).toEqual([-1, 1]);
    expect([sign('strategy-commit', 'billing'), sign('billing', 'strategy-commit'), sign('billing', 'billing')]).toEqual([-1, 1, 0]);
    expect([sign('billing', 'zeta'), sign('zeta', 'billing')]).toEqual([-1, 1]);
    expect([sign('alpha', 'zeta'), sign('zeta', 'alpha'), sign('alpha', 'alpha')]).toEqual([-1, 1, 0]);
    expect(['zeta', 'billing', '1.2', 'alpha', 'fulfillment', '1.1.3', 'strategy-commit'].sort(compareIds))
      .toEqual(['1.1.3', '1.2', 'strategy-commit', 'fulfillment', 'billing', 'alpha', 'zeta']);
  });
  it('tells numeric ids from slugs, and builds page paths', () => {
    expect(['1', '1.1.1.5', '1.', '.1', '1..1', 'billing', '1a'].map(isNumericId)).toEqual([true, true, false, false, false, false, false]);
    expect(processPath('zh', '1.1.1.5')).toBe('/zh/1.1.1.5/');
    expect(pagePath('it', 'map')).toBe('/it/map/');
    expect(pagePath('it', '')).toBe('/it/');
  });
});

describe('report formats', () => {
  const e = diag('content/en/a.mdx', 3, 7, 'ETOM002', 'bad: 50% done,\r\nreally', 'fix it, please');
  const w = diag('content/it/b.mdx', 1, 1, 'ETOM020', 'old', 'restamp', 'warning');
  it('print the text form with the severity of a warning', () => {
    expect(formatText(e)).toBe('content/en/a.mdx:3:7 ETOM002 bad: 50% done,\r\nreally\n    fix: fix it, please');
    expect(formatText(w)).toBe('content/it/b.mdx:1:1 ETOM020 (warning) old\n    fix: restamp');
  });
  it('escape GitHub workflow commands: %, CR and LF everywhere, and : and , in properties', () => {
    expect(formatGithub(e)).toBe('::error file=content/en/a.mdx,line=3,col=7,title=ETOM002::bad: 50%25 done,%0D%0Areally Fix: fix it, please');
    expect(formatGithub(diag('a:b,c%.mdx', 1, 2, 'ETOM001', 'm', 'h'))).toBe('::error file=a%3Ab%2Cc%25.mdx,line=1,col=2,title=ETOM001::m Fix: h');
    expect(formatGithub(w)).toBe('::warning file=content/it/b.mdx,line=1,col=1,title=ETOM020::old Fix: restamp');
  });
  it('sort by file, line, column, then code', () => {
    const list = [diag('b', 1, 1, 'ETOM002', '', ''), diag('a', 2, 1, 'ETOM001', '', ''), diag('a', 1, 5, 'ETOM001', '', ''), diag('a', 1, 5, 'ETOM000' as never, '', ''), diag('a', 1, 2, 'ETOM009', '', '')];
    expect(sortDiagnostics(list).map((d) => `${d.file}:${d.line}:${d.col}:${d.code}`)).toEqual(['a:1:2:ETOM009', 'a:1:5:ETOM000', 'a:1:5:ETOM001', 'a:2:1:ETOM001', 'b:1:1:ETOM002']);
  });
  it('summarize per file, then the totals, in singular and plural', () => {
    expect(summarize([], 1)).toBe('0 errors, 0 warnings in 1 file');
    expect(summarize([w, e, e, diag('content/en/a.mdx', 9, 1, 'ETOM030', 'short', 'more', 'warning')], 6)).toBe([
      'content/en/a.mdx: 2 errors, 1 warning',
      'content/it/b.mdx: 1 warning',
      '2 errors, 2 warnings in 6 files',
    ].join('\n'));
    expect(summarize([e], 2)).toBe('content/en/a.mdx: 1 error\n1 error, 0 warnings in 2 files');
  });
});
