/**
 * Last-commit date of every file under content/, from one `git log` per build (Starlight's own
 * last-updated only looks inside src/content/docs). Outside a git checkout there are simply no dates.
 */
import { execFileSync } from 'node:child_process';

let cache: Map<string, Date> | undefined;

export function contentDates(): Map<string, Date> {
  if (cache) return cache;
  cache = new Map();
  try {
    const out = execFileSync('git', ['log', '--format=%x00%ct', '--name-only', '--', 'content'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
    for (const block of out.split('\0').slice(1)) {
      const [ts, ...files] = block.trim().split('\n');
      for (const f of files) if (f && !cache.has(f)) cache.set(f, new Date(Number(ts) * 1000));
    }
  } catch {
    // Not a git checkout (e.g. a source tarball): pages show no date rather than a wrong one.
  }
  return cache;
}
