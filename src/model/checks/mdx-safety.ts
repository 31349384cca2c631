/**
 * Content files come from strangers' pull requests, and MDX is code: an import, an export or a
 * `{expression}` runs at build time. We parse each body with Sätteri — the same MDX parser the
 * build uses — and allow only imports of a few known components.
 */
import { mdxToJs, defineMdastPlugin } from 'satteri';
import { diag, type Diagnostic } from './diagnostics.ts';
import type { SourceFile } from '../content/load.ts';

/** Modules content may import from, with the names it may take from each. */
export const ALLOWED_IMPORTS: Record<string, string[]> = {
  '@astrojs/starlight/components': ['Aside', 'Badge', 'Card', 'CardGrid', 'Steps', 'Tabs', 'TabItem'],
};

interface Found {
  kind: 'esm' | 'expression' | 'element';
  value: string;
  line: number;
  col: number;
}

function scan(body: string): Found[] {
  const found: Found[] = [];
  const at = (node: { position?: { start: { line: number; column: number } } | undefined }) => ({
    line: node.position?.start.line ?? 1,
    col: node.position?.start.column ?? 1,
  });
  const plugin = defineMdastPlugin({
    name: 'etom-mdx-safety',
    options: { position: true },
    mdxjsEsm(node) { found.push({ kind: 'esm', value: node.value, ...at(node) }); },
    mdxFlowExpression(node) { found.push({ kind: 'expression', value: node.value, ...at(node) }); },
    mdxTextExpression(node) { found.push({ kind: 'expression', value: node.value, ...at(node) }); },
    mdxJsxFlowElement(node) {
      found.push({ kind: 'element', value: node.name ?? '', ...at(node) });
      for (const a of node.attributes ?? []) if (a.type !== 'mdxJsxAttribute' || (a.value && typeof a.value === 'object')) found.push({ kind: 'expression', value: `attribute of <${node.name}>`, ...at(node) });
    },
    mdxJsxTextElement(node) {
      found.push({ kind: 'element', value: node.name ?? '', ...at(node) });
      for (const a of node.attributes ?? []) if (a.type !== 'mdxJsxAttribute' || (a.value && typeof a.value === 'object')) found.push({ kind: 'expression', value: `attribute of <${node.name}>`, ...at(node) });
    },
  });
  mdxToJs(body, { mdastPlugins: [plugin] });
  return found;
}

/** The modules and imported names of an ESM block's import statements (enough to judge the allowlist). */
function parseImports(esm: string): { names: string[]; from: string }[] {
  const out: { names: string[]; from: string }[] = [];
  for (const m of esm.matchAll(/import\s+([\s\S]*?)\s*from\s*['"]([^'"]+)['"]|import\s*['"]([^'"]+)['"]/g)) {
    if (m[3]) { out.push({ names: [], from: m[3] }); continue; }
    const clause = m[1]!;
    const named = /\{([^}]*)\}/.exec(clause)?.[1]?.split(',').map((n) => n.trim().split(/\s+as\s+/)[0]!).filter(Boolean) ?? [];
    const other = clause.replace(/\{[^}]*\}/, '').split(',').map((n) => n.trim()).filter(Boolean);
    out.push({ names: [...other, ...named], from: m[2]! });
  }
  return out;
}

export function checkMdx(file: SourceFile): Diagnostic[] {
  const out: Diagnostic[] = [];
  const offset = file.bodyLine - 1;
  let found: Found[];
  try {
    found = scan(file.body);
  } catch (err) {
    const msg = (err as Error).message;
    const m = /^(\d+):(\d+):\s*(.*)$/s.exec(msg);
    const line = m ? Number(m[1]) + offset : file.bodyLine;
    return [diag(file.path, line, m ? Number(m[2]) : 1, 'ETOM016', `MDX cannot parse this: ${(m ? m[3]! : msg).split('\n')[0]}`,
      'in MDX, `<` and `{` start code: write "less than", or escape them as `\\<` and `\\{`')];
  }
  const imported = new Set<string>();
  for (const f of found) {
    const line = f.line + offset;
    if (f.kind === 'esm') {
      for (const stmt of f.value.split('\n').map((s) => s.trim()).filter(Boolean)) {
        if (stmt.startsWith('export')) out.push(diag(file.path, line, f.col, 'ETOM013', 'content may not export anything (exports run code at build time)', 'remove the `export` line; put data in the frontmatter instead'));
      }
      for (const imp of parseImports(f.value)) {
        const allowed = ALLOWED_IMPORTS[imp.from];
        const bad = !allowed ? (imp.names.length ? imp.names : [imp.from]) : imp.names.filter((n) => !allowed.includes(n));
        if (bad.length) {
          out.push(diag(file.path, line, f.col, 'ETOM012', `import of ${bad.join(', ')} from "${imp.from}" is not allowed`,
            `content may only import { ${Object.entries(ALLOWED_IMPORTS).map(([m, n]) => `${n.join(', ')} } from "${m}"`).join('; ')}`));
        }
        if (allowed) imp.names.filter((n) => allowed.includes(n)).forEach((n) => imported.add(n));
      }
    } else if (f.kind === 'expression') {
      out.push(diag(file.path, line, f.col, 'ETOM015', `JavaScript expression {${f.value.slice(0, 40)}} would run at build time`, 'write plain text; to show a literal brace, escape it as `\\{`'));
    } else if (f.value.toLowerCase() === 'script') {
      out.push(diag(file.path, line, f.col, 'ETOM014', '<script> is not allowed in content', 'remove the <script> element; pages get their behaviour from the site, not from content'));
    }
  }
  // Components must be imported (else the build fails without a line number); checked after all imports are known.
  for (const f of found) {
    if (f.kind === 'element' && /^[A-Z]/.test(f.value) && !imported.has(f.value)) {
      out.push(diag(file.path, f.line + offset, f.col, 'ETOM012', `component <${f.value}> is used but not imported from the allowlist`,
        `add \`import { ${f.value} } from '@astrojs/starlight/components';\` if it is one of ${ALLOWED_IMPORTS['@astrojs/starlight/components']!.join(', ')}, or remove it`));
    }
  }
  return out;
}
