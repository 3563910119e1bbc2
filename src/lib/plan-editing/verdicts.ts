/**
 * Verdicts arranged for reading: grouped by severity (必须 / 原则上 / 参考),
 * unmet ones first, in document order; the worst verdict of each member and
 * unit (to mark them in the editor and the chart); and the sentence the live
 * region reads out after an edit; how a verdict names its source.
 */
import type { PlanIndex } from '../plan-format/tree.ts';
import { SEVERITY_LABELS, STATUS_LABELS, type Severity, type Status } from '../rules/labels.ts';
import type { RuleResult } from '../rules/result.ts';
import { sourceLabel, type SourceText } from '../rules/source-label.ts';
import { emptySummary } from '../rules/summary.ts';
import type { LiveCheck, VerdictChange } from './check.ts';
import type { Mark } from './marks.ts';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

/**
 * Where a verdict's rule comes from, as readers know it: the case page's
 * title, the source's title and the section heading — never their ids.
 */
export function citationLabel(
  r: RuleResult,
  data: { cases: Readonly<Record<string, string>>; sources: readonly SourceText[] },
): string {
  const where = sourceLabel(r.citation, data.sources);
  const caseTitle = data.cases[r.citation.case];
  return caseTitle ? `${caseTitle} · ${where}` : where;
}

/** Statuses a user should act on, in order of urgency. */
const OPEN: Status[] = ['fail', 'warn', 'needs-info'];
const RANK: Record<Status, number> = {
  fail: 0,
  warn: 1,
  'needs-info': 2,
  waived: 3,
  pass: 4,
  'not-applicable': 5,
};

export interface SeverityGroup {
  severity: Severity;
  label: string;
  /** fail, warn, needs-info — shown in full. */
  open: RuleResult[];
  /** waived, pass, not-applicable — shown on request. */
  settled: RuleResult[];
  counts: Record<Status, number>;
}

export function groupVerdicts(live: LiveCheck): SeverityGroup[] {
  const index = live.index;
  const order = (r: RuleResult) => (r.unit === undefined ? -1 : (index.unitById.get(r.unit)?.order ?? 0));
  const groups = new Map<Severity, SeverityGroup>(
    SEVERITIES.map((s) => [
      s,
      { severity: s, label: SEVERITY_LABELS[s], open: [], settled: [], counts: emptySummary() },
    ]),
  );
  // By each verdict's own severity: an open list's 提示 on a 必须 rule weighs as 原则上.
  for (const map of live.perRule) {
    for (const r of map.values()) {
      const group = groups.get(r.severity)!;
      group.counts[r.status] += 1;
      (RANK[r.status] < 3 ? group.open : group.settled).push(r);
    }
  }
  const ruleOrder = new Map(live.compiled.rules.map((r, i) => [r.rule.id, i]));
  const sort = (list: RuleResult[]) =>
    list.sort(
      (a, b) =>
        RANK[a.status] - RANK[b.status] ||
        order(a) - order(b) ||
        (ruleOrder.get(a.rule) ?? 0) - (ruleOrder.get(b.rule) ?? 0),
    );
  return SEVERITIES.map((s) => {
    const g = groups.get(s)!;
    sort(g.open);
    // Settled verdicts are many on a large plan; they are sorted when shown.
    return g;
  });
}

/** Sort settled verdicts for showing (done only when the user opens them). */
export function sortSettled(list: readonly RuleResult[], index: PlanIndex): RuleResult[] {
  const order = (r: RuleResult) => (r.unit === undefined ? -1 : (index.unitById.get(r.unit)?.order ?? 0));
  return [...list].sort((a, b) => RANK[a.status] - RANK[b.status] || order(a) - order(b));
}

/**
 * Checks whose member list is everyone counted (委员总数 …): such a verdict is
 * about the unit, so it marks the unit, not every member (the verdict's
 * button still shows them all on request).
 */
const COUNTING = new Set(['count', 'parity']);

/** The worst open verdict naming each member, and each unit checked. */
export function marksOf(live: LiveCheck): Map<string, Mark> {
  const marks = new Map<string, Mark>();
  const note = (id: string, mark: Mark) => {
    const had = marks.get(id);
    if (had === undefined || RANK[mark] < RANK[had]) marks.set(id, mark);
  };
  live.perRule.forEach((map, i) => {
    const counting = COUNTING.has(live.compiled.rules[i]!.check.kind);
    for (const r of map.values()) {
      if (r.status !== 'fail' && r.status !== 'warn' && r.status !== 'needs-info') continue;
      if (!counting || r.status === 'needs-info') for (const m of r.members) note(m, r.status);
      if (r.unit !== undefined) note(r.unit, r.status);
    }
  });
  return marks;
}

const place = (r: RuleResult) => (r.unitPath ? `（${r.unitPath.split(' › ').at(-1)}）` : '');

function listed(results: RuleResult[], max = 3): string {
  const names = results.slice(0, max).map((r) => `「${r.title}」${place(r)}`);
  return results.length > max ? `${names.join('、')}等${results.length}条` : names.join('、');
}

/** What the live region says after an edit: the new totals, and what changed. */
export function announcement(live: LiveCheck, changes: readonly VerdictChange[]): string {
  const s = live.summary;
  const totals = `核对结果：${STATUS_LABELS.fail}${s.fail}条，${STATUS_LABELS.warn}${s.warn}条，${STATUS_LABELS['needs-info']}${s['needs-info']}条。`;
  const isOpen = (r: RuleResult | undefined) => r !== undefined && OPEN.includes(r.status);
  const arisen = changes
    .filter((c) => isOpen(c.after) && (!isOpen(c.before) || RANK[c.after!.status] < RANK[c.before!.status]))
    .map((c) => c.after!);
  const resolved = changes.filter((c) => isOpen(c.before) && !isOpen(c.after)).map((c) => c.before!);
  const parts = [totals];
  if (arisen.length > 0) parts.push(`新出现：${listed(arisen)}。`);
  if (resolved.length > 0) parts.push(`已解决：${listed(resolved)}。`);
  return parts.join('');
}
