/**
 * Everything this folder takes from the plan format and the rule engine, in
 * one place: when those folders move or are renamed, only these lines
 * change. All of it is free of zod and of Node APIs, so the solver can run
 * in the planner page beside the engine.
 */
import { PARTICIPANT_ROLES, POSTS, ROLES } from '../plan-format/terms.ts';

export {
  HOME_TYPES,
  PARTICIPANT_ROLES,
  POSTS,
  ROLES,
  type HomeType,
  type UnitKind,
} from '../plan-format/terms.ts';
export { HOME_CATEGORIES } from '../plan-format/home-categories.ts';
export type Role = (typeof ROLES)[number];
export type Post = (typeof POSTS)[number];
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];
export type { Member, Participant, Plan, Unit } from '../plan-format/schema.ts';
export { PLAN_VERSION } from '../plan-format/version.ts';
export { indexPlan, unitLabel } from '../plan-format/tree.ts';
export { compileRules, type CompiledRule, type CompiledRules } from '../rules/compile.ts';
export { runRules, selectPacks, type CheckReport } from '../rules/engine.ts';
export { compilePredicate, missingFields, type CompiledPredicate } from '../rules/predicates.ts';
export type { MemberPredicate } from '../rules/predicate-schema.ts';
export { setsInForce } from '../rules/readings.ts';
export { describePredicate } from '../rules/describe.ts';
export { quoted } from '../rules/quote.ts';
export { SEVERITY_LABELS, type Severity } from '../rules/labels.ts';
export type { RuleResult } from '../rules/result.ts';
export type { RulePack } from '../rules/schema.ts';
export { parseCsv as parseCsvCells } from '../csv.ts';
export { sourceLabel, type SourceText } from '../rules/source-label.ts';
