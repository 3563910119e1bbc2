/**
 * The printed plan, for the meeting: title, date and rule-set version, the
 * org chart, the member table, and the verdicts with their explanations and
 * citations (full addresses, since paper has no links). Built when 打印 is
 * pressed, then handed to the browser's print dialog; A4 layout in
 * planner.css (@media print).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Unit } from '../../lib/plan-format/schema.ts';
import { SEVERITY_LABELS, STATUS_LABELS } from '../../lib/rules/labels.ts';
import { unitChart, type Mark } from '../../lib/plan-editing/chart.ts';
import { chineseDate } from '../../lib/dates.ts';
import type { PlannerData } from '../../lib/plan-editing/data.ts';
import { groupVerdicts } from '../../lib/plan-editing/verdicts.ts';
import { $check, type Session } from '../../stores/planner.ts';
import { drawChart } from './mermaid-render.ts';
import { citationLabel } from '../../lib/plan-editing/verdicts.ts';
import { useStore } from '@nanostores/preact';

interface Props {
  session: Session;
  marks: ReadonlyMap<string, Mark>;
  data: PlannerData;
  onDone: () => void;
}

/** Rows printed at most: a whole street's 10,000 members do not belong on paper. */
const MAX_ROWS = 200;

function memberRows(root: Unit): Array<{ unit: Unit; path: string }> {
  // The top unit and the level below it.
  return [
    { unit: root, path: root.name ?? root.kind },
    ...root.children.map((c) => ({ unit: c, path: `${root.name ?? root.kind} › ${c.name ?? c.kind}` })),
  ];
}

export function PrintView({ session, marks, data, onDone }: Props) {
  const check = useStore($check);
  const chartHolder = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  const plan = session.doc.plan;
  const root = plan.root;
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
        // After the browser's dialog closes (printed or cancelled), the print view goes away.
        window.addEventListener('afterprint', onDone, { once: true });
        requestAnimationFrame(() => window.print());
      });
    return () => {
      live = false;
    };
  }, []);
  if (!check) return null;
  const groups = groupVerdicts(check.live);
  const rows = memberRows(root);
  let printed = 0;
  return (
    <article class="pl-print" data-ready={ready ? 'true' : undefined} aria-label="打印稿">
      <header>
        <h1>{plan.title}</h1>
        <p>
          打印日期：{chineseDate(new Date())} · 方案年份：
          {plan.asOf === undefined ? '未填' : `${plan.asOf}年`} · 规则集版本：
          {data.ruleSetVersion}
        </p>
        <p>核对所用的规则包：{check.live.compiled.packs.map((p) => p.title).join('、') || '（未选择）'}</p>
        {plan.description && <p>{plan.description}</p>}
      </header>
      <section>
        <h2>组织图：{root.name ?? root.kind}</h2>
        <div class="pl-print-chart" ref={chartHolder} />
      </section>
      <section>
        <h2>成员</h2>
        {rows.map(({ unit, path }) => {
          if (printed >= MAX_ROWS || unit.members.length === 0) return null;
          const members = unit.members.slice(0, MAX_ROWS - printed);
          printed += members.length;
          return (
            <table class="pl-table" key={unit.id}>
              <caption>
                {path}（{unit.members.length}人）
              </caption>
              <thead>
                <tr>
                  <th scope="col">职务</th>
                  <th scope="col">姓名</th>
                  <th scope="col">专职/兼职</th>
                  <th scope="col">所在单位</th>
                  <th scope="col">兼任职务</th>
                  <th scope="col">产生方式</th>
                  <th scope="col">核对</th>
                </tr>
              </thead>
              <tbody>
                {members.map((m) => {
                  const mark = marks.get(m.id);
                  return (
                    <tr key={m.id}>
                      <td>{m.role}</td>
                      <td>{m.name ?? ''}</td>
                      <td>{m.tenure ?? '未填'}</td>
                      <td>{m.home.name ? `${m.home.name}（${m.home.type}）` : m.home.type}</td>
                      <td>{m.posts.join('、')}</td>
                      <td>{m.chosenBy ?? '未填'}</td>
                      <td>{mark ? STATUS_LABELS[mark] : ''}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          );
        })}
        {rows.reduce((n, r) => n + r.unit.members.length, 0) > printed && (
          <p>（成员较多，只印出前 {printed} 人；完整名单请导出 JSON。）</p>
        )}
      </section>
      <section>
        <h2>核对结果</h2>
        <p>
          {(['fail', 'warn', 'needs-info', 'waived', 'pass', 'not-applicable'] as const)
            .map((s) => `${STATUS_LABELS[s]} ${check.live.summary[s]}`)
            .join(' · ')}
        </p>
        {groups.map((g) =>
          g.open.length === 0 && g.settled.length === 0 ? null : (
            <section key={g.severity} class="pl-print-group">
              <h3>
                {SEVERITY_LABELS[g.severity]}类规则（待处理 {g.open.length} 条，已豁免 {g.counts.waived}{' '}
                条，符合 {g.counts.pass} 条，不适用 {g.counts['not-applicable']} 条）
              </h3>
              <ol>
                {[...g.open, ...g.settled.filter((r) => r.status === 'waived')].slice(0, 100).map((r) => (
                  <li key={`${r.rule}|${r.unit ?? ''}`}>
                    <p>
                      <strong>
                        【{STATUS_LABELS[r.status]}】{r.title}
                      </strong>
                      {r.unitPath && `（${r.unitPath}）`}
                    </p>
                    <p>{r.message}</p>
                    {r.fix && r.status !== 'waived' && <p>怎样改：{r.fix}</p>}
                    {r.waiver && <p>豁免理由：{r.waiver.reason}</p>}
                    {r.readings.map((x) => (
                      <p key={x.question}>
                        读法：{x.text} 按“{x.label}”。
                      </p>
                    ))}
                    <p class="pl-print-cite">
                      出处：{citationLabel(r, data)}，“{r.citation.quote}”（
                      {new URL(r.citation.href, location.href).href}）
                    </p>
                  </li>
                ))}
              </ol>
            </section>
          ),
        )}
      </section>
    </article>
  );
}
