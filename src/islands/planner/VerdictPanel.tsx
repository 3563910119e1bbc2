/**
 * The verdicts of the open plan, grouped by severity (必须 / 原则上 / 参考),
 * unmet ones first. Each says why, how to fix it, which members it is about
 * (a button shows them in the editor), the reading it takes (switchable),
 * where the rule comes from (a link to the passage), and for 原则上 / 参考
 * rules offers a waiver with a written reason.
 */
import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { PlanIndex } from '../../lib/plan-format/tree.ts';
import {
  restsOnYuanzeshang,
  STATUS_LABELS,
  SEVERITY_DESCRIPTIONS,
  YUANZESHANG_ALLOWS,
  type Status,
} from '../../lib/rules/labels.ts';
import { quoted } from '../../lib/rules/quote.ts';
import type { RuleResult } from '../../lib/rules/result.ts';
import { sortSettled, type SeverityGroup } from '../../lib/plan-editing/verdicts.ts';
import { $check, $session, edit, markVerdictsShown } from '../../stores/planner.ts';
import { $highlight, expandAll } from '../../stores/planner-ui.ts';
import { memberDomId, unitDomId } from './dom-ids.ts';
import { useStore } from '@nanostores/preact';
import { LazyDetails } from './LazyDetails.tsx';
import { useLazy } from './use-lazy.ts';

const SIGNS: Record<Status, string> = {
  pass: '✓',
  fail: '✗',
  warn: '!',
  waived: '~',
  'needs-info': '?',
  'not-applicable': '–',
};
const SHOWN = 30;

export function StatusBadge({ status }: { status: Status }) {
  return (
    <span class={`pl-status pl-status-${status}`}>
      <span aria-hidden="true">{SIGNS[status]} </span>
      {STATUS_LABELS[status]}
    </span>
  );
}

export function SummaryLine({ summary }: { summary: Record<Status, number> }) {
  const order: Status[] = ['fail', 'warn', 'needs-info', 'waived', 'pass', 'not-applicable'];
  return (
    <ul class="pl-summary" aria-label="核对结果汇总">
      {order.map((s) => (
        <li key={s} class={`pl-status-${s}`}>
          {STATUS_LABELS[s]} <strong>{summary[s]}</strong>
        </li>
      ))}
    </ul>
  );
}

/** Statuses that ask for the secretary's attention, in the order the bar names them. */
const NEEDING_ATTENTION: Status[] = ['fail', 'warn', 'needs-info'];

/**
 * Where the verdicts sit below the editor (phones, narrow windows), a bar
 * held at the bottom of the screen while the editor scrolls: the counts that
 * need attention and a link down to the verdicts. Not a live region: the
 * planner's announcer already reads out verdict changes.
 */
export function VerdictBar() {
  const check = useStore($check);
  const session = useStore($session);
  if (!check || !session || (session.doc.plan.packs ?? []).length === 0) return null;
  const { summary } = check.view;
  return (
    <p class="pl-verdict-bar">
      <span class="pl-verdict-bar-counts">
        {NEEDING_ATTENTION.map((s) => (
          <span key={s} class={`pl-status-${s}`}>
            {STATUS_LABELS[s]} <strong>{summary[s]}</strong>
          </span>
        ))}
      </span>
      <a href="#pl-verdicts-title">查看核对结果</a>
    </p>
  );
}

/**
 * The verdicts as shown: the engine's, or on a return visit until the engine
 * loads, the ones stored with the plan (the same, drawn the same way).
 */
