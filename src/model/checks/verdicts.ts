/**
 * The per-file verdicts of checkFile, kept once per process. One build checks every file twice in one
 * process — the content loader over the whole tree, then the guard ahead of the MDX compiler per page —
 * and they load the checks as two instances (Node and Vite's runner), so the map lives on globalThis,
 * keyed by everything read from the file: a file that changed in any way is checked again. Results are
 * shared; callers copy, never mutate. This module loads nothing else, so `npm run build` can take the
 * worker's verdicts without loading the checker on its main thread.
 */
import type { FileResult } from './check-file.ts';

export interface Verdict { key: string; result: FileResult }

const MEMO_KEY = Symbol.for('etom-atlas.check-file');
export const verdicts: Map<string, Verdict> = ((globalThis as Record<symbol, unknown>)[MEMO_KEY] ??= new Map()) as Map<string, Verdict>;

/** Every verdict kept so far, to hand to another thread (structured-clone safe: plain data only). */
export function exportVerdicts(): [string, Verdict][] {
  return [...verdicts];
}

/**
 * Verdicts reached in another thread (`npm run build` checks in a worker while Astro loads): each is used
 * only for a file read exactly as it was then, since the key is everything read from the file.
 */
export function importVerdicts(entries: [string, Verdict][]): void {
  for (const [path, verdict] of entries) verdicts.set(path, verdict);
}
