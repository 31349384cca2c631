/**
 * One child process for the bench, never waited on blindly: it runs in its own process group, its peak
 * RSS is sampled from /proc, and it is killed (the whole group, by PID) when it outlives its timeout or
 * stays alive more than GRACE_MS after printing its "done" line — a build that logged "Complete!" and
 * then hung at exit (a V8 worker keeping the main thread, nodejs/node#54918) is reported, not waited for.
 */
import fs from 'node:fs';
import { spawn } from 'node:child_process';

export interface ChildResult {
  ok: boolean;
  /** Seconds from start to the done line (or to exit when there is none). */
  seconds: number;
  exitSeconds: number;
  /** Peak resident memory of the main process, bytes (0 where /proc is not available). */
  peakRss: number;
  /**
   * CPU seconds (user + system) of every process in the group, sampled from /proc every 100 ms, so up to
   * 0.1 s per process short. Less sensitive than wall time to other load on a shared machine.
   */
  cpuSeconds: number;
  output: string;
  /** Each output line with the second it arrived at, for phase times. */
  lines: { t: number; text: string }[];
  /** 'exit', 'hung after done' (killed once the grace time passed) or 'timeout' (killed). */
  ending: 'exit' | 'hung after done' | 'timeout';
  status: number | null;
}

const GRACE_MS = 10_000;

function rssPeak(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

const TICKS = 100; // USER_HZ: /proc reports CPU time in 1/100 s on Linux

/** utime + stime in ticks of each live process whose process group is `pgid`. */
function groupTicks(pgid: number, into: Map<number, number>): void {
  let names: string[];
  try { names = fs.readdirSync('/proc'); } catch { return; }
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try { stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8'); } catch { continue; }
    // Fields after the command name (which may hold spaces) start at state: pgrp is the 3rd, utime the 12th.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(f[2]) !== pgid) continue;
    const ticks = Number(f[11]) + Number(f[12]);
    into.set(Number(name), Math.max(into.get(Number(name)) ?? 0, ticks));
  }
}

function killGroup(pid: number): void {
  try { process.kill(-pid, 'SIGKILL'); } catch { /* already gone */ }
}

export function runChild(args: string[], opts: { cwd: string; timeoutMs: number; done: RegExp; graceMs?: number; env?: NodeJS.ProcessEnv }): Promise<ChildResult> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { cwd: opts.cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...opts.env } });
    const pid = child.pid!;
    let output = '';
    let partial = '';
    const lines: ChildResult['lines'] = [];
    let doneAt: number | undefined;
    let ending: ChildResult['ending'] = 'exit';
    let peakRss = 0;
    let grace: NodeJS.Timeout | undefined;
    const onData = (b: Buffer) => {
      output += b.toString();
      const t = (performance.now() - t0) / 1000;
      const parts = (partial + b.toString()).split('\n');
      partial = parts.pop()!;
      for (const text of parts) lines.push({ t, text });
      if (doneAt === undefined && opts.done.test(output)) {
        doneAt = performance.now();
        grace = setTimeout(() => { ending = 'hung after done'; killGroup(pid); }, opts.graceMs ?? GRACE_MS);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    const ticks = new Map<number, number>();
    const sampler = setInterval(() => { peakRss = Math.max(peakRss, rssPeak(pid)); groupTicks(pid, ticks); }, 100);
    const timer = setTimeout(() => { ending = 'timeout'; killGroup(pid); }, opts.timeoutMs);
    child.on('exit', (status) => {
      const end = performance.now();
      clearInterval(sampler); clearTimeout(timer); if (grace) clearTimeout(grace);
      // Anything the build left behind in its group (Pagefind, workers' children) goes with it.
      killGroup(pid);
      const seconds = ((doneAt ?? end) - t0) / 1000;
      if (partial) lines.push({ t: (end - t0) / 1000, text: partial });
      const cpuSeconds = [...ticks.values()].reduce((a, b) => a + b, 0) / TICKS;
      resolve({ ok: status === 0 || ending === 'hung after done', seconds, exitSeconds: (end - t0) / 1000, peakRss, cpuSeconds, output, lines, ending, status });
    });
  });
}
