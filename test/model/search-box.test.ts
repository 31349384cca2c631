/** The search box's markup, built once per language: its filters from the tree, its strings escaped. */
import { describe, expect, it, vi } from 'vitest';
import { parseDocument } from 'htmlparser2';
import { DomUtils } from 'htmlparser2';
import { atlas } from './real-content.ts';
import { searchBoxHtml } from '../../src/model/site/search/box.ts';
import { Atlas } from '../../src/model/site/atlas.ts';
import { LOCALE_CODES } from '../../src/model/locales.ts';
import { t } from '../../src/model/i18n/index.ts';

type El = ReturnType<typeof DomUtils.findAll>[number];
const all = (html: string, test: (e: El) => boolean) => DomUtils.findAll(test, parseDocument(html).children);
const options = (html: string, filter: string) => {
  const select = all(html, (e) => e.name === 'select' && e.attribs['data-filter'] === filter);
  expect(select, filter).toHaveLength(1);
  return DomUtils.findAll((e) => e.name === 'option', select[0]!.children).map((o) => [o.attribs.value, DomUtils.textContent(o)]);
};

describe('search box markup', () => {
  it.each(LOCALE_CODES)('%s: the Kind, Level and Area filters, the strings for the script, the paths to the indexes', (locale) => {
    const html = searchBoxHtml(atlas, locale);
    const any = t(locale, 'search.any');
    expect(options(html, 'kind')).toEqual([['', any], ['process', t(locale, 'search.kind.process')], ['flow', t(locale, 'search.kind.flow')]]);
    expect(options(html, 'level')).toEqual([['', any], ...[0, 1, 2, 3].map((n) => [String(n), t(locale, 'level', { n })])]);
    // The three Level 0 areas, in tree order.
    expect(options(html, 'area')).toEqual([['', any], ...['1.1', '1.2', '1.3'].map((id) => [id, atlas.title(locale, id)])]);
    const [root] = all(html, (e) => e.attribs['data-site-search'] !== undefined);
    expect(root!.attribs).toMatchObject({ 'data-locale': locale, 'data-table': `/search/table-${locale}.js`, 'data-pagefind': '/pagefind/pagefind.js', 'data-library': '/search/minisearch.js' });
    expect(JSON.parse(root!.attribs['data-strings']!)).toEqual({ countOne: t(locale, 'search.count.one'), countOther: t(locale, 'search.count.other'), none: t(locale, 'search.none'), loading: t(locale, 'search.loading'), failed: t(locale, 'search.failed') });
    const [input] = all(html, (e) => e.name === 'input');
    expect(input!.attribs['aria-describedby']).toBe(`search-keys-${locale}`);
    expect(all(html, (e) => e.attribs.id === `search-keys-${locale}`).map((e) => DomUtils.textContent(e))).toEqual([t(locale, 'search.keys')]);
  });

  it('is built once per language and atlas: the same string for every page, another for another atlas', () => {
    expect(searchBoxHtml(atlas, 'it')).toBe(searchBoxHtml(atlas, 'it'));
    expect(searchBoxHtml(atlas, 'it')).not.toBe(searchBoxHtml(atlas, 'zh'));
    const small = new Atlas([{ locale: 'en', page: { id: '1.1', level: 0, title: 'A "quoted" <b>area</b> & more', summary: 's' } }]);
    const html = searchBoxHtml(small, 'en');
    expect(html).not.toBe(searchBoxHtml(atlas, 'en'));
    // An area title is text, never markup.
    expect(options(html, 'area')).toEqual([['', t('en', 'search.any')], ['1.1', 'A "quoted" <b>area</b> & more']]);
    expect(html).not.toContain('<b>');
  });

  it('builds each language once per atlas: later pages reuse the markup', () => {
    const small = new Atlas([{ locale: 'en', page: { id: '1.1', level: 0, title: 'Operations', summary: 's' } }]);
    const builds = vi.spyOn(small.tree, 'treeOrder');
    const en = searchBoxHtml(small, 'en');
    expect(builds).toHaveBeenCalledTimes(1);
    expect(searchBoxHtml(small, 'en')).toBe(en);
    expect(builds).toHaveBeenCalledTimes(1);
    expect(searchBoxHtml(small, 'it')).toContain('data-locale="it"');
    searchBoxHtml(small, 'it');
    searchBoxHtml(small, 'en');
    expect(builds).toHaveBeenCalledTimes(2);
  });

  it('is the button, then the dialog: query row, the three filters, status, results and the key hint', () => {
    const small = new Atlas([{ locale: 'en', page: { id: '1.1', level: 0, title: 'Operations', summary: 's' } }]);
    const doc = parseDocument(searchBoxHtml(small, 'en'));
    // Every element in document order, with its attributes (data-strings aside: checked above) and its own text.
    const outline = DomUtils.findAll(() => true, doc.children).filter((e) => !['path', 'option'].includes(e.name)).map((e) => {
      const attrs = Object.entries(e.attribs).filter(([k]) => !['data-strings', 'd'].includes(k)).map(([k, v]) => (v ? `${k}=${v}` : k));
      const text = e.children.filter((c) => c.type === 'text').map((c) => (c as unknown as { data: string }).data).join('');
      return [e.name, attrs.join(' '), text].filter(Boolean).join(' | ');
    });
    expect(outline).toEqual([
      'div | class=site-search data-site-search data-locale=en data-table=/search/table-en.js data-offline-index=/search/index-en.js data-library=/search/minisearch.js data-pagefind=/pagefind/pagefind.js',
      'button | type=button class=search-open data-search-open disabled aria-label=Search aria-haspopup=dialog aria-keyshortcuts=Control+K',
      'svg | aria-hidden=true viewbox=0 0 24 24 width=16 height=16',
      'span | class=search-open-text | Search',
      'dialog | class=search-dialog aria-label=Search the processes',
      'div | class=search-frame',
      'div | class=search-row role=search',
      'input | type=search class=search-input autocomplete=off spellcheck=false enterkeyhint=search aria-label=Search the processes placeholder=An id, a name or words, e.g. 1.1.1.5 or trouble ticket aria-describedby=search-keys-en',
      'button | type=button class=search-button data-search-clear hidden | Clear',
      'button | type=button class=search-button data-search-close | Close',
      'fieldset | class=search-filters',
      'legend | Filters',
      'label | Kind',
      'select | data-filter=kind',
      'label | Level',
      'select | data-filter=level',
      'label | Area',
      'select | data-filter=area',
      'p | class=search-status role=status',
      'ol | class=search-results data-search-results aria-label=Results',
      'p | class=search-keys id=search-keys-en | Arrow keys move through the results, Enter opens one, Escape closes the search.',
    ]);
    // A select holds its options and nothing else.
    for (const select of DomUtils.findAll((e) => e.name === 'select', doc.children)) {
      expect(select.children.map((c) => (c.type === 'tag' ? (c as El).name : `text:${(c as unknown as { data: string }).data}`))).toEqual(select.children.map(() => 'option'));
    }
  });
});
