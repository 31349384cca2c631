/**
 * Line breaking for diagram labels. Breaks fall at Intl.Segmenter word boundaries: after a space in
 * Latin text, between words in Chinese (where there are no spaces). Closing punctuation never starts a
 * line and opening punctuation never ends one. Lines are balanced: as few as greedy filling needs, about
 * equally long, and no lonely last word. Joined, the lines give back the text exactly
 * (spaces stay at the end of the line they follow), so a screen reader reads one unbroken label.
 */
import { isWide, textWidth, type FontSpec } from './text-metrics.ts';

export interface WrapOptions {
  /** Room for the longest line, in CSS pixels (already reduced by the safety margin). */
  width: number;
  font: FontSpec;
  /** The text's language: it decides the word boundaries. */
  locale: string;
}

/** Never at the start of a line (Chinese and Latin closing marks). */
const CLOSING = new Set([...'，。、；：！？）》」』】〉〕’”…‥・·ー,.;:!?)]}%']);
/** Never at the end of a line. */
const OPENING = new Set([...'（《「『【〈〔‘“([{']);

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(locale: string, granularity: 'word' | 'grapheme'): Intl.Segmenter {
  const key = `${locale}|${granularity}`;
  let s = segmenters.get(key);
  // Stryker disable next-line ConditionalExpression: always making a new segmenter (skipping the cache) segments the same
  if (!s) segmenters.set(key, (s = new Intl.Segmenter(locale, { granularity })));
  return s;
}

const lastChar = (s: string) => [...s].at(-1) ?? '';
const firstChar = (s: string) => [...s][0] ?? '';
const isSpace = (c: string) => c === ' ';

function canBreakBetween(before: string, after: string): boolean {
  const a = lastChar(before);
  const b = firstChar(after);
  if (isSpace(b) || CLOSING.has(b) || OPENING.has(a)) return false;
  if (isSpace(a)) return true;
  if (isWide(a.codePointAt(0) ?? 0) || isWide(b.codePointAt(0) ?? 0)) return true;
  // "Contact/Lead/Prospect", "Set-Top": a slash or hyphen may end a line; other joined marks ("Q&A") hold.
  return a === '/' || a === '-' || a === '‐' || a === '–';
}

/** The text cut into pieces that must stay on one line; each piece keeps the space that follows it. */
export function unbreakablePieces(text: string, locale: string): string[] {
  const pieces: string[] = [];
  for (const { segment } of segmenter(locale, 'word').segment(text)) {
    const last = pieces.at(-1);
    if (last === undefined || canBreakBetween(last, segment)) pieces.push(segment);
    else pieces[pieces.length - 1] = last + segment;
  }
  return pieces;
}

interface Piece {
  text: string;
  /** Width with and without its trailing space: widths add up, as kerning is ignored. */
  width: number;
  trimmed: number;
}

function fill(pieces: Piece[], width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const p of pieces) {
    if (line && lineWidth + p.trimmed <= width) {
      line += p.text;
      lineWidth += p.width;
    } else {
      if (line) lines.push(line);
      line = p.text;
      lineWidth = p.width;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Measured pieces; a single word wider than the box is, as a last resort, cut between characters. */
function measured(text: string, width: number, font: FontSpec, locale: string): Piece[] {
  const piece = (t: string): Piece => ({ text: t, width: textWidth(t, font), trimmed: textWidth(t.trimEnd(), font) });
  return unbreakablePieces(text, locale).flatMap((t) => {
    const p = piece(t);
    return p.trimmed <= width ? [p] : [...segmenter(locale, 'grapheme').segment(t)].map((g) => piece(g.segment));
  });
}

/**
 * The best way to set the pieces in exactly `count` lines: the least sum of squared free space at the
 * line ends (so the lines come out about equally long), a last line of a single word only when nothing
 * else fits (with one line, or two pieces in two lines, there is nothing else, so the penalty changes
 * nothing). A small dynamic programme: labels have a few dozen pieces at most.
 */
function balance(pieces: Piece[], width: number, count: number): string[] | undefined {
  const n = pieces.length;
  const start = [0];
  for (const p of pieces) start.push(start.at(-1)! + p.width);
  const lineWidth = (i: number, j: number) => start[j]! - start[i]! - (pieces[j - 1]!.width - pieces[j - 1]!.trimmed);
  const lonely = width * width; // outweighs any raggedness of the lines above it
  // cost[l][j]: the best cost of the first j pieces in l lines; from[l][j]: where that last line starts.
  const cost = Array.from({ length: count + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  const from = Array.from({ length: count + 1 }, () => new Array<number>(n + 1).fill(0));
  cost[0]![0] = 0;
  for (let l = 1; l <= count; l++) {
    for (let j = 1; j <= n; j++) {
      for (let i = j - 1; i >= l - 1; i--) {
        const w = lineWidth(i, j);
        if (w > width) break;
        const free = width - w;
        const c = cost[l - 1]![i]! + free * free + (l === count && j - i === 1 ? lonely : 0);
        if (c < cost[l]![j]!) {
          cost[l]![j] = c;
          from[l]![j] = i;
        }
      }
    }
  }
  if (!Number.isFinite(cost[count]![n]!)) return undefined;
  const lines: string[] = [];
  for (let l = count, j = n; l > 0; l--) {
    const i = from[l]![j]!;
    lines.unshift(pieces.slice(i, j).map((p) => p.text).join(''));
    j = i;
  }
  return lines;
}

/** The lines of `text` for a box whose lines may be `width` px long. Whitespace runs count as one space. */
export function wrapText(text: string, { width, font, locale }: WrapOptions): string[] {
  const normalized = text.replace(/\s+/g, ' ').trim();
  if (!normalized) return [];
  const pieces = measured(normalized, width, font, locale);
  // Greedy filling gives the fewest lines; balancing then only moves the breaks.
  const greedy = fill(pieces, width);
  if (greedy.length <= 1) return greedy;
  return balance(pieces, width, greedy.length) ?? greedy;
}
