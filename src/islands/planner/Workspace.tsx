/**
 * The open plan: the toolbar, the editor (settings, units and members) and,
 * beside it, the verdicts and the comparison with another pack. Panels
 * (chart, calendar, share link, print view) load when opened.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Mark } from '../../lib/plan-editing/marks.ts';
import { $check, $data, $index, $session, goLive, type Session } from '../../stores/planner.ts';
import type { PlannerData } from '../../lib/plan-editing/data.ts';
import { $highlight, $panel } from '../../stores/planner-ui.ts';
import { LazyDetails } from './LazyDetails.tsx';
import { useLazy } from './use-lazy.ts';
import { Toolbar } from './Toolbar.tsx';
import { UnitTree } from './UnitTree.tsx';
import { VerdictBar, VerdictPanel } from './VerdictPanel.tsx';
import { useStore } from '@nanostores/preact';

/** Each member's and unit's mark, and each unit's worst mark over its subtree (for a folded unit). */
function useMarks(session: Session) {
  const check = useStore($check);
  const marks = useMemo(() => new Map<string, Mark>(check?.view.marks ?? []), [check]);
  const subtreeMarks = useMemo(() => {
    const out = new Map<string, Mark>();
    const rank = { fail: 0, warn: 1, 'needs-info': 2 };
    for (const [id, mark] of marks) {
      for (let e = session.index.unitById.get(id); e; e = e.parent) {
        const had = out.get(e.unit.id);
        if (had !== undefined && rank[had] <= rank[mark]) break;
        out.set(e.unit.id, mark);
      }
    }
    return out;
  }, [marks, session.index]);
  return { marks, subtreeMarks };
}

/** The panel the toolbar opened (chart, calendar, share link, meeting papers), each loaded when first shown. */
function Panels({ session, data, marks }: { session: Session; data: PlannerData; marks: Map<string, Mark> }) {
  const panel = useStore($panel);
  const Chart = useLazy(() => import('./ChartPanel.tsx').then((m) => m.ChartPanel), panel === 'chart');
  const Calendar = useLazy(
    () => import('./CalendarPanel.tsx').then((m) => m.CalendarPanel),
    panel === 'calendar',
  );
  const Share = useLazy(() => import('./SharePanel.tsx').then((m) => m.SharePanel), panel === 'share');
  const Papers = useLazy(() => import('./PapersPanel.tsx').then((m) => m.PapersPanel), panel === 'papers');
  return (
    <>
      {panel === 'share' && Share && <Share session={session} />}
      {panel === 'chart' && Chart && <Chart session={session} marks={marks} data={data} />}
      {panel === 'calendar' && Calendar && <Calendar session={session} data={data} />}
      {panel === 'papers' && Papers && <Papers session={session} data={data} />}
    </>
  );
}

/** The comparison with another pack: a button until asked for, then the panel (loaded then). */
function CompareSection({ session, data }: { session: Session; data: PlannerData | undefined }) {
  const [comparing, setComparing] = useState(false);
  const Compare = useLazy(
    () => import('./ComparePanel.tsx').then((m) => m.ComparePanel),
    comparing && data !== undefined,
  );
  return (
    <section class="pl-compare" aria-labelledby="pl-compare-title">
      <h2 id="pl-compare-title">对照另一个案例的规则</h2>
      {Compare && data ? (
        <Compare session={session} data={data} />
      ) : (
        <button type="button" aria-expanded={comparing} onClick={() => setComparing(true)}>
          选择规则包对照核对
        </button>
      )}
    </section>
  );
}

export function Workspace() {
  const index = useStore($index)!;
  // The rest of the listing arrives with the engine on a return visit: the panels that need it wait for it.
  const data = useStore($data);
  const session = useStore($session)!;
  const live = useStore($check)?.live !== undefined;
  const highlight = useStore($highlight);
  const [printing, setPrinting] = useState(false);
  const { marks, subtreeMarks } = useMarks(session);
  const highlighted = useMemo(
    () => new Set([...(highlight?.members ?? []), ...(highlight?.units ?? [])]),
    [highlight],
  );
  const Print = useLazy(() => import('./PrintView.tsx').then((m) => m.PrintView), printing);
  // The plan's first screen is drawn (the bench splits what loaded before and after this mark).
  useEffect(() => {
    if (typeof performance !== 'undefined') performance.mark('planner:workspace-drawn');
  }, []);
  // Shown with the verdicts stored with the plan: now the engine's own check takes over.
  useEffect(() => {
    if (!live) void goLive();
  }, [live, session.id]);
  return (
    // 'kept': the verdicts kept with the plan, before the engine's own are in (tests and the bench read this).
    <div class="pl-workspace" data-check={live ? 'live' : 'kept'}>
      <div class="pl-screen">
        <h2 class="pl-plan-title">{session.doc.plan.title}</h2>
        <Toolbar session={session} onPrint={() => setPrinting(true)} />
        {data && <Panels session={session} data={data} marks={marks} />}
        <div class="pl-columns">
          <section class="pl-editor" aria-labelledby="pl-editor-title">
            <h2 id="pl-editor-title">班子与成员</h2>
            <LazyDetails
              key={session.id}
              class="pl-settings"
              summary="方案设置：名称、年份、核对所用的规则包、本地单位"
              initiallyOpen={(session.doc.plan.packs ?? []).length === 0}
              load={() => import('./PlanSettings.tsx').then((m) => m.PlanSettings)}
              props={{ doc: session.doc, data: index }}
            />
            <UnitTree
              plan={session.doc.plan}
              index={session.index}
              vocabulary={index.vocabulary}
              pool={session.doc.pool}
              marks={marks}
              subtreeMarks={subtreeMarks}
              highlighted={highlighted}
            />
            <VerdictBar />
          </section>
          <div class="pl-side">
            <VerdictPanel />
            <CompareSection session={session} data={data} />
          </div>
        </div>
      </div>
      {printing && Print && data && (
        <Print session={session} marks={marks} data={data} onDone={() => setPrinting(false)} />
      )}
      <p class="pl-print-fallback">
        要打印方案，请使用规划器的“打印”按钮：打印稿会带上组织图、成员表和核对结果。
      </p>
    </div>
  );
}
