/**
 * The language picker: goes to the option's page, resolved against this page's URL, so that a relative
 * value (the offline copy's) stays inside the copy and an absolute one (online) works as before.
 */
class AtlasLanguageSelect extends HTMLElement {
  connectedCallback() {
    const select = this.querySelector('select');
    if (!select || select.dataset.bound) return;
    select.dataset.bound = '';
    select.addEventListener('change', () => {
      location.href = new URL(select.value, location.href).href;
    });
    // Back from the other language (bfcache): show this page's language again, not the one chosen.
    addEventListener('pageshow', (e) => {
      if (!e.persisted) return;
      const marked = select.querySelector<HTMLOptionElement>('option[selected]')?.index;
      if (marked !== select.selectedIndex) select.selectedIndex = marked ?? 0;
    });
  }
}
if (!customElements.get('atlas-lang-select')) customElements.define('atlas-lang-select', AtlasLanguageSelect);
