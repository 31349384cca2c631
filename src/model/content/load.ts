/**
 * Finds and reads content files. The checker, the content loader of the build and the dev server all
 * call these functions, so the files that are checked are exactly the files that are published, read
 * exactly the same way (see frontmatter.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fieldLines, parseYaml, splitFrontmatter, type FrontmatterProblem } from './frontmatter.ts';

/** A file under content/ that can never be published, and why. */
export interface Refusal {
  message: string;
  hint: string;
}

export interface SourceFile {
  /** Path as printed in reports: relative to the repository root, forward slashes. */
  path: string;
  /** The locale folder the file is in (may be an unknown folder; the checks report it). */
  locale: string;
  /** File name without extension: must equal the id. */
  name: string;
  /** The file as stored on disk. */
  raw: string;
  /** Parsed frontmatter, or undefined when the block or its YAML is malformed. */
  data: Record<string, unknown> | undefined;
  yamlError?: FrontmatterProblem;
  /** The body after the frontmatter, line ends normalised: exactly what MDX compiles. */
  body: string;
  /** 1-based line on which the body starts. */
  bodyLine: number;
  /** 1-based line of each top-level frontmatter key. */
  fieldLines: Record<string, number>;
  /** Set when the file is not a publishable content file at all (symlink, wrong extension…). */
  refused?: Refusal;
  /** A process page, or an end-to-end flow (content/<locale>/flows/). */
  kind: 'process' | 'flow';
}

/** Content files are `<id>.mdx` directly inside `content/<locale>/`. */
export const CONTENT_EXTENSION = '.mdx';

export interface Listing {
  /** Regular `.mdx` files: the only ones the site is built from. */
  files: string[];
  /** Everything else found under content/, reported by the checker and never published. */
  refused: { file: string; refusal: Refusal }[];
}

/**
 * Lists content/ without following symbolic links: a link could bring in a file from anywhere on the
 * machine (Astro's own glob follows them), so a link is refused, never read.
 */
export function listContentFiles(contentDir: string): Listing {
  const out: Listing = { files: [], refused: [] };
  const refuse = (file: string, message: string, hint: string) => out.refused.push({ file, refusal: { message, hint } });
  if (!fs.existsSync(contentDir)) return out;
  const check = (file: string, f: fs.Dirent, where: string): boolean => {
    if (f.isSymbolicLink()) refuse(file, 'is a symbolic link; the site is built only from regular files inside content/', 'replace the link by the file itself');
    else if (f.isDirectory()) refuse(file, `is a folder; ${where} holds only <id>.mdx files`, 'move the files up, or delete the folder');
    else if (!f.isFile()) refuse(file, 'is not a regular file', 'delete it');
    else if (path.extname(f.name) !== CONTENT_EXTENSION) {
      const md = f.name.endsWith('.md');
      refuse(file, md ? 'is a .md file: only .mdx files are content (and only they are checked)' : `is not an .mdx file`, md ? `rename it to ${f.name.replace(/\.md$/, '.mdx')}` : 'delete it, or rename it to <id>.mdx');
    } else return true;
    return false;
  };
  const listFlat = (dir: string, where: string) => {
    for (const f of fs.readdirSync(dir, { withFileTypes: true })) if (check(path.join(dir, f.name), f, where)) out.files.push(path.join(dir, f.name));
  };
  for (const entry of fs.readdirSync(contentDir, { withFileTypes: true })) {
    const dir = path.join(contentDir, entry.name);
    if (entry.isSymbolicLink()) { refuse(dir, 'is a symbolic link; content folders must be real folders', 'replace the link by a folder holding the files themselves'); continue; }
    if (!entry.isDirectory()) { refuse(dir, 'is a file directly inside content/; files belong in content/<locale>/', 'move it into content/en/ (or it/, zh/), or delete it'); continue; }
    for (const f of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, f.name);
      // flows/ holds the end-to-end flows (a second kind of content file), read by their own checks.
      if (f.name === 'flows' && f.isDirectory()) listFlat(file, `content/${entry.name}/flows/`);
      else if (check(file, f, `content/${entry.name}/ (besides flows/)`)) out.files.push(file);
    }
  }
  out.files.sort();
  out.refused.sort((a, b) => a.file.localeCompare(b.file));
  return out;
}

const relPath = (absPath: string, root: string) => path.relative(root, absPath).split(path.sep).join('/');

/** Reads one file; never throws on bad content (the checks turn problems into diagnostics). */
export function parseSource(absPath: string, raw: string, root: string): SourceFile {
  const flow = path.basename(path.dirname(absPath)) === 'flows';
  const locale = path.basename(flow ? path.dirname(path.dirname(absPath)) : path.dirname(absPath));
  const name = path.basename(absPath).replace(/\.mdx?$/, '');
  const split = splitFrontmatter(raw);
  const base = { path: relPath(absPath, root), locale, name, raw, body: split.body, bodyLine: split.bodyLine, kind: flow ? 'flow' as const : 'process' as const };
  if (split.yaml === undefined) return { ...base, data: undefined, fieldLines: {}, yamlError: split.problem };
  const lines = fieldLines(split.yaml, 2);
  const parsed = parseYaml(split.yaml, 2);
  if (!parsed.data) return { ...base, data: undefined, fieldLines: lines, yamlError: parsed.problem };
  return { ...base, data: parsed.data, fieldLines: lines };
}

/** A placeholder for a refused file, so that it flows through the checks like any other and is reported. */
export function refusedSource(absPath: string, refusal: Refusal, root: string): SourceFile {
  return { path: relPath(absPath, root), locale: path.basename(path.dirname(absPath)), name: path.basename(absPath), raw: '', data: undefined, body: '', bodyLine: 1, fieldLines: {}, refused: refusal, kind: 'process' };
}

/** Every content file (or only the given ones), plus a placeholder for each refused entry. */
export function loadSources(contentDir: string, root = process.cwd(), only?: string[]): SourceFile[] {
  if (only) return only.map((f) => parseSource(path.resolve(f), fs.readFileSync(f, 'utf8'), root));
  const { files, refused } = listContentFiles(contentDir);
  return [
    ...files.map((f) => parseSource(f, fs.readFileSync(f, 'utf8'), root)),
    ...refused.map((r) => refusedSource(r.file, r.refusal, root)),
  ];
}
