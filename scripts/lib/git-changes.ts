/**
 * What a change touches under content/, from git: the files that differ from the base branch (committed,
 * staged, unstaged or untracked) and, per file, the line numbers the change adds or rewrites — so that
 * pull-request annotations land only on the lines the pull request touches.
 */
import { execFileSync } from 'node:child_process';

const git = (args: string[]) => execFileSync('git', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'], timeout: 30_000 });

/** The commit to compare with: CHECK_BASE, else the merge base with origin/main or main. */
export function baseCommit(): string {
  const candidates = [process.env.CHECK_BASE, process.env.GITHUB_BASE_REF && `origin/${process.env.GITHUB_BASE_REF}`, 'origin/main', 'main'].filter((c): c is string => Boolean(c));
  for (const ref of candidates) {
    try {
      return git(['merge-base', 'HEAD', ref]).trim();
    } catch { /* try the next one */ }
  }
  throw new Error(`--changed: cannot find the base branch (tried ${candidates.join(', ')}); set CHECK_BASE to a commit or branch`);
}

export interface Changes {
  /** Changed content files, repository-relative, forward slashes. */
  files: Set<string>;
  /** For each changed file, the lines the change adds or rewrites; `all` for a new file. */
  lines: Map<string, Set<number> | 'all'>;
}

export function contentChanges(base: string): Changes {
  const files = new Set<string>();
  const lines = new Map<string, Set<number> | 'all'>();
  let current: string | undefined;
  // One diff of the work tree against the base covers commits, staged and unstaged edits alike.
  for (const l of git(['diff', '-U0', '--no-color', '--no-renames', base, '--', 'content']).split('\n')) {
    const file = /^\+\+\+ b\/(.+)$/.exec(l)?.[1];
    if (file) { current = file; files.add(file); lines.set(file, new Set()); continue; }
    if (l.startsWith('+++ /dev/null')) { current = undefined; continue; }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(l);
    if (hunk && current) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      const set = lines.get(current) as Set<number>;
      for (let i = 0; i < Math.max(count, 1); i++) set.add(start + i);
    }
  }
  for (const f of git(['ls-files', '--others', '--exclude-standard', '--', 'content']).split('\n').filter(Boolean)) {
    files.add(f);
    lines.set(f, 'all');
  }
  return { files, lines };
}
