/**
 * Checks the body of a content file against the allowlist in body-rules.ts. The body is parsed with
 * Sätteri — the MDX parser the build uses, with the build's features — and every node of the tree is
 * judged, so what is checked is exactly what the build would compile.
 */
import { mdxToMdast } from 'satteri';
import { diag, type Diagnostic, type RuleCode } from '../diagnostics.ts';
import { ASIDES, COMPONENTS, ELEMENTS, ELEMENT_HINTS, MARKDOWN_NODES, MDX_FEATURES, type AttrRule } from './body-rules.ts';
import { checkEsm } from './esm-check.ts';
import { imageProblem, linkProblem } from './urls.ts';
import { mdxSyntaxDiagnostic } from './mdx-errors.ts';
import type { SourceFile } from '../../content/load.ts';
import type { BodyText } from '../../content/text.ts';

interface Node {
  type: string;
  position?: { start: { line: number; column: number } };
  children?: Node[];
  [key: string]: unknown;
}
interface JsxAttribute { type: string; name?: string; value?: unknown }

/** The body's tree; throws the parser's error on invalid MDX. */
export function parseBody(body: string): Node {
  return mdxToMdast(body, { features: MDX_FEATURES, position: true }) as unknown as Node;
}

const SAFE_ICON = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function attrProblem(rule: AttrRule | undefined, a: JsxAttribute, el: string): { code: RuleCode; message: string; hint: string } | undefined {
  const name = a.name ?? '';
  if (a.type !== 'mdxJsxAttribute') return { code: 'ETOM015', message: `<${el}> spreads a JavaScript expression into its attributes`, hint: 'write each attribute as name="text"' };
  if (a.value !== null && typeof a.value === 'object') return { code: 'ETOM015', message: `attribute ${name} of <${el}> is a JavaScript expression, which would run at build time`, hint: `write ${name}="plain text"` };
  if (/^on/i.test(name)) return { code: 'ETOM026', message: `<${el} ${name}> is an event handler: it would run script in readers' browsers`, hint: 'remove the attribute' };
  if (name.toLowerCase() === 'style') return { code: 'ETOM026', message: `<${el} style> is not allowed: styles could hide or cover the page`, hint: 'remove the attribute; the site styles every page' };
  if (name.includes(':')) return { code: 'ETOM026', message: `<${el} ${name}> is an Astro directive (it can inject raw HTML or client code)`, hint: 'remove the attribute' };
  if (!rule) return { code: 'ETOM026', message: `attribute ${name} is not allowed on <${el}>`, hint: `allowed on <${el}>: ${Object.keys((COMPONENTS[el] ?? ELEMENTS[el]) ?? {}).join(', ') || 'no attributes'}` };
  const value = a.value as string | null | undefined;
  if (rule.kind === 'flag' && value !== null && value !== undefined) return { code: 'ETOM026', message: `attribute ${name} of <${el}> takes no value`, hint: `write just ${name}` };
  if (rule.kind !== 'flag' && (value === null || value === undefined)) return { code: 'ETOM026', message: `attribute ${name} of <${el}> needs a value`, hint: `write ${name}="…"` };
  if (rule.kind === 'one-of' && !rule.values.includes(value!)) return { code: 'ETOM026', message: `${name}="${value}" is not a value <${el}> accepts`, hint: `use one of: ${rule.values.join(', ')}` };
  if (rule.kind === 'icon' && !SAFE_ICON.test(value!)) return { code: 'ETOM026', message: `${name}="${value}" is not a Starlight icon name`, hint: 'use an icon name such as "star" or "open-book"' };
  return undefined;
}

/** The prose of a parsed body (for length and translation checks): text by block, and link targets. */
function bodyText(tree: Node): BodyText {
  const blocks: string[] = [];
  const links: string[] = [];
  let current = '';
  const walk = (n: Node) => {
    if (n.type === 'code' || n.type === 'mdxjsEsm') return;
    if (n.type === 'link' || n.type === 'definition') links.push(String(n.url ?? ''));
    if (n.type === 'text' || n.type === 'inlineCode') current += String(n.value ?? '');
    const block = ['paragraph', 'heading', 'tableCell'].includes(n.type);
    if (block && current) { blocks.push(current); current = ''; }
    for (const c of n.children ?? []) walk(c);
    if (block && current) { blocks.push(current); current = ''; }
  };
  walk(tree);
  if (current) blocks.push(current);
  return { text: blocks.join('\n'), links };
}

export interface BodyResult {
  diagnostics: Diagnostic[];
  /** Undefined when the body cannot be parsed. */
  text?: BodyText;
}

