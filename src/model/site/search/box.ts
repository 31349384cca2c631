/**
 * The search box's markup (src/components/SiteSearch.astro): a header button and the dialog with the
 * query field, the Kind, Level and Area filters and the results list. It is the same on every page of a
 * language, so it is built once per language and the pages share the string. Every string is ours, in the
 * page's language; the data-* paths are absolute site paths, which the offline packaging rewrites relative.
 */
import type { Atlas } from '../atlas.ts';
import { t } from '../../i18n/index.ts';
import { sitePath } from '../../config.ts';
import { escapeHtml as e } from '../html.ts';
import { offlineIndexPath, tablePath } from './table.ts';

const ICON = '<svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16"><path fill="currentColor" d="M21.7 20.3 18 16.6a9 9 0 1 0-1.4 1.4l3.7 3.7a1 1 0 0 0 1.4-1.4ZM11 18a7 7 0 1 1 0-14 7 7 0 0 1 0 14Z"></path></svg>';

function build(atlas: Atlas, locale: string): string {
  const areas = atlas.tree.treeOrder().filter((id) => atlas.tree.get(id)!.level === 0);
  const strings = {
    countOne: t(locale, 'search.count.one'),
    countOther: t(locale, 'search.count.other'),
    none: t(locale, 'search.none'),
    loading: t(locale, 'search.loading'),
    failed: t(locale, 'search.failed'),
  };
  const label = t(locale, 'search.open');
  const any = `<option value="">${e(t(locale, 'search.any'))}</option>`;
  const options = (pairs: [string, string][]) => pairs.map(([v, text]) => `<option value="${e(v)}">${e(text)}</option>`).join('');
  const select = (name: 'kind' | 'level' | 'area', pairs: [string, string][]) =>
    `<label>${e(t(locale, `search.${name}`))}<select data-filter="${name}">${any}${options(pairs)}</select></label>`;
  return `<div class="site-search" data-site-search data-locale="${e(locale)}" data-table="${e(sitePath(tablePath(locale)))}"` +
    ` data-offline-index="${e(sitePath(offlineIndexPath(locale)))}" data-library="${e(sitePath('search/minisearch.js'))}"` +
    ` data-pagefind="${e(sitePath('pagefind/pagefind.js'))}" data-strings="${e(JSON.stringify(strings))}">` +
    `<button type="button" class="search-open" data-search-open disabled aria-label="${e(label)}" aria-haspopup="dialog" aria-keyshortcuts="Control+K">` +
    `${ICON}<span class="search-open-text">${e(label)}</span></button>` +
    `<dialog class="search-dialog" aria-label="${e(t(locale, 'search.label'))}"><div class="search-frame">` +
    `<div class="search-row" role="search"><input type="search" class="search-input" autocomplete="off" spellcheck="false" enterkeyhint="search"` +
    ` aria-label="${e(t(locale, 'search.label'))}" placeholder="${e(t(locale, 'search.placeholder'))}" aria-describedby="search-keys-${e(locale)}">` +
    `<button type="button" class="search-button" data-search-clear hidden>${e(t(locale, 'search.clear'))}</button>` +
    `<button type="button" class="search-button" data-search-close>${e(t(locale, 'search.close'))}</button></div>` +
    `<fieldset class="search-filters"><legend>${e(t(locale, 'search.filters'))}</legend>` +
    select('kind', [['process', t(locale, 'search.kind.process')], ['flow', t(locale, 'search.kind.flow')]]) +
    select('level', [0, 1, 2, 3].map((n) => [String(n), t(locale, 'level', { n })])) +
    select('area', areas.map((id) => [id, atlas.title(locale, id)])) +
    `</fieldset><p class="search-status" role="status"></p>` +
    `<ol class="search-results" data-search-results aria-label="${e(t(locale, 'search.results'))}"></ol>` +
    `<p class="search-keys" id="search-keys-${e(locale)}">${e(t(locale, 'search.keys'))}</p></div></dialog></div>`;
}

const built = new WeakMap<Atlas, Map<string, string>>();

/** The markup for `locale`, built on first use for this atlas (the dev server makes a new atlas on each change). */
export function searchBoxHtml(atlas: Atlas, locale: string): string {
  let byLocale = built.get(atlas);
  if (!byLocale) built.set(atlas, (byLocale = new Map()));
  let html = byLocale.get(locale);
  if (html === undefined) byLocale.set(locale, (html = build(atlas, locale)));
  return html;
}
