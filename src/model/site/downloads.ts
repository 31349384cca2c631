/** The data downloads: one CSV of processes per locale under /downloads/, /processes.json with all of them, /flows.json with the flows. */
import { stringify } from 'csv-stringify/sync';
import type { Atlas } from './atlas.ts';
import { processRows } from './standards.ts';

/** CSV columns, in order. Lists are joined with "; " inside one cell. */
export const CSV_COLUMNS = ['id', 'level', 'parent', 'title', 'summary', 'verticals', 'aliases', 'open_apis', 'sid_entities', 'gb921_v21_id', 'gb921_v25.5_id', 'url'] as const;

/** The file names under /downloads/. */
export const csvFile = (locale: string) => `etom-processes-${locale}.csv`;
export const JSON_FILE = 'processes.json';
export const FLOWS_FILE = 'flows.json';

/**
 * A locale's processes as CSV: UTF-8 with a byte-order mark, because spreadsheet programs otherwise read
 * the file in a legacy code page and show Chinese (and Italian accents) as mojibake.
 */
export function processesCsv(atlas: Atlas, locale: string): string {
  const list = (xs: string[]) => xs.join('; ');
  const records = processRows(atlas, locale).map((r) => [r.id, r.level, r.parent, r.title, r.summary, list(r.verticals), list(r.aliases), list(r.openApis), list(r.sid), r.v21Id, r.v25Id, r.url]);
  return '\uFEFF' + stringify([[...CSV_COLUMNS], ...records], { record_delimiter: 'windows' });
}

/** The offline edition (`npm run build:offline`): its zip under /downloads/, and the folder the zip unpacks to. */
export const OFFLINE_ZIP = 'etom-atlas-offline.zip';
export const OFFLINE_FOLDER = 'etom-atlas';
/** Marks the home page's offer of the zip: hidden until the offline step has built it, and left out of the copy. */
export const OFFLINE_OFFER_ATTR = 'data-offline-download';
