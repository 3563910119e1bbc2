/**
 * Draws the page's Mermaid diagrams (markup from
 * src/lib/markdown/remark-mermaid.ts). Mermaid is imported only when a
 * diagram comes within 400px of the viewport (two screens on a phone) — the dynamic import makes Vite
 * put it in chunks of its own that no other page requests — and drawn into
 * the canvas whose height was reserved at build time.
 *
 * Labels stay readable: a drawing is scaled down to the column only as far
 * as DIAGRAM_MIN_SCALE (Mermaid's 16px labels at 12px); a wider one keeps that size
 * and scrolls sideways in its canvas, which then says so and takes the
 * keyboard. Printing draws every diagram first — the 打印 button and
 * Ctrl+P both go through drawAll — and paper gets each drawing at its
 * natural size, narrowed to the page.
 *
 * Diagrams follow Starlight's theme (data-theme on <html>) and are redrawn
 * when it changes. Mermaid runs with securityLevel 'strict'. From file://
 * (the offline package) Mermaid comes as a classic script (load-mermaid.ts).
 *
 * Each diagram's source is a file of its own (diagram-source.ts). When it or Mermaid cannot be
 * loaded (offline, never read before), the figure is marked failed and markdown.css shows the
 * text version that is already on the page in the drawing's place.
 */
import { DIAGRAM_MIN_SCALE, DIAGRAM_SPACING } from '../../lib/markdown/mermaid-outline.ts';
import { DIAGRAM_CANVAS } from '../../lib/markdown/markup.ts';
import type { Mermaid } from './load-mermaid.ts';

const canvases = [...document.querySelectorAll<HTMLElement>(DIAGRAM_CANVAS)];
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

// How Mermaid is loaded (module, or classic script from file://) is itself loaded with it, off the page's start.
function loadMermaid(): Promise<Mermaid> {
  mermaid ??= import('./load-mermaid.ts').then((m) => m.loadMermaid());
  return mermaid;
}

async function draw(canvas: HTMLElement): Promise<void> {
  const figure = canvas.closest<HTMLElement>('[data-diagram]');
  canvas.dataset['state'] = 'loading';
  try {
    // The source is a file of its own, fetched alongside Mermaid; its reader too is loaded only now.
    const [m, source] = await Promise.all([
      loadMermaid(),
      import('./diagram-source.ts').then(({ canvasSource }) => canvasSource(canvas)),
    ]);
    m.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      theme: 'base',
      themeVariables: themeVariables(),
      flowchart: { nodeSpacing: DIAGRAM_SPACING.node, rankSpacing: DIAGRAM_SPACING.rank },
    });
    counter += 1;
    const { svg } = await m.render(`site-diagram-${counter}`, source);
    canvas.innerHTML = svg;
    const drawn = canvas.querySelector('svg');
    if (drawn) {
      drawn.setAttribute('focusable', 'false');
      drawn.setAttribute('aria-hidden', 'true');
      fit(canvas, drawn);
    }
    canvas.dataset['state'] = 'rendered';
    canvas.dataset['theme'] = isDark() ? 'dark' : 'light';
    figure?.setAttribute('data-state', 'rendered');
  } catch (error) {
    canvas.dataset['state'] = 'error';
    figure?.setAttribute('data-state', 'error');
    console.error('图示绘制失败', error);
  }
}

/**
 * Sizes a drawing for its column: its natural size, narrowed to the column
 * but not below DIAGRAM_MIN_SCALE; past that the canvas scrolls sideways, shows the
 * figure's hint and becomes a labelled, focusable region.
 */
function fit(canvas: HTMLElement, drawn: SVGSVGElement): void {
  const { width, height } = drawn.viewBox.baseVal;
  if (!width || !height) return;
  const room = canvas.parentElement?.clientWidth ?? width;
  const scale = Math.max(DIAGRAM_MIN_SCALE, Math.min(1, room / width));
  drawn.removeAttribute('style');
  // Keep the box reserved before drawing (its height, and its width unless the drawing needs more), so that nothing moves.
  const box = canvas.getBoundingClientRect();
  canvas.style.setProperty('--site-diagram-reserved', `${Math.round(box.height)}px`);
  canvas.style.setProperty(
    '--site-diagram-drawn-width',
    `${Math.max(Math.round(box.width), Math.round(width * scale))}px`,
  );
  drawn.setAttribute('width', String(Math.round(width * scale)));
  drawn.setAttribute('height', String(Math.round(height * scale)));
  // Paper lays the drawing out at its natural width (print.css).
  drawn.style.setProperty('--site-diagram-natural-width', `${Math.round(width)}px`);
  const figure = canvas.closest<HTMLElement>('[data-diagram]');
  const scrolls = width * scale > room + 1;
  figure?.toggleAttribute('data-scrolls', scrolls);
  if (scrolls) {
    canvas.removeAttribute('aria-hidden');
    canvas.setAttribute('tabindex', '0');
    canvas.setAttribute('role', 'region');
    canvas.setAttribute(
      'aria-label',
      `${figure?.querySelector('figcaption')?.textContent ?? '图示'}（可左右滚动）`,
    );
  }
}

const undrawn = (root: ParentNode) =>
  [...root.querySelectorAll<HTMLElement>(DIAGRAM_CANVAS)].filter(
    (canvas) => !['rendered', 'error'].includes(canvas.dataset['state'] ?? ''),
  );

/** Each canvas's first drawing, so that scrolling and printing never draw one twice at once. */
const firstDrawing = new WeakMap<HTMLElement, Promise<void>>();
function drawOnce(canvas: HTMLElement): Promise<void> {
  let drawing = firstDrawing.get(canvas);
  if (!drawing) {
    drawing = draw(canvas);
    firstDrawing.set(canvas, drawing);
  }
  return drawing;
}

/** Draws every diagram in `root` not drawn yet (before printing); resolves when all are done. */
export async function drawAll(root: ParentNode = document): Promise<void> {
  for (const canvas of undrawn(root)) await drawOnce(canvas);
}

// Ctrl+P (⌘P) prints the page as the 打印 button does: every diagram drawn first.
document.addEventListener('keydown', (event) => {
  const print = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'p';
  if (!print || undrawn(document).length === 0) return;
  event.preventDefault();
  void drawAll().then(() => window.print());
});

if (canvases.length > 0) {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        void drawOnce(entry.target as HTMLElement);
      }
    },
    // On a narrow screen, two screens ahead: there a drawing can come out taller than the box
    // the build reserved (the build only estimates Mermaid's layout, and labels are never
    // shrunk below 12px); drawn that far ahead, it grows while nothing below it is on screen.
    { rootMargin: matchMedia('(max-width: 50rem)').matches ? '200% 0px' : '400px 0px' },
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