export function VerdictPanel() {
  const check = useStore($check);
  const session = useStore($session);
  useLayoutEffect(() => markVerdictsShown(), [check]);
  if (!check || !session) return null;
  const { view } = check;
  const plan = session.doc.plan;
  if ((plan.packs ?? []).length === 0) {
    return (
      <section class="pl-verdicts" aria-labelledby="pl-verdicts-title">
        <h2 id="pl-verdicts-title">核对结果</h2>
        <p>还没有选择规则包：在“方案设置”里勾选要对照的案例规则，就能看到每条规则是否满足。</p>
      </section>
    );
  }
  return (
    <section class="pl-verdicts" aria-labelledby="pl-verdicts-title">
      <h2 id="pl-verdicts-title">核对结果</h2>
      <p class="pl-hint">按 {view.packTitles.join('、')} 核对。</p>
      <SummaryLine summary={view.summary} />
      {view.notices.length > 0 && (
        <ul class="pl-engine-notices">
          {view.notices.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {view.readingCount > 0 && (
        <LazyDetails
          class="pl-readings"
          summary={`读法（${view.readingCount}处原文可有两种理解）`}
          load={() => import('./Readings.tsx').then((m) => m.Readings)}
          props={{}}
        />
      )}
      {view.groups.map((g) =>
        g.open.length + g.settled.length > 0 ? (
          <Group key={g.severity} group={g} index={session.index} citations={view.citations} />
        ) : null,
      )}
    </section>
  );
}

interface GroupProps {
  group: SeverityGroup;
  index: PlanIndex;
  /** Where each rule comes from, by rule id. */
  citations: Readonly<Record<string, string>>;
}

function Group({ group, index, citations }: GroupProps) {
  const [openShown, setOpenShown] = useState(SHOWN);
  const [settledShown, setSettledShown] = useState(0);
  const settled = useMemo(
    () => (settledShown > 0 ? sortSettled(group.settled, index) : []),
    [group, index, settledShown],
  );
  const headingId = `pl-sev-${group.severity}`;
  return (
    <section class={`pl-group pl-group-${group.severity}`} aria-labelledby={headingId}>
      <h3 id={headingId}>
        {group.label}
        <span class="pl-group-count">
          （{group.open.length > 0 ? `待处理 ${group.open.length} 条，` : ''}共{' '}
          {group.open.length + group.settled.length} 条）
        </span>
      </h3>
      <p class="pl-hint">{SEVERITY_DESCRIPTIONS[group.severity]}</p>
      {group.open.length > 0 && (
        <ol class="pl-verdict-list">
          {group.open.slice(0, openShown).map((r) => (
            <Verdict key={`${r.rule}|${r.unit ?? ''}`} result={r} citation={citations[r.rule] ?? ''} />
          ))}
        </ol>
      )}
      {group.open.length > openShown && (
        <button type="button" onClick={() => setOpenShown(openShown + SHOWN * 3)}>
          显示更多待处理的（还有 {group.open.length - openShown} 条）
        </button>
      )}
      {group.settled.length > 0 &&
        (settledShown === 0 ? (
          <button type="button" class="pl-more" onClick={() => setSettledShown(SHOWN)}>
            显示已符合、已豁免和不适用的 {group.settled.length} 条
          </button>
        ) : (
          <>
            <ol class="pl-verdict-list pl-settled">
              {settled.slice(0, settledShown).map((r) => (
                <Verdict key={`${r.rule}|${r.unit ?? ''}`} result={r} citation={citations[r.rule] ?? ''} />
              ))}
            </ol>
            {group.settled.length > settledShown && (
              <button type="button" onClick={() => setSettledShown(settledShown + SHOWN * 3)}>
                再显示一些（还有 {group.settled.length - settledShown} 条）
              </button>
            )}
            <button type="button" onClick={() => setSettledShown(0)}>
              收起已符合的
            </button>
          </>
        ))}
    </section>
  );
}

function Verdict({ result: r, citation }: { result: RuleResult; citation: string }) {
  const highlight = useStore($highlight);
  const key = `${r.rule}|${r.unit ?? ''}`;
  const showing = highlight?.source === key;
  const show = () => {
    if (showing) return $highlight.set(undefined);
    const session = $session.get();
    if (!session) return;
    // Open the way down to each member (and unit) so it can be seen, then bring the first into view.
    const ancestors: string[] = [];
    const unitOf = new Map<string, string>();
    for (const { unit } of session.index.units)
      for (const m of unit.members) if (r.members.includes(m.id)) unitOf.set(m.id, unit.id);
    for (const id of [...unitOf.values(), ...r.units, ...(r.unit ? [r.unit] : [])]) {
      for (let e = session.index.unitById.get(id); e; e = e.parent) ancestors.push(e.unit.id);
    }
    expandAll(ancestors);
    $highlight.set({ source: key, members: r.members, units: r.units });
    requestAnimationFrame(() => {
      const first = r.members[0]
        ? document.getElementById(memberDomId(r.members[0]))
        : document.getElementById(unitDomId(r.units[0] ?? r.unit ?? ''));
      first?.scrollIntoView({ block: 'center' });
      first?.focus({ preventScroll: true });
    });
  };
  const waivable = r.severity !== 'error' && (r.status === 'warn' || r.status === 'waived');
  return (
    <li class={`pl-verdict pl-verdict-${r.status}`}>
      <p class="pl-verdict-head">
        <StatusBadge status={r.status} /> <strong>{r.title}</strong>
        {r.unitPath && <span class="pl-verdict-unit">（{r.unitPath}）</span>}
      </p>
      <p>{r.message}</p>
      {r.fix && r.status !== 'pass' && r.status !== 'waived' && <p class="pl-fix">怎样改：{r.fix}</p>}
      {r.missing.length > 0 && (
        <ul class="pl-missing">
          {r.missing.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
      {r.members.length + r.units.length > 0 && (
        <button type="button" aria-pressed={showing} onClick={show}>
          {showing
            ? '取消标出'
            : r.members.length > 0
              ? `在编辑区标出所涉 ${r.members.length} 名成员`
              : `在编辑区标出所涉 ${r.units.length} 个单位`}
          <span class="sr-only">：{r.title}</span>
        </button>
      )}
      {r.readings.map((reading) => (
        <ReadingLine key={reading.question} reading={reading} />
      ))}
      {waivable && restsOnYuanzeshang(r.citation.quote) && <p class="pl-allows">{YUANZESHANG_ALLOWS}</p>}
      <p class="pl-citation">
        出处：<a href={r.citation.href}>{citation}</a>
        <q>{r.citation.quote}</q>
      </p>
      {waivable && <WaiverSlot result={r} />}
    </li>
  );
}

/** The reading a verdict takes, with a button for each other reading. */
function ReadingLine({ reading }: { reading: RuleResult['readings'][number] }) {
  return (
    <p class="pl-reading">
      读法：{reading.text} 本条按{quoted(reading.label)}
      {reading.isDefault ? '（默认）' : ''}核对。
      {reading.alternatives.map((alt) => (
        <button
          key={alt.id}
          type="button"
          class="pl-link-button"
          onClick={() =>
            edit((doc, _index, ops) => {
              const question = $check
                .get()
                ?.live?.compiled.readings.find((x) => x.question.id === reading.question)?.question;
              return ops.setReading(doc, reading.question, alt.id, alt.id === question?.default);
            })
          }
        >
          改按{quoted(alt.label)}
        </button>
      ))}
    </p>
  );
}

/** The waiver control: shown in full once asked for (loaded then). */
function WaiverSlot({ result: r }: { result: RuleResult }) {
  const [open, setOpen] = useState(false);
  const Form = useLazy(() => import('./Waiver.tsx').then((m) => m.Waiver), open);
  if (r.status === 'waived') {
    return (
      <p class="pl-waiver">
        已豁免，理由：{r.waiver?.reason}
        <button
          type="button"
          onClick={() => edit((doc, _index, ops) => ops.setWaiver(doc, r.rule, r.unit, undefined))}
        >
          撤销豁免<span class="sr-only">：{r.title}</span>
        </button>
      </p>
    );
  }
  if (open && Form) return <Form result={r} onCancel={() => setOpen(false)} />;
  return (
    <button type="button" aria-expanded={open} onClick={() => setOpen(true)}>
      豁免…<span class="sr-only">：{r.title}</span>
    </button>
  );
}
