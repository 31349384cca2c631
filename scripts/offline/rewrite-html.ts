/**
 * One HTML file of the offline copy, rewritten in place by position (htmlparser2 finds the attributes;
 * everything else is kept byte for byte): every site URL made relative and pointing at a file, the page's
 * module scripts replaced by one classic bundle, and the elements only the online site has dropped.
 */
import { Parser } from 'htmlparser2';
import { relativeUrl, rewriteCssUrls, rewriteRefresh, rewriteSrcset, siteTarget, type UrlContext } from './urls.ts';

/** An external module script (its site path) or an inline one (its code), in page order. */
export type ModuleScript = { src: string } | { code: string };

export interface RewriteOptions {
  /** The file's path in the copy ("en/1.1/index.html"). */
  file: string;
  ctx: UrlContext;
  /** The copy path of the classic script that replaces these module scripts. */
  bundleFor(scripts: ModuleScript[]): string;
  /** Called with the copy path of every file a rewritten URL points at. */
  onTarget?(target: string): void;
  /** Elements carrying this attribute are left out of the copy (the online site's zip offer). */
  dropAttribute?: string;
  /** Attributes left out of the copy (the search box's Pagefind path: the copy has no Pagefind). */
  removeAttributes?: string[];
}

// Attributes holding one URL, on any element (SVG links included).
const URL_ATTRS = new Set(['href', 'src', 'poster', 'action', 'formaction', 'xlink:href', 'data']);
// Inline modules that import nothing run from file: as they are; those that do are bundled.
const IMPORTS = /(^|[;\s}])import\s*[\s"'{*(]|(^|[;\s}])export\s/;

const attr = (name: string, value: string) => `${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;

interface Edit { start: number; end: number; text: () => string }

export function rewriteHtml(html: string, opts: RewriteOptions): string {
  const edits: Edit[] = [];
  const scripts: ModuleScript[] = [];
  let firstScript: Edit | undefined;
  const map = (url: string) => {
    const t = siteTarget(url, opts.file, opts.ctx);
    if (t && !drop) opts.onTarget?.(t.target);
    return relativeUrl(url, opts.file, opts.ctx);
  };
  const pathLike = (v: string) => /^\/(?!\/)\S*$/.test(v);

  let tag = '';
  let attrs: [string, string, number, number][] = [];
  let open: { name: string; start: number; attribs: Record<string, string> } | undefined;
  let scriptText = '';
  let drop: { start: number; depth: number } | undefined;
  let depth = 0;

  const parser: Parser = new Parser({
    onopentagname(name) {
      tag = name;
      attrs = [];
    },
    onattribute(name, value) {
      attrs.push([name, value, parser.startIndex, parser.endIndex]);
    },
    onopentag(name, attribs) {
      const start = parser.startIndex;
      depth++;
      if (opts.dropAttribute && attribs[opts.dropAttribute] !== undefined && !drop) drop = { start, depth };
      if (name === 'link' && /\bmodulepreload\b/i.test(attribs.rel ?? '')) {
        edits.push({ start, end: parser.endIndex + 1, text: () => '' });
      }
      for (const [n, v, s, e] of attrs) {
        if (opts.removeAttributes?.includes(n)) {
          const lead = /\s/.test(html[s - 1] ?? '') ? 1 : 0;
          edits.push({ start: s - lead, end: e, text: () => '' });
          continue;
        }
        let out = v;
        if (URL_ATTRS.has(n)) out = map(v);
        else if (n === 'srcset') out = rewriteSrcset(v, map);
        else if (n === 'style') out = rewriteCssUrls(v, map);
        else if (n === 'content' && tag === 'meta' && /^\s*\d+\s*;\s*url\s*=/i.test(v)) out = rewriteRefresh(v, map);
        // The language picker's options and the search box's data-* paths are site paths too.
        else if ((n === 'value' && tag === 'option') || n.startsWith('data-')) out = pathLike(v) ? map(v) : v;
        if (out !== v) edits.push({ start: s, end: e, text: () => attr(n, out) });
      }
      open = { name, start, attribs };
      scriptText = '';
    },
    ontext(text) {
      if (open?.name === 'script' || open?.name === 'style') scriptText += text;
      if (open?.name === 'style') {
        const s = parser.startIndex;
        const out = rewriteCssUrls(text, map);
        if (out !== text) edits.push({ start: s, end: parser.endIndex + 1, text: () => out });
      }
    },
    onclosetag(name) {
      const end = parser.endIndex + 1;
      if (name === 'script' && open?.name === 'script' && open.attribs.type === 'module') {
        const { src } = open.attribs;
        const code = scriptText;
        if (src !== undefined || IMPORTS.test(code)) {
          scripts.push(src !== undefined ? { src } : { code });
          const e: Edit = { start: open.start, end, text: () => '' };
          firstScript ??= e;
          edits.push(e);
        }
      }
      open = undefined;
      if (drop && depth === drop.depth) {
        edits.push({ start: drop.start, end, text: () => '' });
        drop = undefined;
      }
      depth--;
    },
  }, { decodeEntities: true, recognizeSelfClosing: true });
  parser.end(html);

  if (firstScript) {
    const e = firstScript;
    // Deferred like the module scripts it replaces, so it still runs after the page is parsed.
    e.text = () => `<script defer src="${relativeUrl('/' + opts.bundleFor(scripts), opts.file, { base: '/', isDir: () => false })}"></script>`;
  }
  // In order, the widest first where two start together; an edit inside one already made (a removed element) is skipped.
  edits.sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  for (const e of edits) {
    if (e.start < at) continue;
    out += html.slice(at, e.start) + e.text();
    at = e.end;
  }
  return out + html.slice(at);
}
