/**
 * The content check of `npm run build`, run in a worker thread so that it overlaps Astro's start-up (loading
 * Astro alone takes about half a second on one core). It posts the report's lines, whether it found an
 * error, and every per-file verdict, which the main thread hands to the collection loader and the MDX guard: each file is still
 * checked once per build.
 */
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { loadSources } from '../../src/model/content/load.ts';
import { checkSources } from '../../src/model/checks/check.ts';
import { formatText, summarize } from '../../src/model/checks/diagnostics.ts';
import { exportVerdicts } from '../../src/model/checks/verdicts.ts';

const { root } = workerData as { root: string };
const t0 = performance.now();
const sources = loadSources(path.join(root, 'content'), root);
const { diagnostics } = checkSources(sources);
const seconds = (performance.now() - t0) / 1000;
const lines = [...diagnostics.map(formatText), ...(diagnostics.length ? [''] : []), `${summarize(diagnostics, sources.length)} (checked in ${seconds.toFixed(2)} s)`];
parentPort!.postMessage({ lines, failed: diagnostics.some((d) => d.severity === 'error'), verdicts: exportVerdicts() });
