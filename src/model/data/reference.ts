/**
 * The reference facts in data/reference/ (see its README): the classic eTOM processes and, for each,
 * its names and ids in later GB921 releases. Read by tests and by the site (later-release names).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

export const REFERENCE_DIR = path.resolve(import.meta.dirname, '../../../data/reference');

export interface ReferenceProcess {
  id: string;
  name: string;
  level: number;
  parent: string | undefined;
  /** Vertical grouping names as the source gives them (Level 2 only), e.g. "Fulfillment". */
  verticals: string[];
  source: string;
}

export interface LaterRelease {
  id: string;
  /** GB921 v21.0: the name and the domain-based id, when that release has the process. */
  v21?: { id?: string; name?: string };
  /** GB921 v25.5, likewise. */
  v25?: { id?: string; name?: string };
}

function readCsv(file: string): Record<string, string>[] {
  const p = path.join(REFERENCE_DIR, file);
  if (!fs.existsSync(p)) throw new Error(`reference file ${p} is missing: it is part of the repository (data/reference/)`);
  return parse(fs.readFileSync(p, 'utf8'), { columns: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];
}

export function referenceProcesses(): ReferenceProcess[] {
  return readCsv('etom-processes.csv').map((r) => ({
    id: r.id!,
    // Three source rows carry a double space inside the name: a transcription slip, not a different name.
    name: r.name!.replace(/\s+/g, ' '),
    level: Number(r.level),
    parent: r.parent || undefined,
    verticals: (r.verticals ?? '').split('|').map((v) => v.trim()).filter(Boolean),
    source: r.source ?? '',
  }));
}

const part = (id: string | undefined, name: string | undefined) => (id || name ? { ...(id ? { id } : {}), ...(name ? { name } : {}) } : undefined);

let laterCache: Map<string, LaterRelease> | undefined;

/** Read once per process: every page of a build asks for it. */
export function laterReleases(): Map<string, LaterRelease> {
  if (laterCache) return laterCache;
  const out = new Map<string, LaterRelease>();
  for (const r of readCsv('etom-processes-notes.csv')) {
    const v21 = part(r.new_id_v21, r.name_v21);
    const v25 = part(r['new_id_v25.5'], r['name_v25.5']);
    out.set(r.id!, { id: r.id!, ...(v21 ? { v21 } : {}), ...(v25 ? { v25 } : {}) });
  }
  return (laterCache = out);
}
