/**
 * Where a plan starts: a model's template (an example plan that passes its
 * own packs), a blank plan, or a plan read from a file or link.
 */
import type { Plan, Unit } from '../plan-format/schema.ts';
import { indexPlan } from '../plan-format/tree.ts';
import { PLAN_VERSION } from '../plan-format/version.ts';
import type { PlannerPackSummary, PlannerTemplate } from './data.ts';
import { poolWithPlan, type PlannerDoc } from './doc.ts';
import { liveDrafts } from './drafts.ts';
import { KIND_NAMES } from './kind-names.ts';

/**
 * A draft from a template: a copy the user owns, titled as a draft, dated
 * `thisYear` (when given) with every term starting that year — the example
 * plans are dated when their sources were, and a draft made today must not
 * plan duties and term ends in the past.
 */
export function fromTemplate(template: PlannerTemplate, thisYear?: number): PlannerDoc {
  const plan = structuredClone(template.plan);
  plan.title = `${template.title.replace(/（示例）$/, '')}（草稿）`;
  if (thisYear !== undefined) redate(plan, thisYear);
  // Remembered so that a file without packs can still be checked against the model's (check-plan).
  plan.template = template.id;
  return { plan, pool: poolWithPlan([], plan) };
}

function redate(plan: Plan, year: number): void {
  plan.asOf = year;
  const stack: Unit[] = [plan.root];
  while (stack.length > 0) {
    const unit = stack.pop()!;
    if (unit.term?.startYear !== undefined) unit.term.startYear = year;
    stack.push(...unit.children);
  }
}

/** Packs about a level: those listing it among their unit kinds (for a blank plan's default). */
export function packsForKind(packs: readonly PlannerPackSummary[], kind: Unit['kind']): string[] {
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
export function fromImported(plan: Plan, drafts: readonly string[] = []): PlannerDoc {
  // Members still unfinished where the plan came from (a share link says which), if they are in it.
  const present: Set<string> = liveDrafts(drafts, indexPlan(plan));
  return { plan, pool: poolWithPlan([], plan), ...(present.size > 0 && { drafts: [...present] }) };
}
