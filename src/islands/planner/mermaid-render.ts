/**
 * Draws Mermaid source into an SVG element. Mermaid is imported here, on
 * first use only (Vite puts it in chunks of its own), with securityLevel
 * 'strict' and plain SVG text labels (htmlLabels off): no HTML inside the
 * drawing, and an SVG that can be saved, printed and turned into a PNG.
 * The SVG is parsed as XML and imported node by node, never assigned as HTML.
 */
import { loadMermaid, type Mermaid } from '../../components/markdown/load-mermaid.ts';

let mermaid: Promise<Mermaid> | undefined;
let counter = 0;

function load(): Promise<Mermaid> {
  mermaid ??= loadMermaid().then((m) => {
    m.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      htmlLabels: false,
      theme: 'base',
      themeVariables: {
        // The site's one font stack (src/styles/site.css), as the page resolved it.
        fontFamily: getComputedStyle(document.body).fontFamily,
        primaryColor: '#f4f4f4',
        primaryTextColor: '#1a1a1a',
        lineColor: '#555555',
        background: '#ffffff',
      },
      flowchart: { curve: 'basis', nodeSpacing: 24, rankSpacing: 48 },
    });
    return m;
  });
  return mermaid;
}

/** The chart as an SVG element (not yet in the document). */
export async function drawChart(source: string): Promise<SVGSVGElement> {
  const m = await load();
  counter += 1;
  const { svg } = await m.render(`pl-chart-${counter}`, source);
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = parsed.documentElement;
  if (root.nodeName !== 'svg' || parsed.getElementsByTagName('parsererror').length > 0) {
    throw new Error('组织图绘制结果无效');
  }
  const element = document.importNode(root, true) as unknown as SVGSVGElement;
  element.setAttribute('role', 'img');
  return element;
}

/** Standalone SVG text of a drawn chart, sized by its viewBox. */
export function svgText(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const box = copy.viewBox.baseVal;
  if (box && box.width > 0) {
    copy.setAttribute('width', String(Math.ceil(box.width)));
    copy.setAttribute('height', String(Math.ceil(box.height)));
    copy.style.removeProperty('max-width');
  }
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}\n`;
}

/** A PNG of a drawn chart, at twice its size, on white. */
export async function pngBlob(svg: SVGSVGElement): Promise<Blob> {
  const text = svgText(svg);
  const box = svg.viewBox.baseVal;
  const scale = 2;
  const image = new Image();
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('无法生成图片'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(box.width * scale);
    canvas.height = Math.ceil(box.height * scale);
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('无法生成图片'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
