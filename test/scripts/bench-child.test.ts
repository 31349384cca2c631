/** The bench's child runner: a build that hangs after "Complete!" or outlives its timeout is killed and reported. */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { runChild } from '../../scripts/bench/child.ts';
import { buildPhases } from '../../scripts/bench/build-figures.ts';

const node = (code: string) => ['-e', code];
/** Running, not merely a zombie waiting for whoever inherited it to reap it. */
const alive = (pid: number) => { try { return !/^State:\s+Z/m.test(fs.readFileSync(`/proc/${pid}/status`, 'utf8')); } catch { return false; } };

describe('bench child runner', () => {
  it('a child that exits is timed to its done line, with its peak memory and timestamped lines', async () => {
    const r = await runChild(node("console.log('work'); setTimeout(() => { console.log('Complete!'); }, 300)"), { cwd: '.', timeoutMs: 20_000, done: /Complete!/ });
    expect(r.ending).toBe('exit');
    expect(r.ok).toBe(true);
    expect(r.lines.map((l) => l.text)).toEqual(['work', 'Complete!']);
    expect(r.seconds).toBeGreaterThanOrEqual(0.3);
    expect(r.peakRss).toBeGreaterThan(1024 * 1024);
  });

  it('a child that hangs after its done line is killed with its whole process group, and reported', async () => {
    // The grandchild stands for a worker or a helper binary the build started: it must go too.
    const code = "const c = require('child_process').spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' }); console.log('pid ' + c.pid); console.log('Complete!'); setInterval(() => {}, 1000);";
    const r = await runChild(node(code), { cwd: '.', timeoutMs: 20_000, done: /Complete!/, graceMs: 500 });
    expect(r.ending).toBe('hung after done');
    expect(r.ok).toBe(true);
    expect(r.exitSeconds).toBeLessThan(10);
    const grandchild = Number(/pid (\d+)/.exec(r.output)![1]);
    await expect.poll(() => alive(grandchild), { timeout: 3000 }).toBe(false);
  });

  it('a child that never gets done is killed at its timeout and fails', async () => {
    const r = await runChild(node('setInterval(() => {}, 1000)'), { cwd: '.', timeoutMs: 800, done: /Complete!/ });
    expect(r.ending).toBe('timeout');
    expect(r.ok).toBe(false);
    expect(r.exitSeconds).toBeLessThan(10);
  });

  it('counts the CPU time of the whole process group, a grandchild that has exited included', async () => {
    // Each burns 0.6 s of its own CPU time (not wall time, which a loaded machine stretches).
    const burn = 'const t = process.cpuUsage(); while ((process.cpuUsage(t).user + process.cpuUsage(t).system) < 6e5);';
    const code = `const c = require('child_process').spawn(process.execPath, ['-e', ${JSON.stringify(burn)}], { stdio: 'ignore' }); ${burn} c.on('exit', () => console.log('Complete!'));`;
    const r = await runChild(node(code), { cwd: '.', timeoutMs: 60_000, done: /Complete!/ });
    expect(r.ending).toBe('exit');
    // Two processes × 0.6 s, less up to one 100 ms sample each; a count of one process alone stays under 1 s.
    expect(r.cpuSeconds).toBeGreaterThan(1.0);
    expect(r.cpuSeconds).toBeLessThan(5);
  });
});

describe('bench build phases', () => {
  const at = (t: number, text: string) => ({ t, text });
  it('splits our build at the content check line, and a peer build from start-up', () => {
    const astro = [at(3, '\x1b[2m10:00:00\x1b[22m Syncing content'), at(5, 'Synced content'), at(9, 'generating static routes'), at(20, '[starlight:pagefind] Building search index'), at(23, 'Complete!')];
    const ours = buildPhases([at(0.8, '0 errors, 0 warnings in 12 files (checked in 0.61 s)'), ...astro]);
    expect([...ours]).toEqual([['content check (ours)', 0.8], ['startup, config', 2.2], ['content sync', 2], ['types, build setup', 4], ['render', 11], ['Pagefind', 3]]);
    const peer = buildPhases(astro);
    expect([...peer]).toEqual([['startup, config', 3], ['content sync', 2], ['types, build setup', 4], ['render', 11], ['Pagefind', 3]]);
  });
});
