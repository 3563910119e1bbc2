/**
 * The org chart panel: one unit's chart as an outline (a nested list with
 * verdict marks — what a phone shows first) or drawn by Mermaid (what a
 * laptop shows first; one tap away on a phone), left to right, at its
 * natural size in a frame that pans by dragging, scrolling or the keyboard,
 * so labels stay readable. With a text alternative, a legend, the Mermaid
 * source to copy, SVG and PNG downloads. Loaded, with Mermaid, only when
 * the drawn chart is asked for.
 */
import { useMemo, useState } from 'preact/hooks';
import type { PlannerData } from '../../lib/plan-editing/data.ts';
import { unitChart, type Mark } from '../../lib/plan-editing/chart.ts';
import { chartOutline } from '../../lib/plan-editing/chart-outline.ts';
import type { Session } from '../../stores/planner.ts';
import { $expanded } from '../../stores/planner-ui.ts';
import { ChartOutline } from './ChartOutline.tsx';
import { DrawnChart } from './DrawnChart.tsx';
import { useStore } from '@nanostores/preact';

interface Props {
  session: Session;
  marks: ReadonlyMap<string, Mark>;
  data: PlannerData;
}

type View = 'outline' | 'drawn';

/** Screens this narrow start with the outline: a drawn committee would shrink below reading size. */
const PHONE = '(max-width: 600px)';

const firstView = (): View =>
  typeof matchMedia === 'function' && matchMedia(PHONE).matches ? 'outline' : 'drawn';

function ViewSwitch({ view, onChange }: { view: View; onChange: (v: View) => void }) {
  return (
    <div class="pl-chart-views" role="group" aria-label="组织图的显示方式">
      <button type="button" aria-pressed={view === 'outline'} onClick={() => onChange('outline')}>
        大纲视图
      </button>
      <button type="button" aria-pressed={view === 'drawn'} onClick={() => onChange('drawn')}>
        图形视图
      </button>
    </div>
  );
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
  const [view, setView] = useState<View>(firstView);
  const unit = index.unitById.get(unitId)?.unit ?? root;
  const chart = useMemo(() => unitChart(unit, { marks }), [unit, marks]);
  const outline = useMemo(() => chartOutline(unit, marks), [unit, marks]);
  return (
    <section class="pl-panel pl-chart" aria-labelledby="pl-chart-title" data-view={view}>
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
      <ViewSwitch view={view} onChange={setView} />
      {view === 'outline' ? (
        <ChartOutline outline={outline} />
      ) : (
        <DrawnChart chart={chart} fileBase={`${session.doc.plan.title}-${unit.name ?? unit.kind}`} />
      )}
    </section>
  );
}
