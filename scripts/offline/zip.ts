/** The offline copy as one zip (fflate), unpacking to a single folder with index.html at its top. */
import fs from 'node:fs';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { listFiles } from './files.ts';

// Already compressed: deflating them again only costs time. Level 9 made the zip no smaller than 6 (18.8 MB).
const STORED = /\.(png|jpe?g|gif|webp|avif|woff2?|zip|gz)$/i;

/** Writes `zipFile` from everything in `dir`, under `folder/`; returns its size in bytes. */
export function zipFolder(dir: string, zipFile: string, folder: string): number {
  const entries: Zippable = {};
  for (const file of listFiles(dir)) {
    entries[`${folder}/${file}`] = [fs.readFileSync(path.join(dir, file)), { level: STORED.test(file) ? 0 : 6 }];
  }
  const zip = zipSync(entries);
  fs.mkdirSync(path.dirname(path.resolve(zipFile)), { recursive: true });
  fs.writeFileSync(zipFile, zip);
  return zip.length;
}
