/**
 * Renders hierarchy diagrams lazily: mermaid (bundled, never from a CDN) is imported only when a
 * diagram comes within 300px of the viewport, and diagrams re-render when the theme switches.
 */
type Mermaid = typeof import('mermaid').default;
let mermaidPromise: Promise<Mermaid> | undefined;
let counter = 0;

function loadMermaid(): Promise<Mermaid> {
  mermaidPromise ??= import('mermaid').then((m) => m.default);
  return mermaidPromise;
}

function isDark(): boolean {
  return document.documentElement.dataset.theme === 'dark';
}

async function render(el: HTMLElement): Promise<void> {
  const source = el.dataset.diagramSource;
  if (!source) return;
  const mermaid = await loadMermaid();
  const dark = isDark();
  mermaid.initialize({
    startOnLoad: false,
    // Labels are escaped at build time; 'antiscript' keeps node links working and strips any script.
    securityLevel: 'antiscript',
    layout: 'dagre',
    theme: dark ? 'dark' : 'default',
    flowchart: { htmlLabels: true, useMaxWidth: true },
    themeCSS: `.current > rect, .current > .label-container { stroke-width: 3px; } .current rect { fill: ${dark ? '#3b2f63' : '#e9e3ff'} !important; stroke: ${dark ? '#b7a6ff' : '#5b3fd6'} !important; }`,
  });
  const { svg, bindFunctions } = await mermaid.render(`etom-diagram-${++counter}`, source + `\n  classDef current font-weight:bold`);
  el.innerHTML = svg;
  bindFunctions?.(el);
  el.dataset.rendered = dark ? 'dark' : 'light';
}

export function watchDiagrams(): void {
  const diagrams = [...document.querySelectorAll<HTMLElement>('[data-diagram-source]')];
  if (diagrams.length === 0) return;
  const io = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        io.unobserve(e.target);
        void render(e.target as HTMLElement);
      }
    },
    { rootMargin: '300px' },
  );
  diagrams.forEach((d) => io.observe(d));
  // Starlight switches themes by setting data-theme on <html>: redraw what is already drawn.
  new MutationObserver(() => {
    for (const d of diagrams) if (d.dataset.rendered && d.dataset.rendered !== (isDark() ? 'dark' : 'light')) void render(d);
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
}
