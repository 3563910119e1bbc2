/**
 * Draws the page's Mermaid diagrams (markup from
 * src/lib/markdown/remark-mermaid.ts). Mermaid is imported only when a
 * diagram comes within 400px of the viewport — the dynamic import makes Vite
 * put it in chunks of its own that no other page requests — and drawn into
 * the canvas whose height was reserved at build time, so nothing moves.
 * Diagrams follow Starlight's theme (data-theme on <html>) and are redrawn
 * when it changes. Mermaid runs with securityLevel 'strict'. From file://
 * (the offline package) Mermaid comes as a classic script (load-mermaid.ts).
 */
import { loadMermaid as importMermaid, type Mermaid } from './load-mermaid.ts';

const canvases = [...document.querySelectorAll<HTMLElement>('[data-diagram-source]')];
let mermaid: Promise<Mermaid> | undefined;
let counter = 0;

const isDark = () => document.documentElement.dataset['theme'] === 'dark';

/**
 * Mermaid's 'base' theme coloured with Starlight's own palette, read from
 * the page: nodes and labels keep full text contrast in both themes
 * (Starlight's "white" is its strongest foreground in light mode too).
 */
function themeVariables(): Record<string, string> {
  const style = getComputedStyle(document.documentElement);
  const color = (name: string) => style.getPropertyValue(name).trim();
  const text = color('--sl-color-white');
  const bg = color('--sl-color-bg');
  return {
    background: bg,
    fontFamily: getComputedStyle(document.body).fontFamily,
    primaryColor: color('--sl-color-accent-low'),
    primaryTextColor: text,
    primaryBorderColor: color('--sl-color-accent'),
    secondaryColor: color('--sl-color-gray-6'),
    tertiaryColor: color('--sl-color-gray-6'),
    lineColor: color('--sl-color-gray-3'),
    textColor: text,
    nodeTextColor: text,
    titleColor: text,
    edgeLabelBackground: bg,
    clusterBkg: color('--sl-color-gray-6'),
    clusterBorder: color('--sl-color-gray-4'),
  };
}

function loadMermaid(): Promise<Mermaid> {
  mermaid ??= importMermaid();
  return mermaid;
}

async function draw(canvas: HTMLElement): Promise<void> {
  const figure = canvas.closest<HTMLElement>('[data-diagram]');
  const source = canvas.dataset['diagramSource'] ?? '';
  canvas.dataset['state'] = 'loading';
  try {
    const m = await loadMermaid();
    m.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      theme: 'base',
      themeVariables: themeVariables(),
    });
    counter += 1;
    const { svg } = await m.render(`site-diagram-${counter}`, source);
    canvas.innerHTML = svg;
    const drawn = canvas.querySelector('svg');
    // Fit the reserved box: scale down (never up past natural size), keep aspect.
    drawn?.setAttribute('height', '100%');
    drawn?.setAttribute('focusable', 'false');
    canvas.dataset['state'] = 'rendered';
    canvas.dataset['theme'] = isDark() ? 'dark' : 'light';
    figure?.setAttribute('data-state', 'rendered');
  } catch (error) {
    canvas.dataset['state'] = 'error';
    figure?.setAttribute('data-state', 'error');
    console.error('图示绘制失败', error);
  }
}

if (canvases.length > 0) {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        void draw(entry.target as HTMLElement);
      }
    },
    { rootMargin: '400px 0px' },
  );
  for (const canvas of canvases) observer.observe(canvas);

  // Redraw drawn diagrams when the reader switches between light and dark.
  new MutationObserver(() => {
    const theme = isDark() ? 'dark' : 'light';
    for (const canvas of canvases) {
      if (canvas.dataset['state'] === 'rendered' && canvas.dataset['theme'] !== theme) void draw(canvas);
    }
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
}

// A module (not a script), so that other client code can import it too.
export {};
