/**
 * The rule engine as the planner runs it: compiled once per choice of packs
 * and readings (src/lib/rules/compile.ts), then re-run on each edit for only
 * the units the edit touched (runRules with `units`), the verdicts of the
 * other units kept. A unit test holds the result to a full check of the
 * edited plan, on every example plan and after random edits.
 */
import type { PlanIndex } from '../plan-format/tree.ts';
import { compileRules, type CompiledRules } from '../rules/compile.ts';
import { runRules, selectPacks, type CheckReport } from '../rules/engine.ts';
import type { Status } from '../rules/labels.ts';
import type { RuleResult } from '../rules/result.ts';
import type { RulePack } from '../rules/schema.ts';
import { emptySummary } from '../rules/summary.ts';
import { pendingIfDraft } from './drafts.ts';

/** The packs named, in the order named (unknown ids skipped). */
export function pickPacks(packs: readonly RulePack[], ids: readonly string[]): RulePack[] {
  return selectPacks(packs, ids);
}

/** Compile the packs named under the chosen readings. */
export function compileLive(
  packs: readonly RulePack[],
  chosen: Readonly<Record<string, string>> = {},
): CompiledRules {
  return compileRules(packs, chosen);
}

/**
 * Verdicts kept between edits: for each compiled rule, its result per unit id
 * ('' for the single "no such unit" result). Maps are updated in place by
 * recheck; `version` changes with every update.
 */
export interface LiveCheck {
  compiled: CompiledRules;
  index: PlanIndex;
  perRule: Array<Map<string, RuleResult>>;
  summary: Record<Status, number>;
  notices: string[];
  /** The reading in force for each question (fixed until the next compile). */
  readings: CheckReport['readings'];
  version: number;
}

/** A verdict that changed status, for announcing changes. */
export interface VerdictChange {
  before: RuleResult | undefined;
  after: RuleResult | undefined;
}

const ruleIndexes = new WeakMap<CompiledRules, Map<string, number>>();
function ruleIndex(compiled: CompiledRules): Map<string, number> {
  let map = ruleIndexes.get(compiled);
  if (!map) {
    map = new Map(compiled.rules.map((r, i) => [r.rule.id, i]));
    ruleIndexes.set(compiled, map);
  }
  return map;
}

/** Check every unit (a new plan, other readings or packs, a waiver, undo across many units). */
export function checkAll(
  compiled: CompiledRules,
  index: PlanIndex,
  drafts: ReadonlySet<string> = new Set(),
): LiveCheck {
  const report = runRules(compiled, index.plan, {}, index);
  const at = ruleIndex(compiled);
  const perRule = compiled.rules.map(() => new Map<string, RuleResult>());
  const summary = emptySummary();
  for (const raw of report.results) {
    const r = pendingIfDraft(raw, drafts, index);
    perRule[at.get(r.rule)!]!.set(r.unit ?? '', r);
    summary[r.status] += 1;
  }
  return {
    compiled,
    index,
    perRule,
    summary,
    notices: report.notices,
    readings: report.readings,
    version: 0,
  };
}

/**
 * Re-check the given units (every unit whose results may have changed,
 * present or removed) on the new plan's index. Updates `live` in place and
 * returns the verdicts whose status changed.
 */
export function recheck(
  live: LiveCheck,
  index: PlanIndex,
  units: Iterable<string>,
  drafts: ReadonlySet<string> = new Set(),
): VerdictChange[] {
  const scope = [...new Set(units)];
  const { compiled } = live;
  const report = runRules(compiled, index.plan, { units: scope }, index);
  const at = ruleIndex(compiled);
  const fresh = compiled.rules.map(() => new Map<string, RuleResult>());
  for (const r of report.results) fresh[at.get(r.rule)!]!.set(r.unit ?? '', pendingIfDraft(r, drafts, index));
  const changes: VerdictChange[] = [];
  const summary = live.summary;
  const replace = (map: Map<string, RuleResult>, key: string, next: RuleResult | undefined) => {
    const before = map.get(key);
    if (before) summary[before.status] -= 1;
    if (next) {
      summary[next.status] += 1;
      map.set(key, next);
    } else {
      map.delete(key);
    }
    if (before?.status !== next?.status) changes.push({ before, after: next });
  };
  compiled.rules.forEach((rule, i) => {
    const map = live.perRule[i]!;
    const anyUnit = [...rule.kinds].some((kind) => (index.byKind.get(kind)?.length ?? 0) > 0);
    if (!anyUnit) {
      // The last unit of its kinds is gone: the rule gets its one "no such unit" verdict.
      for (const key of [...map.keys()]) if (key !== '') replace(map, key, undefined);
      if (!map.has(''))
        replace(map, '', runRules({ ...compiled, rules: [rule] }, index.plan, {}, index).results[0]);
      return;
    }
    if (map.has('')) replace(map, '', undefined);
    for (const id of scope) {
      const next = fresh[i]!.get(id);
      if (next || map.has(id)) replace(map, id, next);
    }
  });
  live.index = index;
  live.notices = report.notices;
  live.version += 1;
  return changes;
}

/** Every verdict in the lib engine's order: pack, rule, then document order. */
function liveResults(live: LiveCheck): RuleResult[] {
  const order = (r: RuleResult) =>
    r.unit === undefined ? -1 : (live.index.unitById.get(r.unit)?.order ?? 0);
  return live.perRule.flatMap((map) => [...map.values()].sort((a, b) => order(a) - order(b)));
}

/** The same report runRules (src/lib/rules/engine.ts) gives. */
export function liveReport(live: LiveCheck): CheckReport {
  const summary = { ...live.summary };
  return {
    packs: live.compiled.packs.map((p) => p.id),
    readings: live.readings,
    results: liveResults(live),
    summary,
    hasErrors: summary.fail > 0,
    notices: [...live.notices],
  };
}

/** Verdicts whose status differs between two checks (after a full re-check). */
export function diffChecks(before: LiveCheck | undefined, after: LiveCheck): VerdictChange[] {
  const old = new Map<string, RuleResult>();
  for (const map of before?.perRule ?? [])
    for (const r of map.values()) old.set(`${r.rule}|${r.unit ?? ''}`, r);
  const changes: VerdictChange[] = [];
  for (const map of after.perRule) {
    for (const r of map.values()) {
      const key = `${r.rule}|${r.unit ?? ''}`;
      const was = old.get(key);
      old.delete(key);
      if (was?.status !== r.status) changes.push({ before: was, after: r });
    }
  }
  for (const was of old.values()) changes.push({ before: was, after: undefined });
  return changes;
}