export function checkBody(file: SourceFile): BodyResult {
  const out: Diagnostic[] = [];
  const offset = file.bodyLine - 1;
  let tree: Node;
  try {
    tree = parseBody(file.body);
  } catch (err) {
    return { diagnostics: [mdxSyntaxDiagnostic(file, err as Error)] };
  }
  const at = (n: Node) => ({ line: (n.position?.start.line ?? 1) + offset, col: n.position?.start.column ?? 1 });
  const report = (n: Node, code: RuleCode, message: string, hint: string, line?: number, col?: number) => {
    const p = at(n);
    out.push(diag(file.path, line ?? p.line, col ?? p.col, code, message, hint));
  };
  const imported = new Set<string>();
  const used: Node[] = [];
  const definitions = new Map<string, Node>();
  const imageRefs: Node[] = [];

  const visit = (n: Node): void => {
    switch (n.type) {
      case 'mdxjsEsm': {
        const r = checkEsm(String(n.value ?? ''));
        r.imported.forEach((name) => imported.add(name));
        for (const f of r.findings) report(n, f.code, f.message, f.hint, at(n).line + f.line, f.line === 0 ? at(n).col + f.col - 1 : f.col);
        return;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(n, 'ETOM015', `JavaScript expression {${String(n.value ?? '').slice(0, 40)}} would run at build time`, 'write plain text; to show a literal brace, escape it as `\\{`');
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = typeof n.name === 'string' ? n.name : '';
        const rules = COMPONENTS[name] ?? ELEMENTS[name];
        if (name.toLowerCase() === 'script') report(n, 'ETOM014', '<script> is not allowed in content', 'remove the <script> element; pages get their behaviour from the site, not from content');
        else if (!rules) report(n, 'ETOM025', `<${name || '>'}${name ? '>' : ''} is not an element content may use`, ELEMENT_HINTS[name.toLowerCase()] ?? `use Markdown, the components ${Object.keys(COMPONENTS).join(', ')}, or one of <${Object.keys(ELEMENTS).join('>, <')}>`);
        else {
          if (name in COMPONENTS) used.push(n);
          for (const a of (n.attributes as JsxAttribute[] | undefined) ?? []) {
            const p = attrProblem(rules[a.name ?? ''], a, name);
            if (p) report(n, p.code, p.message, p.hint);
          }
        }
        break;
      }
      case 'containerDirective': {
        const name = String(n.name ?? '');
        const attrs = Object.keys((n.attributes as Record<string, unknown> | undefined) ?? {});
        if (!ASIDES.includes(name)) report(n, 'ETOM028', `":::${name}" is not an aside`, `use :::note, :::tip, :::caution or :::danger (optionally with a title: :::note[Title])`);
        else if (attrs.length) report(n, 'ETOM028', `":::${name}" takes no attributes ({${attrs.join(', ')}})`, `write :::${name} or :::${name}[Title]`);
        break;
      }
      case 'textDirective':
      case 'leafDirective':
        break; // Starlight prints these back as the text they were written as.
      case 'link':
        checkUrl(n, linkProblem(String(n.url ?? '')), 'link');
        break;
      case 'image':
        checkUrl(n, imageProblem(String(n.url ?? ''), file.path), 'image');
        break;
      case 'definition':
        definitions.set(String(n.identifier ?? ''), n);
        checkUrl(n, linkProblem(String(n.url ?? '')), 'link');
        break;
      case 'imageReference':
        imageRefs.push(n);
        break;
      default:
        if (!MARKDOWN_NODES.has(n.type)) report(n, 'ETOM025', `"${n.type}" is not something content may contain`, 'write plain Markdown');
    }
    for (const c of n.children ?? []) visit(c);
  };
  const checkUrl = (n: Node, problem: string | undefined, what: 'link' | 'image') => {
    if (problem) report(n, 'ETOM027', `${what} "${String(n.url).slice(0, 60)}": ${problem}`, what === 'image' ? 'put the image file next to the page and write ![what it shows](./file.png)' : 'link to a page of this site (../1.1.1.5/) or to an http(s) address');
  };
  visit(tree);
  // A reference-style image takes its address from a definition, which must then be an image path too.
  for (const ref of imageRefs) {
    const def = definitions.get(String(ref.identifier ?? ''));
    if (def) checkUrl(def, imageProblem(String(def.url ?? ''), file.path), 'image');
  }
  // Components must be imported (else the build fails with no line number).
  for (const n of used) {
    const name = String(n.name);
    if (!imported.has(name)) report(n, 'ETOM012', `component <${name}> is used but not imported`, `add \`import { ${name} } from '@astrojs/starlight/components';\` at the top of the text`);
  }
  return { diagnostics: out, text: bodyText(tree) };
}
