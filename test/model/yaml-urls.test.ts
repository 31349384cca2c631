/** Frontmatter slips in plain words, and the URL rules, one case per branch, exactly. */
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/model/checks/check-file.ts';
import { parseSource } from '../../src/model/content/load.ts';
import { imageProblem, linkProblem } from '../../src/model/checks/body/urls.ts';

/** The single ETOM001 report for a file whose frontmatter lines are `fm` (null: the file as given). */
function yamlReport(fm: string[] | null, raw?: string) {
  const text = raw ?? `---\n${fm!.join('\n')}\n---\n\nBody.\n`;
  const ds = checkFile(parseSource('/x/content/en/1.1.1.6.mdx', text, '/x')).diagnostics.filter((d) => d.code === 'ETOM001');
  expect(ds).toHaveLength(1);
  return `${ds[0]!.line}:${ds[0]!.col} ${ds[0]!.message} | ${ds[0]!.hint}`;
}
const GENERIC = 'one `key: value` per line; put a value in double quotes when it contains ": " or starts with a special character';

describe('frontmatter slips', () => {
  it('a tab, a missing colon, a line that is no field, a missing space after the colon', () => {
    expect(yamlReport(['id: "1.1.1.6"', '\tlevel: 2'])).toBe('3:1 line 3 starts with a tab | indent with spaces, never tabs');
    expect(yamlReport(['id: "1.1.1.6"', 'level 2'])).toBe('3:6 line 3: `level 2` needs a colon | write `level: 2`');
    expect(yamlReport(['id: "1.1.1.6"', '# note', '- x', '  y: 1', '', '"quoted"'])).toBe(`7:1 line 7: \`"quoted"\` is not a \`key: value\` line | ${GENERIC}`);
    expect(yamlReport(['id: "1.1.1.6"', 'level'])).toBe(`3:1 line 3: \`level\` is not a \`key: value\` line | ${GENERIC}`);
    expect(yamlReport(['id:"1.1.1.6"'])).toBe('2:3 line 2: `id:"1.1.1.6"` needs a space after the colon | write `id: "1.1.1.6"`');
  });

  it('an unclosed quote of either kind, and ": " inside a plain value', () => {
    expect(yamlReport(["title: 'Order"])).toBe("2:8 line 2: the value of `title` opens a quote (') that is never closed on that line | end the value with '; inside double quotes write \\\" for a quote character");
    expect(yamlReport(['summary: Orders: all of them', 'level: 2'])).toBe('2:16 line 2: the value of `summary` contains ": ", which YAML reads as the start of another field | put the whole value in double quotes: summary: "Orders: all of them…"');
  });

  it('leaves closed quotes, lists and maps alone, and words what js-yaml finds', () => {
    expect(yamlReport(['title: "A: b" # c', 'aliases: [a: b]', 'id: "1"', 'id: "2"'])).toBe('5:1 line 5: `id` appears twice | keep one of the two lines');
    expect(yamlReport(['title: "a"', 'level: [1'])).toMatch(new RegExp(`^\\d+:\\d+ line \\d+: .+ \\| ${GENERIC.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  });

  it('problems with the block itself', () => {
    expect(yamlReport(null, 'id: "1"\n')).toMatch(/ \| start the file with a line `---`, then the fields, then a line `---`$/);
    expect(yamlReport(null, '---\nid: "1"\n')).toMatch(/ \| the frontmatter ends at the first line that is exactly `---`$/);
  });
});

describe('link rules', () => {
  it('allow relative links, anchors, http, https and mailto', () => {
    for (const ok of ['../1.1.1/', '#x', 'https://a.example/b', 'HTTP://a.example', 'mailto:a@b.example', '']) expect(linkProblem(ok), ok).toBeUndefined();
  });
  it('refuse other schemes (whitespace inside a scheme squeezed out), backslashes and protocol-relative links', () => {
    expect(linkProblem('java\tscript:alert(1)')).toBe('the link scheme "javascript:" is not allowed (only relative links, http, https and mailto)');
    expect(linkProblem('DATA:text/html,x')).toBe('the link scheme "data:" is not allowed (only relative links, http, https and mailto)');
    expect(linkProblem('/\\evil.example')).toBe('a link may not contain a backslash');
    expect(linkProblem('//evil.example')).toBe('a link starting with `//` goes to another host without saying how; write https://…');
  });
});

describe('image rules', () => {
  const f = 'content/en/1.1.1.5.mdx';
  it('allow an image file inside content/, with a query or fragment', () => {
    for (const ok of ['./a.png', 'pic.JPG?x=1', '../it/b.jpeg#z', '%61.webp']) expect(imageProblem(ok, f), ok).toBeUndefined();
  });
  it('refuse hosts, backslashes, absolute paths, other files, bad escapes and paths out of content/', () => {
    expect(imageProblem('https://a.example/x.png', f)).toBe('images must be files in the repository, not addresses on another host');
    expect(imageProblem('//a.example/x.png', f)).toBe('images must be files in the repository, not addresses on another host');
    expect(imageProblem('.\\x.png', f)).toBe('an image path may not contain a backslash');
    expect(imageProblem('/x.png', f)).toBe('an image path must be relative to the page file (./picture.png), not absolute');
    expect(imageProblem('./x.html', f)).toMatch(/^an image must be one of \.\w+(, \.\w+)+$/);
    expect(imageProblem('./%E0%A4%A.png', f)).toBe('the image path is not a valid URL path');
    expect(imageProblem('../../x.png', f)).toBe('an image must be a file inside content/');
    expect(imageProblem('../../%2e%2e/x.png', 'content/en/a/b.mdx')).toBe('an image must be a file inside content/');
  });
});
