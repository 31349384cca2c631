/**
 * The search box: a header button opening a dialog with the query field, the Level and Area filters,
 * one live region for the count, and the results (id, title, excerpt), reachable with the arrow keys.
 * Every string comes from the page (rendered from src/model/i18n), so the box speaks the page's language.
 */
import { SearchEngine, type BackendName, type Outcome } from './engine.ts';
import type { SearchFilters } from '../../model/site/search/rank.ts';

type Strings = Record<'countOne' | 'countOther' | 'none' | 'loading' | 'failed', string>;

const fill = (s: string, vars: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));

function setup(root: HTMLElement) {
  const d = root.dataset;
  const abs = (p: string) => new URL(p, location.href).href;
  const table = abs(d.table!);
  const engine = new SearchEngine({
    locale: d.locale!,
    table,
    pagefind: d.pagefind ? abs(d.pagefind) : undefined,
    library: abs(d.library!),
    offlineIndex: abs(d.offlineIndex!),
    root: new URL('../', table).href,
  });
  const strings = JSON.parse(d.strings!) as Strings;
  const open = root.querySelector<HTMLButtonElement>('[data-search-open]')!;
  const dialog = root.querySelector('dialog')!;
  const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  const clear = root.querySelector<HTMLButtonElement>('[data-search-clear]')!;
  const close = root.querySelector<HTMLButtonElement>('[data-search-close]')!;
  const status = root.querySelector<HTMLElement>('[role="status"]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const selects = [...root.querySelectorAll<HTMLSelectElement>('select[data-filter]')];

  const filters = (): SearchFilters => {
    const f: SearchFilters = {};
    for (const s of selects) {
      if (!s.value) continue;
      if (s.dataset.filter === 'level') f.level = Number(s.value);
      else if (s.dataset.filter === 'kind') f.kind = s.value === 'flow' ? 'flow' : 'process';
      else f.area = s.value;
    }
    return f;
  };

  const render = (query: string, out: Outcome) => {
    list.replaceChildren(...out.results.map((r) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = r.url;
      a.className = 'search-result';
      const head = document.createElement('span');
      head.className = 'search-result-title';
      if (r.label) {
        const id = document.createElement('span');
        id.className = 'search-result-id';
        id.textContent = r.label;
        head.append(id, ' ');
      }
      head.append(r.title);
      const ex = document.createElement('span');
      ex.className = 'search-result-excerpt';
      ex.dataset.excerptFor = r.id;
      a.append(head, ex);
      li.append(a);
      return li;
    }));
    const n = out.total;
    status.textContent = n === 0 ? fill(strings.none, { query }) : fill(n === 1 ? strings.countOne : strings.countOther, { n, query });
  };

  const fillExcerpts = (out: Outcome) => {
    for (const r of out.results) {
      const ex = list.querySelector<HTMLElement>(`[data-excerpt-for="${CSS.escape(r.id)}"]`);
      if (!ex) continue;
      ex.replaceChildren(...r.excerpt.map((p) => {
        if (!p.mark) return document.createTextNode(p.text);
        const m = document.createElement('mark');
        m.textContent = p.text;
        return m;
      }));
    }
  };

  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = async () => {
    const query = input.value.trim();
    const mine = ++seq;
    clear.hidden = !input.value;
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    // Only a slow first query (downloads under way) says it is searching; fast ones just answer.
    const slow = setTimeout(() => { if (mine === seq) status.textContent = strings.loading; }, 400);
    try {
      const out = await engine.search(query, filters());
      clearTimeout(slow);
      if (mine !== seq) return;
      render(query, out);
      await engine.excerpts(out);
      if (mine === seq) fillExcerpts(out);
    } catch (err) {
      console.warn('search:', err);
      if (mine === seq) status.textContent = strings.failed;
    } finally {
      clearTimeout(slow);
    }
  };
  const later = () => {
    // The index chunks for the words download while the debounce waits.
    if (input.value.trim()) engine.preload(input.value.trim());
    clearTimeout(timer);
    timer = setTimeout(run, 120);
  };

  const show = () => {
    if (!dialog.open) { dialog.showModal(); document.documentElement.classList.add('search-locked'); }
    input.focus();
    engine.prepare().catch((err) => console.warn('search:', err));
  };
  open.addEventListener('click', show);
  open.disabled = false;
  close.addEventListener('click', () => dialog.close());
  // However it closes (button, backdrop, Escape, Ctrl+K), the page scrolls again.
  dialog.addEventListener('close', () => document.documentElement.classList.remove('search-locked'));
  // A click on the backdrop (outside the frame) closes, as Starlight's did.
  dialog.addEventListener('click', (e) => { if (e.target === dialog) dialog.close(); });
  input.addEventListener('focus', () => void engine.prepare().catch(() => {}), { once: true });
  input.addEventListener('input', later);
  for (const s of selects) s.addEventListener('change', run);
  clear.addEventListener('click', () => {
    input.value = '';
    for (const s of selects) s.value = '';
    void run();
    input.focus();
  });
  window.addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
      e.preventDefault();
      if (dialog.open) dialog.close();
      else show();
    }
  });
  // Arrow keys: from the field into the results and between them; up from the first result returns to the field.
  dialog.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
    if (!links.length) return;
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0 && document.activeElement !== input) return;
    e.preventDefault();
    const next = e.key === 'ArrowDown' ? Math.min(at + 1, links.length - 1) : at - 1;
    (next < 0 ? input : links[next]!).focus();
  });

  // Test hook: the same search the box runs, callable from a test in the page.
  (window as unknown as { etomSearch: object }).etomSearch = {
    search: async (query: string, f: SearchFilters = {}, limit?: number, excerpts = false) => {
      const out = await engine.search(query, f, limit);
      return excerpts ? engine.excerpts(out) : out;
    },
    use: (name: BackendName) => { engine.backendName = name; },
    ready: () => engine.prepare().then(() => true),
    get backend() { return engine.backendName; },
  };
}

for (const el of document.querySelectorAll<HTMLElement>('[data-site-search]')) setup(el);
