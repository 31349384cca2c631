/**
 * The copy button of a Mermaid source block. Shown only when a script runs (it is `hidden` in the HTML);
 * falls back to selecting the text and `execCommand('copy')` where the Clipboard API is refused.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-source-copy]')) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const box = button.closest('.source-box')!;
    const code = box.querySelector('pre')!;
    const status = box.querySelector<HTMLElement>('.source-copied')!;
    const text = code.textContent ?? '';
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      const range = document.createRange();
      range.selectNodeContents(code);
      const sel = getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      document.execCommand('copy');
    }
    status.textContent = button.dataset.copied ?? '';
    setTimeout(() => { status.textContent = ''; }, 2000);
  });
}
