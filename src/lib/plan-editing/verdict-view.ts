/**
 * A plan's verdicts as the planner shows them: grouped by severity (必须 /
 * 原则上 / 参考), unmet ones first, in document order; the worst verdict of
 * each member and unit (to mark them in the editor and the chart); each
 * verdict's source named as readers know it. Plain data, so that it can be
 * stored with the plan (saved.ts) and shown on a return visit before the
 * rule engine loads; the engine's own view of the same plan replaces it
 * once loaded, and a unit test holds the two equal.
 */
import { SEVERITY_LABELS, type Severity, type Status } from '../rules/labels.ts';
import type { RuleResult } from '../rules/result.ts';
import { sourceLabel, type SourceText } from '../rules/source-label.ts';
import { emptySummary } from '../rules/summary.ts';
import type { LiveCheck } from './check.ts';
import type { Mark } from './marks.ts';
import { RANK, type SeverityGroup } from './verdicts.ts';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

/** What citations name: case page titles by slug, and source titles with their section headings. */
export interface CitationNames {
  cases: Readonly<Record<string, string>>;
  sources: readonly SourceText[];
}

export interface VerdictView {
  /** Titles of the packs checked against. */
  packTitles: string[];
  /** How many passages the chosen packs read one of two ways. */
  readingCount: number;
  summary: Record<Status, number>;
  notices: string[];
  groups: SeverityGroup[];
  /** The worst open verdict naming each member and unit, as [id, mark] pairs. */
  marks: Array<[string, Mark]>;
  /** Where each rule comes from, as readers know it, by rule id. */
  citations: Record<string, string>;
}

/**
 * Where a verdict's rule comes from, as readers know it: the case page's
 * title, the source's title and the section heading — never their ids.
 */
function citationLabel(r: RuleResult, data: CitationNames): string {
  const where = sourceLabel(r.citation, data.sources);
  const caseTitle = data.cases[r.citation.case];
  return caseTitle ? `${caseTitle} · ${where}` : where;
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

/** The view of a live check, with each rule's source named. */
export function viewOf(live: LiveCheck, names: CitationNames): VerdictView {
  const citations: Record<string, string> = {};
  for (const map of live.perRule) {
    for (const r of map.values()) {
      citations[r.rule] ??= citationLabel(r, names);
      break;
    }
  }
  return {
    packTitles: live.compiled.packs.map((p) => p.title),
    readingCount: live.compiled.readings.length,
    summary: { ...live.summary },
    notices: [...live.notices],
    groups: groupVerdicts(live),
    marks: [...marksOf(live)],
    citations,
  };
}
