/**
 * Map interactions, all kept in the URL so that a view can be shared as a link:
 *   ?q=text     filter by id prefix or name (what does not match is hidden, not faded)
 *   ?v=billing  highlight a vertical grouping     ?h=1.1.1  highlight a horizontal grouping
 *   ?p=1.1.1.5  highlight one process             ?a=1.2    show one area (the phone view)
 * One live region announces the match count and the highlight; the page scrolls to what is highlighted.
 * The phone view (one area at a time) is a CSS layout: the script only marks what belongs to other areas.
 */
type Kind = 'v' | 'h' | 'p' | 'a';
const KINDS: Kind[] = ['v', 'h', 'p', 'a'];
const SAFE_ID = /^[\w.-]+$/;

export function enhanceMap(): void {
  const filter = document.querySelector<HTMLInputElement>('#map-filter');
  const select = document.querySelector<HTMLSelectElement>('#map-highlight');
  const status = document.querySelector<HTMLOutputElement>('#map-status');
  const wrap = document.querySelector<HTMLElement>('.etom-map-wrap');
  const views = document.querySelector<HTMLElement>('.map-views');
  if (!filter || !select || !status || !wrap || !views) return;
  const items = [...wrap.querySelectorAll<HTMLElement>('li[data-id]')];
  const buttons = [...views.querySelectorAll<HTMLButtonElement>('button[data-view]')];
  const areaOf = (el: Element) => el.closest<HTMLElement>('[data-area]')?.dataset.area ?? '';
  const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  let mark: { kind: Kind; id: string } | undefined;
  let view = buttons[0]?.dataset.view ?? '';

  function show(area: string): void {
    if (!buttons.some((b) => b.dataset.view === area)) return;
    view = area;
    for (const el of wrap!.querySelectorAll<HTMLElement>('[data-area]')) el.classList.toggle('other-area', !el.dataset.area!.split(' ').includes(area));
    for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.view === area));
  }

  /** Hides what does not match; returns the number of distinct matching processes (0 when there is no query). */
  function applyFilter(follow: boolean): number {
    const q = filter!.value.trim().toLowerCase();
    const perArea = new Map<string, Set<string>>();
    for (const li of items) {
      const hit = !q || li.dataset.id!.startsWith(q) || li.dataset.name!.includes(q);
      li.hidden = !hit;
      if (hit && q) {
        const a = areaOf(li);
        perArea.set(a, (perArea.get(a) ?? new Set()).add(li.dataset.id!));
      }
    }
    wrap!.classList.toggle('filtering', q.length > 0);
    for (const b of buttons) b.querySelector('.map-view-count')!.textContent = q ? `(${perArea.get(b.dataset.view!)?.size ?? 0})` : '';
    // On a phone, an area without matches would look empty: go to the first one that has some.
    if (follow && q && !perArea.get(view)?.size) {
      const next = buttons.find((b) => perArea.get(b.dataset.view!)?.size);
      if (next) show(next.dataset.view!);
    }
    return new Set([...perArea.values()].flatMap((s) => [...s])).size;
  }

  /** Marks the highlighted block; returns what to announce, and its area and first visible element. */
  function applyHighlight(): { message: string; area?: string; target?: HTMLElement } {
    wrap!.querySelectorAll('.hl').forEach((el) => el.classList.remove('hl'));
    wrap!.classList.toggle('highlighting', mark !== undefined && mark.kind !== 'a');
    if (!mark) return { message: '' };
    const { kind, id } = mark;
    if (kind === 'a') return { message: '', area: id, target: wrap!.querySelector<HTMLElement>(`[id="map-area-${id}"]`) ?? undefined };
    const selector = kind === 'v' ? `th[data-col="${id}"], td[data-cols~="${id}"]` : kind === 'h' ? `[data-row="${id}"]` : `li[data-id="${id}"]`;
    const marked = [...wrap!.querySelectorAll<HTMLElement>(selector)];
    if (marked.length === 0) return { message: '' };
    marked.forEach((el) => el.classList.add('hl'));
    const option = [...select!.options].find((o) => o.value === `${kind}:${id}`);
    const name = kind === 'p' ? text(marked[0]!.querySelector('a')) : text(option);
    const n = new Set(marked.flatMap((el) => (el.matches('li') ? [el] : [...el.querySelectorAll<HTMLElement>('li[data-id]')]).map((li) => li.dataset.id))).size;
    const message = kind === 'p' ? status!.dataset.highlightedOne! : status!.dataset.highlighted!;
    return { message: message.replace('{name}', name).replace('{n}', String(n)), area: areaOf(marked[0]!), get target() { return marked.find((el) => el.getClientRects().length > 0); } };
  }

  /** `scroll`: the highlight is new, so its area is shown and brought into view; otherwise the view stays. */
  function update(scroll: boolean, follow = false): void {
    const n = applyFilter(follow);
    const highlight = applyHighlight();
    const { message } = highlight;
    if (scroll && highlight.area) show(highlight.area);
    const target = scroll ? highlight.target : undefined;
    // One match takes the singular sentence ("1 processo su 97 corrisponde").
    const template = n === 1 ? status!.dataset.matchesOne! : status!.dataset.matches!;
    const count = filter!.value.trim() ? template.replace('{n}', String(n)).replace('{total}', status!.dataset.total!) : '';
    status!.textContent = [count, message].filter(Boolean).join(' ');
    if (scroll && target) target.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    const params = new URLSearchParams();
    if (filter!.value.trim()) params.set('q', filter!.value.trim());
    if (mark) params.set(mark.kind, mark.id);
    const query = params.toString();
    try {
      history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    } catch {
      // Some browsers refuse to rewrite file:// URLs; the map still works, only the address stays as it was.
    }
  }

  const params = new URLSearchParams(location.search);
  filter.value = params.get('q') ?? '';
  for (const kind of KINDS) {
    const id = params.get(kind);
    if (id && SAFE_ID.test(id)) {
      mark = { kind, id };
      break;
    }
  }
  if (mark && (mark.kind === 'v' || mark.kind === 'h')) select.value = `${mark.kind}:${mark.id}`;
  views.hidden = false;
  show(view);
  update(mark !== undefined);

  filter.addEventListener('input', () => update(false, true));
  select.addEventListener('change', () => {
    const [kind, id] = select.value.split(':') as [Kind, string];
    mark = select.value ? { kind, id } : undefined;
    update(true);
  });
  for (const b of buttons) {
    b.addEventListener('click', () => {
      if (mark?.kind === 'a') mark = undefined;
      show(b.dataset.view!);
      update(false);
    });
  }
}
