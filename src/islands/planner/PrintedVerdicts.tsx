/**
 * The print view's verdicts: the count of each status, then per severity the
 * rules still open and those waived, each with its explanation, the fix, the
 * waiver's reason, the readings in force and its source with a full address
 * (paper has no links).
 */
import { SEVERITY_LABELS, STATUS_LABELS } from '../../lib/rules/labels.ts';
import type { RuleResult } from '../../lib/rules/result.ts';
import type { VerdictView } from '../../lib/plan-editing/verdict-view.ts';
import type { SeverityGroup } from '../../lib/plan-editing/verdicts.ts';

/** Verdicts printed at most per severity. */
const MAX_VERDICTS = 100;

const STATUS_ORDER = ['fail', 'warn', 'needs-info', 'waived', 'pass', 'not-applicable'] as const;

type Citations = VerdictView['citations'];

export function PrintedVerdicts({ view }: { view: VerdictView }) {
  return (
    <section>
      <h2>核对结果</h2>
      <p>{STATUS_ORDER.map((s) => `${STATUS_LABELS[s]} ${view.summary[s]}`).join(' · ')}</p>
      {view.groups.map((g) =>
        g.open.length === 0 && g.settled.length === 0 ? null : (
          <SeverityGroupPrint key={g.severity} group={g} citations={view.citations} />
        ),
      )}
    </section>
  );
}

function SeverityGroupPrint({ group: g, citations }: { group: SeverityGroup; citations: Citations }) {
  const printed = [...g.open, ...g.settled.filter((r) => r.status === 'waived')].slice(0, MAX_VERDICTS);
  return (
    <section class="pl-print-group">
      <h3>
        {SEVERITY_LABELS[g.severity]}类规则（待处理 {g.open.length} 条，已豁免 {g.counts.waived} 条，符合{' '}
        {g.counts.pass} 条，不适用 {g.counts['not-applicable']} 条）
      </h3>
      <ol>
        {printed.map((r) => (
          <PrintedVerdict key={`${r.rule}|${r.unit ?? ''}`} result={r} citation={citations[r.rule] ?? ''} />
        ))}
      </ol>
    </section>
  );
}

function PrintedVerdict({ result: r, citation }: { result: RuleResult; citation: string }) {
  return (
    <li>
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
        出处：{citation}，“{r.citation.quote}”（
        {new URL(r.citation.href, location.href).href}）
      </p>
    </li>
  );
}
