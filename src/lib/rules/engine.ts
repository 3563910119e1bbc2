/**
 * The rule engine: a pure function from a plan, rule packs and the user's
 * choices (readings, waivers) to verdicts, one per rule and unit, each with
 * its explanation, the members involved and the passage it cites.
 *
 * Cost is linear in the plan: units are indexed by kind once, each rule is
 * compiled once, and each rule visits only the units of its kinds.
 *
 * This module takes a validated plan and does not load zod; checkPlan in
 * check.ts validates raw input first.
 */
import type { Plan } from '../plan-format/schema.ts';
import { indexPlan, type PlanIndex, type UnitEntry } from '../plan-format/tree.ts';
import type { Outcome } from './checks/outcome.ts';
import { missingFor } from './checks/outcome.ts';
import { compileRules, type CompiledRule, type CompiledRules } from './compile.ts';
import type { Status } from './labels.ts';
import { toResult, type RuleResult } from './result.ts';
import type { RulePack } from './schema.ts';
import { emptySummary } from './summary.ts';
import { collectWaivers, type WaiverBook } from './waivers.ts';

export interface CheckOptions {
  /** Check only these packs (ids); default: every pack given. */
  packs?: readonly string[];
  /** Readings chosen by the user ({ question id: option id }); over the plan's own, over the defaults. */
  readings?: Readonly<Record<string, string>>;
  /** Waivers in addition to the plan's own (validated here; invalid ones are reported and ignored). */
  waivers?: readonly unknown[];
  /** Check only these units (ids): the planner re-checks the unit being edited. */
  units?: readonly string[];
}

export interface CheckReport {
  packs: string[];
  /** Every question of the packs with the option in force. */
  readings: Array<{
    pack: string;
    question: string;
    text: string;
    option: string;
    label: string;
    isDefault: boolean;
  }>;
  results: RuleResult[];
  summary: Record<Status, number>;
  /** True when a 必须 rule is not met. */
  hasErrors: boolean;
  /** Choices that could not be applied (unknown readings, waivers of 必须 rules …). */
  notices: string[];
}

/** Whether `when` holds for some member of the unit; an outcome if it does not (or cannot be told). */
function gate(compiled: CompiledRule, entry: UnitEntry): Outcome | undefined {
  const when = compiled.when;
  if (!when) return undefined;
  const unknown = [];
  for (const m of entry.unit.members) {
    const r = when.test(m);
    if (r === true) return undefined;
    if (r === undefined) unknown.push(m);
  }
  if (unknown.length > 0) {
    return {
      status: 'needs-info',
      members: unknown.map((m) => m.id),
      vars: {},
      missing: missingFor(unknown, when, entry.unit),
    };
  }
  return { status: 'not-applicable', members: [], vars: {} };
}

function resultsFor(
  compiled: CompiledRule,
  index: PlanIndex,
  waivers: WaiverBook,
  only: ReadonlySet<string> | undefined,
): RuleResult[] {
  const entries = [...compiled.kinds].flatMap((kind) => index.byKind.get(kind) ?? []);
  const find = waivers.find;
  if (entries.length === 0) {
    if (only) return [];
    const result = toResult(compiled, undefined, { status: 'not-applicable', members: [], vars: {} }, find);
    result.message = `方案里没有排了班子的${[...compiled.kinds].join('、')}一级单位，本条不适用。`;
    return [result];
  }
  if (compiled.kinds.size > 1) entries.sort((a, b) => a.order - b.order);
  const out: RuleResult[] = [];
  for (const entry of entries) {
    if (only && !only.has(entry.unit.id)) continue;
    const outcome = gate(compiled, entry) ?? compiled.evaluate(entry, index.plan);
    out.push(toResult(compiled, entry, outcome, find));
  }
  return out;
}

/** Run compiled rules on a validated plan (the planner keeps `compiled` between edits). */
export function runRules(
  compiled: CompiledRules,
  plan: Plan,
  options: Pick<CheckOptions, 'waivers' | 'units'> = {},
  index: PlanIndex = indexPlan(plan),
): CheckReport {
  const notices = [...compiled.notices];
  const waivers = collectWaivers(plan.waivers, options.waivers ?? [], compiled.rules, notices);
  const only = options.units ? new Set(options.units) : undefined;
  const results = compiled.rules.flatMap((rule) => resultsFor(rule, index, waivers, only));
  const summary = emptySummary();
  for (const r of results) summary[r.status] += 1;
  return {
    packs: compiled.packs.map((p) => p.id),
    readings: compiled.readings.map(({ question, option, isDefault }) => ({
      pack: compiled.packs.find((p) => p.readings.includes(question))?.id ?? '',
      question: question.id,
      text: question.question,
      option: option.id,
      label: option.label,
      isDefault,
    })),
    results,
    summary,
    hasErrors: summary.fail > 0,
    notices,
  };
}

/** Which packs to use: those named, in the order named (unknown ids skipped), or all. */
export function selectPacks(packs: readonly RulePack[], ids: readonly string[] | undefined): RulePack[] {
  if (ids === undefined) return [...packs];
  const byId = new Map(packs.map((p) => [p.id, p]));
  return [...new Set(ids)].flatMap((id) => byId.get(id) ?? []);
}

/** Check a validated plan. */
export function checkParsedPlan(
  plan: Plan,
  packs: readonly RulePack[],
  options: CheckOptions = {},
): CheckReport {
  const readings = { ...plan.readings, ...options.readings };
  const compiled = compileRules(selectPacks(packs, options.packs), readings);
  return runRules(compiled, plan, options);
}
