/** The contributor's commands, run as a contributor would, in a throwaway copy of the project. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const repo = path.resolve('.');
let dir: string;

function run(cmd: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(cmd, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '', ...env } });
  return { code: r.status, out: r.stdout + r.stderr };
}
const write = (rel: string, text: string) => fs.writeFileSync(path.join(dir, rel), text);
const read = (rel: string) => fs.readFileSync(path.join(dir, rel), 'utf8');

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'etom-cli-'));
  fs.cpSync(path.join(repo, 'test/fixtures/base/content'), path.join(dir, 'content'), { recursive: true });
  fs.cpSync(path.join(repo, 'scripts'), path.join(dir, 'scripts'), { recursive: true });
  fs.cpSync(path.join(repo, 'src/model'), path.join(dir, 'src/model'), { recursive: true });
  fs.copyFileSync(path.join(repo, 'package.json'), path.join(dir, 'package.json'));
  fs.symlinkSync(path.join(repo, 'node_modules'), path.join(dir, 'node_modules'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('npm run new', () => {
  it('creates a new English page that passes the check', () => {
    const r = run('npm', ['run', '-s', 'new', '--', '1.1.1.6', 'Problem Handling']);
    expect(r.code, r.out).toBe(0);
    const text = read('content/en/1.1.1.6.mdx');
    expect(text).toContain('level: 2');
    expect(text).toContain('parent: "1.1.1"');
    expect(text).toMatch(/verticals: \[fulfillment\]/);
    const c = run('npm', ['run', '-s', 'check', '--', 'content/en/1.1.1.6.mdx']);
    expect(c.code, c.out).toBe(0);
  });
  it('refuses an id that exists or has no parent', () => {
    expect(run('npm', ['run', '-s', 'new', '--', '1.1.1.5', 'Again']).out).toContain('exists already');
    const r = run('npm', ['run', '-s', 'new', '--', '1.1.9.1', 'Orphan']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('parent 1.1.9 does not exist');
  });
  it('creates a stamped translation that passes the check', () => {
    const r = run('npm', ['run', '-s', 'new', '--', '--translate', '1.1.1.5', 'it']);
    expect(r.code, r.out).toBe(0);
    expect(read('content/it/1.1.1.5.mdx')).toMatch(/^source: "[0-9a-f]{12}"$/m);
    // Other names stay, to be localized or kept: the search finds them in every language.
    const english = read('content/en/1.1.1.5.mdx').match(/^aliases: .*$/m)?.[0];
    expect(english).toBeDefined();
    expect(read('content/it/1.1.1.5.mdx')).toContain(english!);
    const c = run('npm', ['run', '-s', 'check', '--', 'content/it/1.1.1.5.mdx']);
    expect(c.code, c.out).toBe(0);
    const s = run('node', ['scripts/report-translations.ts']);
    expect(s.out).toMatch(/^it\s+1\s+0\s+\d+$/m);
  });
});

describe('npm run check on a broken page', () => {
  it('names file, line and fix, prints GitHub annotations, and exits 1', () => {
    write('content/en/1.1.1.7.mdx', '---\nid: "1.1.1.7"\ntitle: "Customer QoS/SLA Management"\nlevel: 2\nparent: "1.1.9"\nsummary: "Watches service quality."\nverticals: [assurance]\n---\n\nBody.\n');
    const r = run('npm', ['run', '-s', 'check', '--', 'content/en/1.1.1.7.mdx'], { GITHUB_ACTIONS: 'true' });
    expect(r.code).toBe(1);
    expect(r.out).toContain('content/en/1.1.1.7.mdx:5:1 ETOM004 parent "1.1.9" does not exist');
    expect(r.out).toMatch(/\n    fix: create content\/en\/1\.1\.9\.mdx first/);
    expect(r.out).toContain('::error file=content/en/1.1.1.7.mdx,line=5,col=1,title=ETOM004::parent "1.1.9" does not exist');
    expect(r.out).toMatch(/ETOM004\s+1\s+parent does not exist/);
  });
  it('stops npm run build before Astro runs', () => {
    const r = run('npm', ['run', '-s', 'build']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('content/en/1.1.1.7.mdx:5:1 ETOM004');
    expect(r.out).not.toMatch(/astro|building/i);
    fs.rmSync(path.join(dir, 'content/en/1.1.1.7.mdx'));
  });
});

describe('npm run check -- --fix', () => {
  it('renames a file to its id and copies drifted hierarchy fields, saying what it changed', () => {
    write('content/en/wrong-name.mdx', read('content/en/1.1.1.5.1.mdx').replace('"1.1.1.5.1"', '"1.1.1.5.2"').replace('Determine Customer Order Feasibility', 'Authorize Credit'));
    fs.mkdirSync(path.join(dir, 'content/zh'), { recursive: true });
    write('content/zh/1.1.1.5.mdx', '---\nid: "1.1.1.5"\ntitle: "订单处理"\nlevel: 2\nparent: "1.1.1"\nsummary: "处理客户订单。"\nverticals: [assurance]\n---\n\n正文。\n');
    const r = run('npm', ['run', '-s', 'check', '--', '--fix']);
    expect(r.out).toContain('fixed content/en/wrong-name.mdx: renamed to match id "1.1.1.5.2"');
    expect(r.out).toContain('fixed content/zh/1.1.1.5.mdx: copied verticals from content/en/1.1.1.5.mdx');
    expect(fs.existsSync(path.join(dir, 'content/en/1.1.1.5.2.mdx'))).toBe(true);
    expect(read('content/zh/1.1.1.5.mdx')).toContain('verticals: [fulfillment]');
    expect(r.code, r.out).toBe(0);
  });
});
