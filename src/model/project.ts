/** Project facts used across the site, each set once. */
export const REPOSITORY_URL = 'https://github.com/etom-atlas/etom-atlas';
export const DEFAULT_BRANCH = 'main';

/** Where a contributor edits a content file (path relative to the repository root). */
export function editUrl(filePath: string): string {
  return `${REPOSITORY_URL}/edit/${DEFAULT_BRANCH}/${filePath}`;
}
