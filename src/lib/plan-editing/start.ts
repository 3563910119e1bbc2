/**
 * Where a plan starts: a model's template (an example plan that passes its
 * own packs), a blank plan, or a plan read from a file or link.
 */
import type { Plan, Unit } from '../plan-format/schema.ts';
import { PLAN_VERSION } from '../plan-format/version.ts';
import type { RulePack } from '../rules/schema.ts';
import type { PlannerTemplate } from './data.ts';
import { poolWithPlan, type PlannerDoc } from './doc.ts';
import { KIND_NAMES } from './kind-names.ts';

/** A draft from a template: a copy the user owns, titled as a draft. */
export function fromTemplate(template: PlannerTemplate): PlannerDoc {
  const plan = structuredClone(template.plan);
  plan.title = `${template.title.replace(/（示例）$/, '')}（草稿）`;
  // Remembered so that a file without packs can still be checked against the model's (check-plan).
  plan.template = template.id;
  return { plan, pool: poolWithPlan([], plan) };
}

/** Packs about a level: those listing it among their unit kinds (for a blank plan's default). */
export function packsForKind(packs: readonly RulePack[], kind: Unit['kind']): string[] {
  return packs.filter((p) => p.unitKinds.includes(kind)).map((p) => p.id);
}

export function blankDoc(kind: Unit['kind'], packs: readonly string[], year: number): PlannerDoc {
  const plan: Plan = {
    version: PLAN_VERSION,
    title: `新方案：${KIND_NAMES[kind] ?? kind}`,
    asOf: year,
    packs: [...packs],
    waivers: [],
    root: { id: 'root', kind, name: KIND_NAMES[kind] ?? kind, members: [], children: [] },
  };
  return { plan, pool: [] };
}

/** A plan read from outside, with its pool rebuilt from the members' home units. */
export function fromImported(plan: Plan): PlannerDoc {
  return { plan, pool: poolWithPlan([], plan) };
}
