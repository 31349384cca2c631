/**
 * The TM Forum Open APIs and SID entities a page may cite (data/reference/open-apis.csv and
 * sid-entities.csv, each row confirmed by its sources), with the near-match hints the checker gives
 * for a value that is not one of them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { REFERENCE_DIR } from './reference.ts';

export interface OpenApi {
  /** As TM Forum writes it: "TMF622". */
  number: string;
  /** The current official name, e.g. "Product Ordering Management". */
  name: string;
  domains: string[];
  otherNames: string[];
}

export interface SidEntity {
  name: string;
  domain: string;
  /** The entity it sits inside, if any (e.g. Alarm inside Resource Trouble). */
  parent?: string;
  otherNames: string[];
}

const list = (v: string | undefined) => (v ?? '').split('|').map((x) => x.trim()).filter(Boolean);

function rows(file: string): Record<string, string>[] {
  const p = path.join(REFERENCE_DIR, file);
  if (!fs.existsSync(p)) throw new Error(`reference file ${p} is missing: it is part of the repository (data/reference/)`);
  return parse(fs.readFileSync(p, 'utf8'), { columns: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];
}

let apis: Map<string, OpenApi> | undefined;
let entities: Map<string, SidEntity> | undefined;

/** Every Open API by number, in number order. */
export function openApis(): Map<string, OpenApi> {
  apis ??= new Map(rows('open-apis.csv').map((r) => [r.number!, { number: r.number!, name: r.name!, domains: list(r.domain), otherNames: list(r.other_names) }]));
  return apis;
}

/** Every SID entity by name. */
export function sidEntities(): Map<string, SidEntity> {
  entities ??= new Map(rows('sid-entities.csv').map((r) => [r.name!, { name: r.name!, domain: r.domain!, ...(r.parent ? { parent: r.parent } : {}), otherNames: list(r.other_names) }]));
  return entities;
}

/** "TMF 622", "tmf622", "622", "TMF-622" → "TMF622" when that API exists. */
export function apiNear(value: string): string[] {
  const digits = /^(?:tmf)?[\s_-]*(\d{3})$/i.exec(value.trim())?.[1];
  if (digits && openApis().has(`TMF${digits}`)) return [`TMF${digits}`];
  const byName = [...openApis().values()].filter((a) => [a.name, ...a.otherNames].some((n) => n.toLowerCase() === value.trim().toLowerCase()));
  return byName.map((a) => a.number);
}

/** Entities whose name (or an older name) matches ignoring case, spacing and a trailing "ABE". */
export function entityNear(value: string): string[] {
  const norm = (s: string) => s.toLowerCase().replace(/\babe\b/g, '').replace(/[^a-z0-9]/g, '');
  const v = norm(value);
  const hits = [...sidEntities().values()].filter((e) => [e.name, ...e.otherNames].some((n) => norm(n) === v));
  if (hits.length) return hits.map((e) => e.name);
  // Otherwise the entities whose name contains every word given, e.g. "Order" → Customer Order, Service Order…
  const words = value.toLowerCase().split(/\W/).filter(Boolean); // the empty pieces between separators dropped
  return [...sidEntities().values()].filter((e) => words.length > 0 && words.every((w) => e.name.toLowerCase().includes(w))).map((e) => e.name).slice(0, 5);
}
