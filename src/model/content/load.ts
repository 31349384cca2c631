/** Reads process files from `content/<locale>/` with gray-matter, keeping what the checks need to point at lines. */
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';

export interface SourceFile {
  /** Path as printed in reports: relative to the repository root, forward slashes. */
  path: string;
  /** The locale folder the file is in (may be an unknown folder; the checks report it). */
  locale: string;
  /** File name without extension: must equal the id. */
  name: string;
  raw: string;
  /** Parsed frontmatter, or undefined when the YAML is malformed or absent. */
  data: Record<string, unknown> | undefined;
  yamlError?: { message: string; line: number; col: number };
  body: string;
  /** 1-based line on which the body starts. */
  bodyLine: number;
  /** 1-based line of each top-level frontmatter key. */
  fieldLines: Record<string, number>;
}

export const CONTENT_EXTENSIONS = ['.mdx', '.md'];

export function listContentFiles(contentDir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(contentDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const dir = path.join(contentDir, entry.name);
    for (const f of fs.readdirSync(dir)) {
      if (CONTENT_EXTENSIONS.includes(path.extname(f)) && !f.startsWith('_')) out.push(path.join(dir, f));
    }
  }
  return out.sort();
}

/** Parses one file; never throws on bad content (the checks turn problems into diagnostics). */
export function parseSource(absPath: string, raw: string, root: string): SourceFile {
  const rel = path.relative(root, absPath).split(path.sep).join('/');
  const locale = path.basename(path.dirname(absPath));
  const name = path.basename(absPath).replace(/\.mdx?$/, '');
  const lines = raw.split('\n');
  const fmEnd = lines[0]?.trim() === '---' ? lines.indexOf('---', 1) : -1;
  const fieldLines: Record<string, number> = {};
  for (let i = 1; i < fmEnd; i++) {
    const m = /^([A-Za-z_][\w-]*)\s*:/.exec(lines[i]!);
    if (m && !(m[1]! in fieldLines)) fieldLines[m[1]!] = i + 1;
  }
  const base = { path: rel, locale, name, raw, fieldLines, bodyLine: fmEnd >= 0 ? fmEnd + 2 : 1 };
  if (fmEnd < 0) {
    return { ...base, data: undefined, body: raw, yamlError: { message: 'no frontmatter block: the file must start with a line `---`, the fields, and a closing `---`', line: 1, col: 1 } };
  }
  try {
    // A fresh options object stops gray-matter from returning a cached result for identical text.
    const parsed = matter(raw, {});
    const data = parsed.data && typeof parsed.data === 'object' ? (parsed.data as Record<string, unknown>) : {};
    return { ...base, data, body: lines.slice(fmEnd + 1).join('\n') };
  } catch (err) {
    const e = err as { reason?: string; message: string; mark?: { line: number; column: number } };
    // gray-matter hands js-yaml the text right after the opening `---`, so YAML line 0 is that line's rest.
    const line = e.mark ? e.mark.line + 1 : 1;
    return { ...base, data: undefined, body: '', yamlError: { message: e.reason ?? e.message.split('\n')[0]!, line, col: (e.mark?.column ?? 0) + 1 } };
  }
}

export function loadSources(contentDir: string, root = process.cwd(), only?: string[]): SourceFile[] {
  const files = only ?? listContentFiles(contentDir);
  return files.map((f) => parseSource(path.resolve(f), fs.readFileSync(f, 'utf8'), root));
}

