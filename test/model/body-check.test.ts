/** The body allowlist, one construct per branch, with the exact report (line:col code message | hint) and the prose it keeps. */
import { describe, expect, it } from 'vitest';
import { checkBody } from '../../src/model/checks/body/body-check.ts';
import { parseSource } from '../../src/model/content/load.ts';

// The body starts on line 4, after a three-line frontmatter block.
function body(text: string) {
  const r = checkBody(parseSource('/x/content/en/1.1.1.6.mdx', `---\nid: "1.1.1.6"\n---\n${text}`, '/x'));
  return { report: r.diagnostics.map((d) => `${d.line}:${d.col} ${d.code} ${d.message} | ${d.hint}`), text: r.text };
}

describe('body allowlist', () => {
  it('judges every attribute rule of components and elements, and refuses unknown or unimported components', () => {
    const r = body("\nimport { Aside, Badge, Card, CardGrid } from '@astrojs/starlight/components';\n\n<Aside {...x}>a</Aside>\n\n<Aside title={x}>a</Aside>\n\n<kbd onClick=\"x\">k</kbd>\n\n<kbd STYLE=\"x\">k</kbd>\n\n<Aside client:load>a</Aside>\n\n<kbd title=\"x\">k</kbd>\n\n<Aside colour=\"x\">a</Aside>\n\n<CardGrid stagger=\"yes\">c</CardGrid>\n\n<Aside title>a</Aside>\n\n<Aside type=\"warning\">a</Aside>\n\n<Card title=\"t\" icon=\"Bad Icon\">c</Card>\n\n<details open>ok</details> <Badge text=\"x\" variant=\"tip\" /> <abbr title=\"t\">A</abbr>\n\n<Tabs>t</Tabs>\n\n<Foo />\n\n<>frag</>\n\n<SCRIPT>x</SCRIPT>\n");
    expect(r.report).toEqual([
      "7:1 ETOM015 <Aside> spreads a JavaScript expression into its attributes | write each attribute as name=\"text\"",
      "9:1 ETOM015 attribute title of <Aside> is a JavaScript expression, which would run at build time | write title=\"plain text\"",
      "11:1 ETOM026 <kbd onClick> is an event handler: it would run script in readers' browsers | remove the attribute",
      "13:1 ETOM026 <kbd style> is not allowed: styles could hide or cover the page | remove the attribute; the site styles every page",
      "15:1 ETOM026 <Aside client:load> is an Astro directive (it can inject raw HTML or client code) | remove the attribute",
      "17:1 ETOM026 attribute title is not allowed on <kbd> | allowed on <kbd>: no attributes",
      "19:1 ETOM026 attribute colour is not allowed on <Aside> | allowed on <Aside>: type, title",
      "21:1 ETOM026 attribute stagger of <CardGrid> takes no value | write just stagger",
      "23:1 ETOM026 attribute title of <Aside> needs a value | write title=\"…\"",
      "25:1 ETOM026 type=\"warning\" is not a value <Aside> accepts | use one of: note, tip, caution, danger",
      "27:1 ETOM026 icon=\"Bad Icon\" is not a Starlight icon name | use an icon name such as \"star\" or \"open-book\"",
      "33:1 ETOM025 <Foo> is not an element content may use | use Markdown, the components Aside, Badge, Card, CardGrid, Steps, Tabs, TabItem, or one of <abbr>, <br>, <kbd>, <sub>, <sup>, <mark>, <small>, <s>, <dl>, <dt>, <dd>, <details>, <summary>",
      "35:1 ETOM025 <> is not an element content may use | use Markdown, the components Aside, Badge, Card, CardGrid, Steps, Tabs, TabItem, or one of <abbr>, <br>, <kbd>, <sub>, <sup>, <mark>, <small>, <s>, <dl>, <dt>, <dd>, <details>, <summary>",
      "37:1 ETOM014 <script> is not allowed in content | remove the <script> element; pages get their behaviour from the site, not from content",
      "31:1 ETOM012 component <Tabs> is used but not imported | add `import { Tabs } from '@astrojs/starlight/components';` at the top of the text",
    ]);
  });

  it('judges asides, links, images (reference images by their definition), expressions, and keeps only the prose', () => {
    const r = body("\n# Head [h](../1.1/)\n\nPara *em* `code` [a](javascript:x) {1+1}\n\n:::note{.x}\nIn.\n:::\n\n:::tip[T]\nOk.\n:::\n\n:::warn\nNo.\n:::\n\n![p](https://x.example/a.png)\n\n![r][img]\n\n[img]: ./a.svg\n[d]: //evil.example\n\n```js\nnot text\n```\n\n| a | b |\n| - | - |\n| c | d |\n\n:leaf[x] ::leafdir\n\nLast [l](../1.1.1.5/)\n");
    expect(r.report).toEqual([
      "7:18 ETOM027 link \"javascript:x\": the link scheme \"javascript:\" is not allowed (only relative links, http, https and mailto) | link to a page of this site (../1.1.1.5/) or to an http(s) address",
      "7:36 ETOM015 JavaScript expression {1+1} would run at build time | write plain text; to show a literal brace, escape it as `\\{`",
      "9:1 ETOM028 \":::note\" takes no attributes ({class}) | write :::note or :::note[Title]",
      "17:1 ETOM028 \":::warn\" is not an aside | use :::note, :::tip, :::caution or :::danger (optionally with a title: :::note[Title])",
      "21:1 ETOM027 image \"https://x.example/a.png\": images must be files in the repository, not addresses on another host | put the image file next to the page and write ![what it shows](./file.png)",
      "26:1 ETOM027 link \"//evil.example\": a link starting with `//` goes to another host without saying how; write https://… | link to a page of this site (../1.1.1.5/) or to an http(s) address",
      "25:1 ETOM027 image \"./a.svg\": an image must be one of .png, .jpg, .jpeg, .gif, .webp, .avif | put the image file next to the page and write ![what it shows](./file.png)",
    ]);
    expect(r.text).toEqual({"text": "Head h\nPara em code a \nIn.\nT\nOk.\nNo.\na\nb\nc\nd\nx ::leafdir\nLast l", "links": ["../1.1/", "javascript:x", "./a.svg", "//evil.example", "../1.1.1.5/"]});
  });
});
