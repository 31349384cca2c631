/** The files `npm run new` writes, in process: a new page's frontmatter follows from its id and the tree. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newProcessPage, PLACEHOLDERS, translationPage } from '../../src/model/content/scaffold.ts';
import { Atlas, type PageInput } from '../../src/model/site/atlas.ts';

const page = (id: string, level: number, parent?: string, verticals?: string[]): { locale: string; page: PageInput } =>
  ({ locale: 'en', page: { id, level, title: id, summary: 's', ...(parent ? { parent } : {}), ...(verticals ? { verticals } : {}) } });
const atlas = new Atlas([
  page('1.1', 0), page('1.1.1', 1, '1.1'), page('1.1.2', 1, '1.1'),
  page('1.1.1.5', 2, '1.1.1', ['fulfillment']), page('1.1.1.4', 2, '1.1.1', ['assurance', 'billing']), page('1.1.1.5.1', 3, '1.1.1.5'),
]);

describe('newProcessPage', () => {
  it('writes a Level 2 page under its parent, with the vertical of its first sibling that has one', () => {
    expect(newProcessPage(atlas, '1.1.1.9', '  New Thing ')).toBe([
      '---', 'id: "1.1.1.9"', 'title: "New Thing"', 'level: 2', 'parent: "1.1.1"', `summary: "${PLACEHOLDERS.summary}"`,
      'verticals: [assurance]  # the vertical groupings this process belongs to', '---', '',
      PLACEHOLDERS.level2, '', '## Inputs and outputs', '', PLACEHOLDERS.inputs, PLACEHOLDERS.outputs, '',
      '## Related processes', '', `- [Parent process](../1.1.1/): ${PLACEHOLDERS.related}`, '',
    ].join('\n'));
  });

  it('falls back to fulfillment when no sibling has a vertical, and writes a Level 3 page without verticals', () => {
    expect(newProcessPage(atlas, '1.1.2.1', 'X')).toContain('\nverticals: [fulfillment]  #');
    expect(newProcessPage(atlas, '1.1.1.5.2', 'Y "quoted"')).toBe([
      '---', 'id: "1.1.1.5.2"', 'title: "Y \\"quoted\\""', 'level: 3', 'parent: "1.1.1.5"', `summary: "${PLACEHOLDERS.summary}"`, '---', '', PLACEHOLDERS.level3, '',
    ].join('\n'));
  });

  it('says why it cannot create a page', () => {
    expect(() => newProcessPage(atlas, 'billing', 'B')).toThrow('"billing" is not a numeric eTOM id such as 1.1.2.9');
    expect(() => newProcessPage(atlas, '7', 'B')).toThrow('"7" is not a numeric eTOM id such as 1.1.2.9');
    expect(() => newProcessPage(atlas, '1.1.1.5', 'B')).toThrow('process 1.1.1.5 exists already: edit content/en/1.1.1.5.mdx instead');
    expect(() => newProcessPage(atlas, '1.1.3.1', 'B')).toThrow('its parent 1.1.3 does not exist: create that page first');
    expect(() => newProcessPage(atlas, '1.1.1.5.1.1', 'B')).toThrow('1.1.1.5.1.1 would be at level 4; the eTOM pages stop at level 3');
    expect(() => newProcessPage(atlas, '1.1.1.8', '   ')).toThrow('give the process name as the second argument, in quotes');
  });
});

describe('translationPage', () => {
  it('stamps the English version right under the id, replacing an old stamp, and keeps the rest', () => {
    const en = '---\nid: "1.1.1.5"\nsource: "000000000000"\ntitle: "Order Handling"\naliases: ["A"]\n---\n\nText.\n';
    const hash = createHash('sha256').update(en).digest('hex').slice(0, 12);
    expect(translationPage(en)).toBe(`---\nid: "1.1.1.5"\nsource: "${hash}"\ntitle: "Order Handling"\naliases: ["A"]\n---\n\nText.\n`);
  });
});
