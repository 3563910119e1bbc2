/**
 * Diagrams for documents: each Mermaid source drawn again, off screen, with
 * a light print palette and plain SVG text labels (no HTML inside the SVG, so
 * the browser lets a canvas turn it into a PNG), then rasterised at twice its
 * size. The page's own drawing follows the reader's theme and may not be
 * drawn yet (diagrams are drawn when scrolled near); the document's is the
 * same source, drawn the same way, always black on white.
 *
 * A diagram that cannot be drawn — the page's own attempt failed, its source
 * file cannot be read (diagram-source.ts), Mermaid rejects it, or the browser
 * cannot rasterise it — is marked `failed`, and
 * the document says so in its place and gives its text outline instead.
 */
import type { DiagramBlock } from '../../lib/documents/model.ts';

import { loadMermaid as importMermaid, type Mermaid } from '../markdown/load-mermaid.ts';
import { diagramSource } from '../markdown/diagram-source.ts';

/** Chinese fonts a reader's system has, in the order a document prefers them. */
const FONT_STACK =
  '"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei","SimHei",sans-serif';

/** Per-diagram settings (a Mermaid directive), so the page's own drawings keep theirs. */
const DIRECTIVE = `%%{init: ${JSON.stringify({
  theme: 'base',
  htmlLabels: false,
  flowchart: { htmlLabels: false },
  themeVariables: {
    background: '#ffffff',
    fontFamily: FONT_STACK,
    fontSize: '16px',
    primaryColor: '#f2f2f2',
    primaryTextColor: '#000000',
    primaryBorderColor: '#333333',
    lineColor: '#333333',
    textColor: '#000000',
    nodeTextColor: '#000000',
    titleColor: '#000000',
    edgeLabelBackground: '#ffffff',
    clusterBkg: '#fafafa',
    clusterBorder: '#666666',
  },
})}}%%\n`;

let loading: Promise<Mermaid> | undefined;
let counter = 0;

/** Start loading Mermaid now (alongside the document library), so drawing need not wait for it later. */
export function warmUp(): void {
  void loadMermaid().catch(() => undefined);
}

function loadMermaid(): Promise<Mermaid> {
  loading ??= importMermaid().then((m) => {
    // The same base settings as the page's diagram loader; the directive above sets the look.
    m.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'base' });
    return m;
  });
  return loading;
}

/** An SVG document as PNG bytes at `scale` times its size. */
async function rasterise(
  svg: string,
  scale = 2,
): Promise<{ png: Uint8Array; width: number; height: number }> {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = doc.documentElement;
  const [, , vw = 0, vh = 0] = (root.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const width = Math.ceil(vw);
  const height = Math.ceil(vh);
  if (!width || !height) throw new Error('图示没有尺寸');
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.removeAttribute('style');
  const blob = new Blob([new XMLSerializer().serializeToString(root)], { type: 'image/svg+xml' });
  const url = URL.createObjectURL(blob);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('浏览器不能绘制图片');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const png = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('浏览器不能生成图片'))), 'image/png'),
    );
    return { png: new Uint8Array(await png.arrayBuffer()), width, height };
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Draw every diagram not already marked failed; failures are recorded on the block. */
export async function drawDiagrams(blocks: readonly DiagramBlock[]): Promise<void> {
  const todo = blocks.filter((b) => !b.failed && !b.image);
  if (todo.length === 0) return;
  let mermaid: Mermaid;
  try {
    mermaid = await loadMermaid();
  } catch {
    for (const block of todo) block.failed = '绘图程序没有载入（可能是网络中断）';
    return;
  }
  for (const block of todo) {
    try {
      counter += 1;
      const source = await diagramSource(block.key);
      const { svg } = await mermaid.render(`doc-diagram-${counter}`, DIRECTIVE + source);
      block.image = await rasterise(svg);
    } catch {
      block.failed = '图示没有绘制成功';
    }
  }
}
