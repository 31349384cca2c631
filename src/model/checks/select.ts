/** Which files a set of edited files touches, for `npm run check -- <files>` and `--changed`. */
import { DEFAULT_LOCALE } from '../locales.ts';
import type { ValidPage } from './corpus/check-tree.ts';

/** The edited files, plus the children and translations of the processes they define (a changed id or level breaks those). */
export function touchedBy(pages: ValidPage[], edited: Set<string>): Set<string> {
  const touched = new Set(edited);
  const ids = new Set(pages.filter((p) => edited.has(p.file.path)).map((p) => p.fm.id));
  for (const p of pages) if (ids.has(p.fm.id) || (p.fm.parent !== undefined && ids.has(p.fm.parent))) touched.add(p.file.path);
  return touched;
}

/** Translations edited in the same change as their English original: the translator followed the new text. */
export function editedWithOriginal(edited: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const f of edited) {
    const m = /^content\/([^/]+)\/(.+)$/.exec(f);
    if (m && m[1] !== DEFAULT_LOCALE && edited.has(`content/${DEFAULT_LOCALE}/${m[2]}`)) out.add(f);
  }
  return out;
}
