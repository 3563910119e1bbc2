/**
 * Everything this folder takes from the plan format and the rule engine, in
 * one place: when those folders move or are renamed, only these lines
 * change. All of it is free of zod and of Node APIs, so the solver can run
 * in the planner page beside the engine.
 */
export {
  HOME_CATEGORIES,
  HOME_TYPES,
  PARTICIPANT_ROLES,
  POSTS,
  ROLES,
  type HomeType,
  type ParticipantRole,
  type Post,
  type Role,
  type UnitKind,
} from '../plan/terms.ts';
export type { Member, Participant, Plan, Unit } from '../plan/schema.ts';
export { PLAN_VERSION } from '../plan/version.ts';
export { indexPlan, unitLabel, type PlanIndex, type UnitEntry } from '../plan/tree.ts';
export { compileRules, type CompiledRule, type CompiledRules } from '../rules/compile.ts';
export { runRules, selectPacks, type CheckReport } from '../rules/engine.ts';
export { compilePredicate, missingFields, type CompiledPredicate, type Tri } from '../rules/predicates.ts';
export type { MemberPredicate } from '../rules/predicate-schema.ts';
export { setsInForce, type ChosenReading } from '../rules/readings.ts';
export { describePredicate } from '../rules/describe.ts';
export { quoted } from '../rules/quote.ts';
export { SEVERITY_LABELS, type Severity } from '../rules/labels.ts';
export type { RuleResult } from '../rules/result.ts';
export type { RulePack } from '../rules/schema.ts';
export { parseCsvCells } from '../planner/csv.ts';
export { curlQuotes } from '../content/quotes.ts';
