/** Type-to-filter for a data table: rows whose text contains the query stay, the others are hidden (not just faded). */
export function filterTable(inputId: string, tableId: string, countId: string): void {
  const input = document.getElementById(inputId) as HTMLInputElement | null;
  const table = document.getElementById(tableId);
  const count = document.getElementById(countId);
  if (!input || !table || !count) return;
  const rows = [...table.querySelectorAll<HTMLTableRowElement>('tbody tr')].map((tr) => ({ tr, text: tr.textContent!.toLowerCase() }));
  const apply = () => {
    const q = input.value.trim().toLowerCase();
    let n = 0;
    for (const r of rows) {
      const hit = !q || r.text.includes(q);
      r.tr.hidden = !hit;
      if (hit) n++;
    }
    count.textContent = q ? count.dataset.template!.replace('{n}', String(n)).replace('{total}', count.dataset.total!) : '';
  };
  input.addEventListener('input', apply);
  // A shared link such as …/releases/?q=1.1.1.5 opens filtered.
  const q = new URLSearchParams(location.search).get('q');
  if (q) { input.value = q; apply(); }
}
