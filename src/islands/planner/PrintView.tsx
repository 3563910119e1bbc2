/**
 * The printed plan, for the meeting: title, date and rule-set version, the
 * org chart, the member table, and the verdicts with their explanations and
 * citations (full addresses, since paper has no links). Built when 打印 is
 * pressed, then handed to the browser's print dialog; A4 layout in
 * planner.css (@media print).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Plan, Unit } from '../../lib/plan-format/schema.ts';
import { unitChart, type Mark } from '../../lib/plan-editing/chart.ts';
import { chineseDate } from '../../lib/dates.ts';
import type { PlannerData } from '../../lib/plan-editing/data.ts';
import { $check, type Session } from '../../stores/planner.ts';
import { drawChart } from './mermaid-render.ts';
import { PrintedMembers } from './PrintedMembers.tsx';
import { PrintedVerdicts } from './PrintedVerdicts.tsx';
import { useStore } from '@nanostores/preact';

interface Props {
  session: Session;
  marks: ReadonlyMap<string, Mark>;
  data: PlannerData;
  onDone: () => void;
}

export function PrintView({ session, marks, data, onDone }: Props) {
  const check = useStore($check);
  const plan = session.doc.plan;
  const { chartHolder, ready } = usePrintOnceDrawn(plan.root, marks, onDone);
  if (!check) return null;
  return (
    <article class="pl-print" data-ready={ready ? 'true' : undefined} aria-label="打印稿">
      <PrintHeader plan={plan} packTitles={check.view.packTitles} ruleSetVersion={data.ruleSetVersion} />
      <section>
        <h2>组织图：{plan.root.name ?? plan.root.kind}</h2>
        <div class="pl-print-chart" ref={chartHolder} />
      </section>
      <PrintedMembers root={plan.root} marks={marks} />
      <PrintedVerdicts view={check.view} />
    </article>
  );
}

/**
 * Draws the chart into `chartHolder`, then opens the browser's print dialog;
 * once that closes (printed or cancelled), `onDone` takes the print view away.
 * A chart that fails to draw is replaced by a note, and printing goes on.
 */
function usePrintOnceDrawn(root: Unit, marks: ReadonlyMap<string, Mark>, onDone: () => void) {
  const chartHolder = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    const chart = unitChart(root, { marks });
    drawChart(chart.source)
      .then((svg) => {
        if (live && chartHolder.current) chartHolder.current.replaceChildren(svg);
      })
      .catch(() => {
        if (live && chartHolder.current) chartHolder.current.textContent = '（组织图绘制失败）';
      })
      .finally(() => {
        if (!live) return;
        setReady(true);
        window.addEventListener('afterprint', onDone, { once: true });
        requestAnimationFrame(() => window.print());
      });
    return () => {
      live = false;
    };
  }, []);
  return { chartHolder, ready };
}

/** Title, print date, plan year, rule-set version and the packs checked against. */
function PrintHeader(props: { plan: Plan; packTitles: string[]; ruleSetVersion: string }) {
  const { plan, packTitles, ruleSetVersion } = props;
  return (
    <header>
      <h1>{plan.title}</h1>
      <p>
        打印日期：{chineseDate(new Date())} · 方案年份：
        {plan.asOf === undefined ? '未填' : `${plan.asOf}年`} · 规则集版本：
        {ruleSetVersion}
      </p>
      <p>核对所用的规则包：{packTitles.join('、') || '（未选择）'}</p>
      {plan.description && <p>{plan.description}</p>}
    </header>
  );
}
