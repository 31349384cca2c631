/**
 * Translation freshness. A translation's `source` field holds the hash of the English file it was
 * translated from; when the English file changes, the hash no longer matches and the translation is outdated.
 */
import { createHash } from 'node:crypto';

/** First 12 hex digits of the SHA-256 of the English file's text (the same as `sha256sum file | cut -c1-12`). */
export function sourceHash(englishRaw: string): string {
  return createHash('sha256').update(englishRaw, 'utf8').digest('hex').slice(0, 12);
}
