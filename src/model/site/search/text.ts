/**
 * Text rules shared by every side of search: the build (exact-match table, offline index) and the browser
 * (query, ranking). Plain functions with no Node-only imports, so the browser bundle uses the same code.
 */

/** Lower case, compatibility forms folded (full-width digits), accents dropped ("qualità" = "qualita"). */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(locale: string): Intl.Segmenter {
  // Chinese has no spaces: the word segmenter is what finds 订单 inside 客户订单处理.
  const lang = locale.startsWith('zh') ? 'zh' : locale;
  let s = segmenters.get(lang);
  if (!s) segmenters.set(lang, (s = new Intl.Segmenter(lang, { granularity: 'word' })));
  return s;
}

/**
 * Words of a text, folded. Ids stay whole ("1.1.1.5" is one word under Unicode's rules); an apostrophe
 * splits ("dell'offerta" gives "dell" and "offerta") so an Italian word is found after its article.
 */
export function tokenize(text: string, locale: string): string[] {
  const out: string[] = [];
  const stem = STEMS[locale.slice(0, 2)] ?? ((w: string) => w);
  for (const s of segmenter(locale).segment(fold(text))) {
    if (!s.isWordLike) continue;
    for (const w of s.segment.split(/['’]/)) if (w) out.push(/\d/.test(w) ? w : stem(w));
  }
  return out;
}

/**
 * Light stemming, the same for indexing, queries and name comparison: singular and plural meet
 * ("settlements" = "settlement", "ordini" = "ordine"), as they do in Pagefind's own stemmer online.
 * English: a final -s (not -ss, -us, -is); Italian: the final vowel of a word of five letters or more.
 */
const STEMS: Record<string, (w: string) => string> = {
  en: (w) => (w.length > 3 && /[^sui]s$/.test(w) ? w.slice(0, -1) : w),
  it: (w) => (w.length >= 5 && /[aeio]$/.test(w) ? w.slice(0, -1) : w),
};

/** The form two names are compared in: its words joined by one space, so "CRM Support & Readiness" = "crm support readiness". */
export function normalizeName(text: string, locale: string): string {
  return tokenize(text, locale).join(' ');
}

/** A query for a later GB921 release: "v21 1.3.3", "GB921 v25.5 Customer Order Management". */
export interface ReleaseQuery {
  release: 'v21' | 'v25.5';
  rest: string;
}

export function releaseQuery(query: string): ReleaseQuery | undefined {
  // One space or separator after the label: the rest is trimmed, so further spaces need no pattern.
  const m = /^\s*(?:gb\s?921\s*)?v\s?(21|25\.5|25)(?:\.0)?[\s:·-](.+)$/i.exec(query.normalize('NFKC'));
  if (!m) return undefined;
  return { release: m[1] === '21' ? 'v21' : 'v25.5', rest: m[2]!.trim() };
}

/** A query that is an eTOM id: digits and dots only (spaces around tolerated). */
export function idQuery(query: string): string | undefined {
  const q = query.normalize('NFKC').trim();
  return /^\d+(\.\d+)*$/.test(q) ? q : undefined;
}
