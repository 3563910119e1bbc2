/**
 * What the planner edits: a plan (the published format) and the pool of
 * local units the secretary lists — 驻区单位, 非公企业, 物业, 业委会, 民警… —
 * from which members' home units are chosen. The pool is not part of the
 * plan format: it travels with the saved plan in this browser, and is
 * rebuilt from the members' home units when a plan is imported.
 */
import type { Member, Plan } from '../plan-format/schema.ts';

type HomeUnit = Member['home'];

/** A local unit of the pool: a named home unit. */
export interface LocalUnit extends HomeUnit {
  name: string;
}

export interface PlannerDoc {
  plan: Plan;
  pool: LocalUnit[];
  /** Members added whose unit type is not chosen yet (drafts.ts): shown as 待填写, not judged. */
  drafts?: string[];
}

/**
 * Which verdicts an edit may have changed:
 *  - units: these units (present or removed) — members, fields, children;
 *  - all: every unit (the year, the waivers);
 *  - recompile: the rules themselves (packs, readings).
 * An edit and its undo have the same scope.
 */
export type Scope = { kind: 'units'; ids: string[] } | { kind: 'all' } | { kind: 'recompile' };

export const poolKey = (u: { type: string; name?: string | undefined }) => `${u.type}|${u.name ?? ''}`;

/** The pool completed with every named home unit the plan's members come from. */
export function poolWithPlan(pool: readonly LocalUnit[], plan: Plan): LocalUnit[] {
  const out = [...pool];
  const seen = new Set(pool.map(poolKey));
  const stack = [plan.root];
  while (stack.length > 0) {
    const unit = stack.pop()!;
    for (const m of unit.members) {
      const name = m.home.name?.trim();
      if (!name) continue;
      const key = poolKey(m.home);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ ...m.home, name });
    }
    for (let i = unit.children.length - 1; i >= 0; i -= 1) stack.push(unit.children[i]!);
  }
  return out;
}
