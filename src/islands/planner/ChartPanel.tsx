/**
 * The org chart panel: one unit's chart (members by rank, child units),
 * coloured by role and outlined by verdict, with a text alternative and a
 * legend; the Mermaid source to copy; SVG and PNG downloads. Loaded, with
 * Mermaid, only when the chart is asked for.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PlannerData } from '../../lib/plan-editing/data.ts';
import {
  MARKS,
  ROLE_GROUP_LABELS,
  unitChart,
  type Mark,
  type RoleGroup,
} from '../../lib/plan-editing/chart.ts';
import type { Session } from '../../stores/planner.ts';
import { $expanded } from '../../stores/planner-ui.ts';
import { download, fileName } from './files.ts';
import { drawChart, pngBlob, svgText } from './mermaid-render.ts';
import { useStore } from '@nanostores/preact';

interface Props {
  session: Session;
  marks: ReadonlyMap<string, Mark>;
  data: PlannerData;
}

export function ChartPanel({ session, marks }: Props) {
  const expanded = useStore($expanded);
  const { index } = session;
  const root = session.doc.plan.root;
  // Units to choose from: the top, its children, and any unit open in the editor.
  const choices = useMemo(() => {
    const ids = new Set([root.id, ...root.children.map((c) => c.id), ...expanded]);
    return index.units.filter((e) => ids.has(e.unit.id)).slice(0, 300);
  }, [index, expanded]);
  const [unitId, setUnitId] = useState(root.id);
  const unit = index.unitById.get(unitId)?.unit ?? root;
  const chart = useMemo(() => unitChart(unit, { marks }), [unit, marks]);
  const holder = useRef<HTMLDivElement>(null);
  const [svg, setSvg] = useState<SVGSVGElement | undefined>(undefined);
  const [state, setState] = useState<'drawing' | 'drawn' | 'error'>('drawing');
  const [message, setMessage] = useState('');
  useEffect(() => {
    let live = true;
    setState('drawing');
    drawChart(chart.source).then(
      (drawn) => {
        if (!live || !holder.current) return;
        drawn.setAttribute('aria-labelledby', 'pl-chart-summary');
        holder.current.replaceChildren(drawn);
        setSvg(drawn);
        setState('drawn');
      },
      () => live && setState('error'),
    );
    return () => {
      live = false;
    };
  }, [chart.source]);
  const base = `${session.doc.plan.title}-${unit.name ?? unit.kind}`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(chart.source);
      setMessage('已复制 Mermaid 源码。');
    } catch {
      setMessage('浏览器不允许直接复制：请在下面的源码框中全选后复制。');
    }
  };
  return (
    <section class="pl-panel pl-chart" aria-labelledby="pl-chart-title">
      <h2 id="pl-chart-title">组织图</h2>
      <div class="pl-field">
        <label for="f-chart-unit">画哪个单位</label>
        <select id="f-chart-unit" value={unit.id} onChange={(e) => setUnitId(e.currentTarget.value)}>
          {choices.map((e) => (
            <option key={e.unit.id} value={e.unit.id}>
              {e.path}
            </option>
          ))}
        </select>
      </div>
      <p id="pl-chart-summary">{chart.summary}</p>
      <div class="pl-chart-canvas" data-state={state} ref={holder} />
      {state === 'drawing' && <p class="pl-hint">正在绘制……</p>}
      {state === 'error' && (
        <p class="pl-error">组织图绘制失败：可复制下面的 Mermaid 源码到其他工具中查看。</p>
      )}
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
      <div class="pl-actions">
        <button type="button" onClick={copy}>
          复制 Mermaid 源码
        </button>
        <button
          type="button"
          disabled={!svg}
          onClick={() => svg && download(fileName(base, 'svg'), 'image/svg+xml', svgText(svg))}
        >
          导出 SVG
        </button>
        <button
          type="button"
          disabled={!svg}
          onClick={async () => {
            if (!svg) return;
            try {
              download(fileName(base, 'png'), 'image/png', await pngBlob(svg));
            } catch {
              setMessage('无法生成 PNG：请改用导出 SVG。');
            }
          }}
        >
          导出 PNG
        </button>
      </div>
      <p class="pl-hint" role="status">
        {message}
      </p>
      <details>
        <summary>Mermaid 源码</summary>
        <label for="f-chart-source" class="sr-only">
          Mermaid 源码
        </label>
        <textarea id="f-chart-source" readOnly rows={8} value={chart.source} />
      </details>
    </section>
  );
}
