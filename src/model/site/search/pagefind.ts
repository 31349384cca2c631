/**
 * Search ranking, shared by the site's search box (astro.config.mjs) and the search tests. A high
 * term-similarity weight makes an exact id ("1.1.1.5") outrank the longer ids it prefixes ("1.1.1.5.2").
 */
export const SEARCH_RANKING = { termSimilarity: 9, pageLength: 0.1, termFrequency: 0.1, termSaturation: 2 };
