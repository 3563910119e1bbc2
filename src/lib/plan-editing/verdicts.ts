/**
 * Verdicts as a plan's first screen needs them, without the rule engine:
 * their order for showing, and the sentence the live region reads out after
 * an edit. Grouping them and marking members is verdict-view.ts, loaded
 * with the engine.
 */
import type { PlanIndex } from '../plan-format/tree.ts';
import { STATUS_LABELS, type Severity, type Status } from '../rules/labels.ts';
import type { RuleResult } from '../rules/result.ts';
import type { VerdictChange } from './check.ts';

/** Statuses a user should act on, in order of urgency. */
const OPEN: Status[] = ['fail', 'warn', 'needs-info'];
export const RANK: Record<Status, number> = {
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

/** Sort settled verdicts for showing (done only when the user opens them). */
export function sortSettled(list: readonly RuleResult[], index: PlanIndex): RuleResult[] {
  const order = (r: RuleResult) => (r.unit === undefined ? -1 : (index.unitById.get(r.unit)?.order ?? 0));
  return [...list].sort((a, b) => RANK[a.status] - RANK[b.status] || order(a) - order(b));
}

const place = (r: RuleResult) => (r.unitPath ? `（${r.unitPath.split(' › ').at(-1)}）` : '');

function listed(results: RuleResult[], max = 3): string {
  const names = results.slice(0, max).map((r) => `「${r.title}」${place(r)}`);
  return results.length > max ? `${names.join('、')}等${results.length}条` : names.join('、');
}

/** What the live region says after an edit: the new totals, and what changed. */
export function announcement(s: Readonly<Record<Status, number>>, changes: readonly VerdictChange[]): string {
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
