/**
 * Mechanical repairs for `npm run check -- --fix`: a file name that does not match its id, a translation's
 * hierarchy fields that drifted from the English page, and (for files named on the command line) the
 * freshness stamp of a translation the author has brought up to date.
 */
import path from 'node:path';
import { DEFAULT_LOCALE } from '../locales.ts';
import { sourceHash } from '../content/freshness.ts';
import { restamp } from '../content/translations.ts';
import type { ValidPage } from './corpus/check-tree.ts';
import type { ValidFlow } from './corpus/check-flows.ts';
import type { SourceFile } from '../content/load.ts';

export type Fix =
  | { kind: 'rename'; from: string; to: string; note: string }
  | { kind: 'write'; path: string; text: string; note: string };

/** Facts of the process itself, not of its wording: a translation carries the English page's values. */
const HIERARCHY = ['level', 'parent', 'verticals', 'replaces', 'replacedBy', 'openApis', 'sid'] as const;

function yamlValue(v: unknown): string {
  return Array.isArray(v) ? `[${v.join(', ')}]` : typeof v === 'number' ? String(v) : JSON.stringify(v);
}

/** Sets (or removes, for undefined) top-level frontmatter keys, keeping every other line as written. */
export function setFields(raw: string, values: Record<string, unknown>): string {
  const end = raw.indexOf('\n---', 3);
  let lines = raw.slice(0, end).split('\n');
  for (const [key, v] of Object.entries(values)) {
    const at = lines.findIndex((l) => l.startsWith(`${key}:`));
    if (v === undefined) { if (at >= 0) lines = lines.filter((_, i) => i !== at); continue; }
    const line = `${key}: ${yamlValue(v)}`;
    if (at >= 0) lines[at] = line;
    else lines.push(line);
  }
  return lines.join('\n') + raw.slice(end);
}

export function planFixes(pages: ValidPage[], sources: SourceFile[], restampPaths: Set<string>, flows: ValidFlow[] = []): Fix[] {
  const fixes: Fix[] = [];
  // A flow's translation is re-stamped like a page's (its steps are checked against the English, not copied).
  const englishFlows = new Map(flows.filter((f) => f.file.locale === DEFAULT_LOCALE).map((f) => [f.flow.id, f]));
  for (const f of flows) {
    const orig = englishFlows.get(f.flow.id);
    if (f.file.locale === DEFAULT_LOCALE || !orig || !restampPaths.has(f.file.path)) continue;
    const hash = sourceHash(orig.file.raw);
    if (f.flow.source !== hash) fixes.push({ kind: 'write', path: f.file.path, text: restamp(f.file.raw, hash), note: `source stamp ${f.flow.source ?? '(none)'} → ${hash}` });
  }
  const english = new Map(pages.filter((p) => p.file.locale === DEFAULT_LOCALE).map((p) => [p.fm.id, p]));
  const taken = new Set(sources.map((s) => s.path));
  for (const p of pages) {
    let text = p.file.raw;
    const notes: string[] = [];
    const orig = english.get(p.fm.id);
    if (p.file.locale !== DEFAULT_LOCALE && orig) {
      const drift = Object.fromEntries(HIERARCHY.filter((k) => JSON.stringify(p.fm[k]) !== JSON.stringify(orig.fm[k])).map((k) => [k, orig.fm[k]]));
      if (Object.keys(drift).length) {
        text = setFields(text, drift);
        notes.push(`copied ${Object.keys(drift).join(', ')} from ${orig.file.path}`);
      }
      if (restampPaths.has(p.file.path)) {
        const hash = sourceHash(orig.file.raw);
        if (p.fm.source !== hash) {
          text = restamp(text, hash);
          notes.push(`source stamp ${p.fm.source ?? '(none)'} → ${hash}`);
        }
      }
    }
    if (notes.length) fixes.push({ kind: 'write', path: p.file.path, text, note: notes.join('; ') });
    if (p.fm.id !== p.file.name) {
      const to = path.posix.join(path.posix.dirname(p.file.path), `${p.fm.id}${path.posix.extname(p.file.path)}`);
      if (!taken.has(to)) {
        fixes.push({ kind: 'rename', from: p.file.path, to, note: `renamed to match id "${p.fm.id}"` });
        taken.add(to);
      }
    }
  }
  return fixes;
}
