/**
 * The drawn org chart (Mermaid, loaded on first use): at its natural size,
 * so labels keep the page's reading size, in a frame that pans — drag with
 * the mouse, swipe on a phone, scroll or use the arrow keys once focused.
 * With its legend, the Mermaid source to copy, SVG and PNG downloads.
 *
 * Timing: 'planner:chart-drawn' is marked when a chart is on screen, which
 * the bench reads (Mermaid's own download is measured apart, see
 * mermaid-render.ts).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  MARKS,
  ROLE_GROUP_LABELS,
  type Chart,
  type Mark,
  type RoleGroup,
} from '../../lib/plan-editing/chart.ts';
import { copyText } from '../../components/common/clipboard.ts';
import { download, fileName } from './files.ts';
import { drawChart, naturalSize, pngBlob, svgText } from './mermaid-render.ts';

type DrawState = 'drawing' | 'drawn' | 'error';

/** Draw `source` into the frame; returns the drawing's state and the SVG once drawn. */
function useDrawing(source: string, frame: { current: HTMLDivElement | null }) {
  const [svg, setSvg] = useState<SVGSVGElement | undefined>(undefined);
  const [state, setState] = useState<DrawState>('drawing');
  useEffect(() => {
    let live = true;
    setState('drawing');
    drawChart(source).then(
      (drawn) => {
        if (!live || !frame.current) return;
        drawn.setAttribute('aria-labelledby', 'pl-chart-summary');
        naturalSize(drawn);
        frame.current.replaceChildren(drawn);
        setSvg(drawn);
        setState('drawn');
        performance.mark('planner:chart-drawn');
      },
      () => live && setState('error'),
    );
    return () => {
      live = false;
    };
  }, [source]);
  return { svg, state };
}

/** Drag to pan, with a mouse or pen (touch pans by the browser's own scrolling). */
function usePan() {
  const last = useRef<{ x: number; y: number } | undefined>(undefined);
  return {
    onPointerDown: (e: PointerEvent) => {
      if (e.pointerType === 'touch') return;
      e.preventDefault();
      last.current = { x: e.clientX, y: e.clientY };
      (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
    },
    onPointerMove: (e: PointerEvent) => {
      const from = last.current;
      if (!from) return;
      const frame = e.currentTarget as HTMLElement;
      frame.scrollLeft += from.x - e.clientX;
      frame.scrollTop += from.y - e.clientY;
      last.current = { x: e.clientX, y: e.clientY };
    },
    onPointerUp: () => {
      last.current = undefined;
    },
  };
}

function Legend() {
  return (
    <ul class="pl-legend" aria-label="图例">
      {(Object.keys(ROLE_GROUP_LABELS) as RoleGroup[]).map((g) => (
        <li key={g} class={`pl-legend-${g}`}>
          {ROLE_GROUP_LABELS[g]}
        </li>
      ))}
      {(Object.keys(MARKS) as Mark[]).map((m) => (
        <li key={m} class={`pl-legend-mark-${m}`}>
          {MARKS[m].sign} {MARKS[m].label}（边框）
        </li>
      ))}
    </ul>
  );
}

function Downloads({
  chart,
  svg,
  fileBase,
}: {
  chart: Chart;
  svg: SVGSVGElement | undefined;
  fileBase: string;
}) {
  const [message, setMessage] = useState('');
  const copy = async () =>
    setMessage(
      await copyText(
        chart.source,
        '已复制 Mermaid 源码。',
        '浏览器不允许直接复制：请在下面的源码框中全选后复制。',
      ),
    );
  const png = async () => {
    if (!svg) return;
    try {
      download(fileName(fileBase, 'png'), 'image/png', await pngBlob(svg));
    } catch {
      setMessage('无法生成 PNG：请改用导出 SVG。');
    }
  };
  return (
    <>
      <div class="pl-actions">
        <button type="button" onClick={copy}>
          复制 Mermaid 源码
        </button>
        <button
          type="button"
          disabled={!svg}
          onClick={() => svg && download(fileName(fileBase, 'svg'), 'image/svg+xml', svgText(svg))}
        >
          导出 SVG
        </button>
        <button type="button" disabled={!svg} onClick={png}>
          导出 PNG
        </button>
      </div>
      <p class="pl-hint" role="status">
        {message}
      </p>
    </>
  );
}

export function DrawnChart({ chart, fileBase }: { chart: Chart; fileBase: string }) {
  const frame = useRef<HTMLDivElement>(null);
  const { svg, state } = useDrawing(chart.source, frame);
  const pan = usePan();
  return (
    <>
      <div
        class="pl-chart-canvas"
        data-state={state}
        ref={frame}
        tabIndex={0}
        role="region"
        aria-label="组织图（可拖动或用方向键移动查看）"
        {...pan}
      />
      {state === 'drawing' && <p class="pl-hint">正在绘制……</p>}
      {state === 'error' && (
        <p class="pl-error">组织图绘制失败：可改用“大纲视图”，或复制下面的 Mermaid 源码到其他工具中查看。</p>
      )}
      <Legend />
      <Downloads chart={chart} svg={svg} fileBase={fileBase} />
      <details>
        <summary>Mermaid 源码</summary>
        <label for="f-chart-source" class="sr-only">
          Mermaid 源码
        </label>
        <textarea id="f-chart-source" readOnly rows={8} value={chart.source} />
      </details>
    </>
  );
}
