/**
 * Words and sentences of a page's prose, for the length band and translation checks. Words are counted
 * with Intl.Segmenter (so Chinese, written without spaces, is counted in words too).
 */

/** What a body says, as plain text: one line per paragraph, heading or list item; code left out. */
export interface BodyText {
  text: string;
  /** Link targets in the order written (links and reference definitions). */
  links: string[];
}

const segmenters = new Map<string, Intl.Segmenter>();
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Words as a reader counts them; the (slow) segmenter only runs on text written without spaces. */
export function countWords(text: string, locale: string): number {
  if (!HAN.test(text)) return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
  let seg = segmenters.get(locale);
  if (!seg) segmenters.set(locale, (seg = new Intl.Segmenter(locale, { granularity: 'word' })));
  let n = 0;
  for (const s of seg.segment(text)) if (s.isWordLike) n++;
  return n;
}

/** Sentences long enough to be worth comparing (short ones such as "Example:" match by chance). */
export function sentences(text: string, min = 25): string[] {
  return text
    .split(/\n+|(?<=[.!?;:。！？；：])\s+/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length >= min);
}

/**
 * Body length bands per level, in words of the English original (CONTRIBUTING.md). A translation is held
 * to the same band scaled by how much longer that language runs: measured over the whole site when the
 * bands were set, Italian bodies run about 1.25× the English word count and Chinese (segmenter words) 1.15×.
 */
export const LENGTH_BANDS: Record<number, readonly [number, number]> = { 0: [250, 500], 1: [250, 500], 2: [200, 400], 3: [80, 200] };
export const LOCALE_LENGTH_FACTOR: Record<string, number> = { en: 1, it: 1.25, zh: 1.15 };

export function lengthBand(level: number, locale: string): readonly [number, number] | undefined {
  const band = LENGTH_BANDS[level];
  const f = LOCALE_LENGTH_FACTOR[locale] ?? 1;
  return band && [Math.round(band[0] * f), Math.round(band[1] * f)];
}

/** Share of the translation's prose (by characters) made of sentences copied unchanged from the original. */
export function copiedShare(translation: string, original: string): number {
  const mine = sentences(translation);
  if (mine.length === 0) return 0;
  const theirs = new Set(sentences(original));
  const total = mine.reduce((n, s) => n + s.length, 0);
  return mine.filter((s) => theirs.has(s)).reduce((n, s) => n + s.length, 0) / total;
}

/** Above this share of copied sentences a translation is still English (ETOM031, and "untranslated" in `npm run i18n`). */
export const UNTRANSLATED_SHARE = 0.5;

/** The process ids a page links to, from its link targets (`../1.1.2.2/`, `../../1.1.2.2/#x` → 1.1.2.2). */
export function linkedIds(links: string[]): string[] {
  return links.map((l) => /^(?:\.\.\/)+([\w.-]+)\/?(?:#.*)?$/.exec(l)?.[1]).filter((x): x is string => Boolean(x) && x !== 'flows');
}

/** Link targets of a Markdown body, read without parsing it (the build's content entries carry raw bodies). */
export function markdownLinks(body: string): string[] {
  return [...body.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]!);
}
