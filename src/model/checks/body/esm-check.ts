/**
 * MDX's `import`/`export` blocks are JavaScript that runs when the site is built. Each block is parsed
 * with oxc (through Rolldown, the parser family Astro's build uses), statement by statement, so
 * comments, several statements on a line or odd spacing change nothing: only named imports of the
 * allowed components pass.
 */
import { parseAst } from 'rolldown/parseAst';
import { COMPONENTS, COMPONENT_MODULE } from './body-rules.ts';

export interface EsmFinding {
  code: 'ETOM012' | 'ETOM013' | 'ETOM016';
  message: string;
  hint: string;
  /** 0-based line and 1-based column inside the block. */
  line: number;
  col: number;
}

const IMPORT_HINT = `content may only import { ${Object.keys(COMPONENTS).join(', ')} } from '${COMPONENT_MODULE}'`;

function position(source: string, offset: number): { line: number; col: number } {
  const before = source.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, col: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

/** The findings of one ESM block, and the component names it validly imports. */
export function checkEsm(source: string): { findings: EsmFinding[]; imported: string[] } {
  const findings: EsmFinding[] = [];
  const imported: string[] = [];
  let program;
  try {
    program = parseAst(source, { sourceType: 'module', lang: 'js' });
  } catch (err) {
    const msg = (err as Error).message.split('\n')[0] ?? 'cannot be parsed';
    return { findings: [{ code: 'ETOM016', message: `this import/export line is not valid JavaScript: ${msg}`, hint: IMPORT_HINT, line: 0, col: 1 }], imported };
  }
  for (const stmt of program.body) {
    const at = position(source, stmt.start);
    if (stmt.type !== 'ImportDeclaration') {
      const exporting = stmt.type.startsWith('Export');
      findings.push({
        code: 'ETOM013',
        message: exporting ? 'content may not export anything (exports run code at build time)' : `content may not contain JavaScript (${stmt.type})`,
        hint: exporting ? 'remove the `export`; put data in the frontmatter instead' : 'remove it; a page is Markdown, not code',
        ...at,
      });
      continue;
    }
    const from = String(stmt.source.value);
    const specs = stmt.specifiers ?? [];
    const bad: string[] = [];
    if (from !== COMPONENT_MODULE) bad.push(...(specs.length ? specs.map((s) => s.local.name) : [from]));
    else if (specs.length === 0) bad.push(from);
    for (const s of from === COMPONENT_MODULE ? specs : []) {
      const name = s.type === 'ImportSpecifier' && s.imported.type === 'Identifier' ? s.imported.name : undefined;
      // A renamed import (`Aside as Note`) would let an allowed module's other exports hide behind a known name.
      if (name === undefined || !(name in COMPONENTS) || s.local.name !== name) bad.push(s.local.name);
      else imported.push(name);
    }
    if ((stmt.attributes?.length ?? 0) > 0 || stmt.importKind === 'type') bad.push(from);
    if (bad.length) findings.push({ code: 'ETOM012', message: `import of ${[...new Set(bad)].join(', ')} from "${from}" is not allowed`, hint: IMPORT_HINT, ...at });
  }
  return { findings, imported };
}
