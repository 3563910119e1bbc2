/**
 * The same plan checked against another model's pack, beside the plan's own
 * packs: how would this layout fare under 广州's or 长沙's rules? Checked a
 * moment after each edit, so the main verdicts are never held up.
 */
import { useEffect, useState } from 'preact/hooks';
import { checkAll, compileLive, type LiveCheck } from '../../lib/plan-editing/check.ts';
import type { PlannerData } from '../../lib/plan-editing/data.ts';
import { groupVerdicts } from '../../lib/plan-editing/verdict-view.ts';
import type { SeverityGroup } from '../../lib/plan-editing/verdicts.ts';
import { $check, type Session } from '../../stores/planner.ts';
import { loadPacks } from '../../stores/planner-packs.ts';
import { NETWORK_HINT } from '../../stores/planner-ui.ts';
import { StatusBadge, SummaryLine } from './VerdictPanel.tsx';
import { useStore } from '@nanostores/preact';

function OpenList({ groups }: { groups: readonly SeverityGroup[] }) {
  const open = groups.flatMap((g) => g.open);
  if (open.length === 0) return <p>没有不符合或需处理的规则。</p>;
  return (
    <ul class="pl-compare-list">
      {open.slice(0, 40).map((r) => (
        <li key={`${r.rule}|${r.unit ?? ''}`}>
          <StatusBadge status={r.status} /> {r.title}
          {r.unitPath && <span class="pl-hint">（{r.unitPath}）</span>} <a href={r.citation.href}>出处</a>
        </li>
      ))}
      {open.length > 40 && <li>……另有 {open.length - 40} 条</li>}
    </ul>
  );
}

export function ComparePanel({ session, data }: { session: Session; data: PlannerData }) {
  const own = session.doc.plan.packs ?? [];
  const others = data.packs.filter((p) => !own.includes(p.id));
  const [pack, setPack] = useState(others[0]?.id ?? '');
  const [other, setOther] = useState<LiveCheck | undefined>(undefined);
  const check = useStore($check);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      if (!pack) return setOther(undefined);
      // The other pack is fetched the first time it is chosen.
      loadPacks([pack]).then(
        (packs) => live && setOther(checkAll(compileLive(packs), session.index)),
        () => live && setFailed(true),
      );
    }, 50);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [pack, session.index]);
  const title = data.packs.find((p) => p.id === pack)?.title ?? '';
  return (
    <div class="pl-compare-body">
      <div class="pl-field">
        <label for="f-compare-pack">对照的规则包</label>
        <select
          id="f-compare-pack"
          value={pack}
          onChange={(e) => {
            setFailed(false);
            setPack(e.currentTarget.value);
          }}
        >
          {others.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title}
            </option>
          ))}
        </select>
      </div>
      <div class="pl-compare-grid">
        <section aria-labelledby="pl-compare-own">
          <h3 id="pl-compare-own">本方案的规则包</h3>
          {check && (
            <>
              <SummaryLine summary={check.view.summary} />
              <OpenList groups={check.view.groups} />
            </>
          )}
        </section>
        <section aria-labelledby="pl-compare-other">
          <h3 id="pl-compare-other">对照：{title}</h3>
          {other ? (
            <>
              <SummaryLine summary={other.summary} />
              <OpenList groups={groupVerdicts(other)} />
            </>
          ) : failed ? (
            <p class="pl-error">这个规则包没能载入：{NETWORK_HINT}</p>
          ) : (
            <p class="pl-hint">正在核对……</p>
          )}
        </section>
      </div>
    </div>
  );
}
