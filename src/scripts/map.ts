/** Map interactions: type-to-filter by id or name, and highlighting one vertical or horizontal grouping. */
export function enhanceMap(): void {
  const filter = document.querySelector<HTMLInputElement>('#map-filter');
  const highlight = document.querySelector<HTMLSelectElement>('#map-highlight');
  const count = document.querySelector<HTMLOutputElement>('#map-count');
  const wrap = document.querySelector<HTMLElement>('.etom-map-wrap');
  if (!filter || !highlight || !wrap || !count) return;
  const items = [...wrap.querySelectorAll<HTMLElement>('li[data-id]')];

  filter.addEventListener('input', () => {
    const q = filter.value.trim().toLowerCase();
    const seen = new Set<string>();
    for (const li of items) {
      const hit = !q || li.dataset.id!.startsWith(q) || li.dataset.name!.includes(q);
      li.classList.toggle('dim', !hit);
      if (hit && q) seen.add(li.dataset.id!);
    }
    wrap.classList.toggle('filtering', q.length > 0);
    count.textContent = q ? count.dataset.template!.replace('{n}', String(seen.size)).replace('{total}', count.dataset.total!) : '';
  });

  highlight.addEventListener('change', () => {
    const [kind, id] = highlight.value.split(':');
    wrap.querySelectorAll('.hl').forEach((el) => el.classList.remove('hl'));
    wrap.classList.toggle('highlighting', Boolean(kind));
    if (kind === 'col') {
      wrap.querySelectorAll<HTMLElement>(`th[data-col="${id}"], td[data-cols~="${id}"]`).forEach((el) => el.classList.add('hl'));
    } else if (kind === 'row') {
      wrap.querySelectorAll<HTMLElement>(`tbody[data-row="${id}"]`).forEach((el) => el.classList.add('hl'));
    }
  });
}
