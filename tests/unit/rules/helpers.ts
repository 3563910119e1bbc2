/**
 * Shared by the rule tests: the real packs and example plans, and small
 * editing helpers to derive a passing or failing plan from an example.
 */
import { readFileSync } from 'node:fs';
import { readPlan } from '../../../src/lib/plan-format/read.ts';
import type { Member, Plan, Unit } from '../../../src/lib/plan-format/schema.ts';
import { checkParsedPlan, type CheckOptions } from '../../../src/lib/rules/engine.ts';
import { examplePlanFiles, loadPacks } from '../../../src/loaders/rule-packs.ts';
import type { RuleResult } from '../../../src/lib/rules/result.ts';
import type { RulePack } from '../../../src/lib/rules/schema.ts';
import { ROOT } from '../../helpers/paths.ts';

export const packs: RulePack[] = loadPacks(ROOT);
export const allRules = packs.flatMap((p) => p.rules.map((rule) => ({ pack: p, rule })));
const files = examplePlanFiles(ROOT);
export const exampleNames = [...files.keys()];

/** A fresh, validated copy of an example plan (content/data/plans/<name>.json). */
export function example(name: string): Plan {
  const file = files.get(name);
  if (!file) throw new Error(`没有示例方案 ${name}`);
  const parsed = readPlan(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(`示例方案 ${name} 无效：${parsed.errors.join('；')}`);
  return parsed.plan;
}

export function rawExample(name: string): unknown {
  return JSON.parse(readFileSync(files.get(name)!, 'utf8')) as unknown;
}

/** Check against the plan's own packs (or the given options). */
export function check(plan: Plan, options: CheckOptions = {}) {
  return checkParsedPlan(plan, packs, { ...(plan.packs && { packs: plan.packs }), ...options });
}

/** Results of one rule. */
export function resultsOf(plan: Plan, rule: string, options: CheckOptions = {}): RuleResult[] {
  const pack = packs.find((p) => p.rules.some((r) => r.id === rule))!;
  return checkParsedPlan(plan, packs, { packs: [pack.id], ...options }).results.filter(
    (r) => r.rule === rule,
  );
}

/** The unit with this id. */
export function unitById(plan: Plan, id: string): Unit {
  const stack = [plan.root];
  while (stack.length > 0) {
    const unit = stack.pop()!;
    if (unit.id === id) return unit;
    stack.push(...unit.children);
  }
  throw new Error(`方案中没有单位 ${id}`);
}

/** The member with this id. */
export function memberById(plan: Plan, id: string): Member {
  const stack = [plan.root];
  while (stack.length > 0) {
    const unit = stack.pop()!;
    const found = unit.members.find((m) => m.id === id);
    if (found) return found;
    stack.push(...unit.children);
  }
  throw new Error(`方案中没有成员 ${id}`);
}

let serial = 0;
/** A member with defaults filled in, for adding to a plan. */
export function newMember(fields: Partial<Member> & Pick<Member, 'role'>): Member {
  serial += 1;
  return { id: `t${serial}`, home: { type: '居民' }, posts: [], affiliationTransferred: false, ...fields };
}
