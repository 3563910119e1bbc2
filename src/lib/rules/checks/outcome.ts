/**
 * What a check says about one unit, before severity, waivers and wording are
 * applied by the engine: a status, the members (or child units) involved,
 * the values its explanation templates may use, and what information is
 * missing when it cannot decide.
 */
import type { Member, Plan, Unit } from '../../plan-format/schema.ts';
import { memberLabel, type UnitEntry } from '../../plan-format/tree.ts';
import { missingFields, type CompiledPredicate, type MemberTest } from '../predicates.ts';
import type { TemplateValue } from '../explain.ts';

/**
 * `unlisted`: the source's list ends with 等 and a member is outside it; the
 * engine reports it as a 提示 to check the passage, never as a failure.
 */
export type CheckStatus = 'pass' | 'fail' | 'unlisted' | 'needs-info' | 'not-applicable';

export interface Outcome {
  status: CheckStatus;
  /** Member ids involved (highlighted by the planner). */
  members: string[];
  /** Child unit ids involved, for unit-level checks. */
  units?: string[];
  /** Values for the explanation's {placeholders}. */
  vars: Record<string, TemplateValue>;
  /** What the plan must add before the rule can be decided (needs-info). */
  missing?: string[];
}

/** A compiled check: evaluates one unit of a plan. */
export type Evaluator = (entry: UnitEntry, plan: Plan) => Outcome;

/** Compiles predicates with the pack's sets under the chosen readings. */
export type PredicateCompiler = (p: import('../predicate-schema.ts').MemberPredicate) => CompiledPredicate;

export const ids = (members: readonly Member[]) => members.map((m) => m.id);
/**
 * The members' names for {members}, computed only if a template asks for them;
 * a member without a name is called by role and place ("第2位委员（未填姓名）").
 */
export const labels = (members: readonly Member[], unit: Unit) => (): string =>
  members.length === 0 ? '没有人' : members.map((m) => memberLabel(m, unit)).join('、');

/** Members that match, and members for whom it is unknown. */
export function tally(
  members: readonly Member[],
  test: MemberTest,
): { matched: Member[]; unknown: Member[] } {
  const matched: Member[] = [];
  const unknown: Member[] = [];
  for (const m of members) {
    const r = test(m);
    if (r === true) matched.push(m);
    else if (r === undefined) unknown.push(m);
  }
  return { matched, unknown };
}

export interface Bounds {
  min?: number | undefined;
  max?: number | undefined;
}

/**
 * Whether a count lies within bounds when `unknown` more items might also
 * count: decided only if every possible total gives the same answer.
 */
export function judgeBounds(definite: number, unknown: number, b: Bounds): CheckStatus {
  const low = definite;
  const high = definite + unknown;
  const fits = (n: number) => (b.min === undefined || n >= b.min) && (b.max === undefined || n <= b.max);
  if (fits(low) && fits(high)) return 'pass';
  if (b.max !== undefined && low > b.max) return 'fail';
  if (b.min !== undefined && high < b.min) return 'fail';
  return unknown > 0 ? 'needs-info' : 'fail';
}

/** "3—5", "不超过13", "不少于3", "1" — followed by the unit word in the templates. */
export function rangeText(b: Bounds): string {
  if (b.min !== undefined && b.max !== undefined) return b.min === b.max ? `${b.min}` : `${b.min}—${b.max}`;
  if (b.max !== undefined) return `不超过${b.max}`;
  if (b.min !== undefined) return `不少于${b.min}`;
  return '';
}

export function boundVars(b: Bounds): Record<string, string | number> {
  return { range: rangeText(b), min: b.min ?? '', max: b.max ?? '' };
}

/** "副书记张三的专职或兼职" for each member whose facts are missing. */
export function missingFor(members: readonly Member[], predicate: CompiledPredicate, unit: Unit): string[] {
  return members.map((m) => {
    const fields = missingFields(m, predicate.optionalFields);
    return `${m.role}${memberLabel(m, unit)}的${fields.length > 0 ? fields.join('、') : '相关情况'}`;
  });
}
