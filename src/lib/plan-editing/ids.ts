/**
 * Ids for new units and members. Ids are unique across a plan (units and
 * members share one namespace: both become DOM ids in the planner) and
 * match the format's id rule: letters, digits, _ and -.
 */
import type { PlanIndex } from '../plan-format/tree.ts';

const takenByIndex = new WeakMap<PlanIndex, Set<string>>();
const cursors = new WeakMap<Set<string>, number>();

/** Every unit, member and participant id of the plan (computed once per index). */
export function idsIn(index: PlanIndex): Set<string> {
  let ids = takenByIndex.get(index);
  if (!ids) {
    ids = new Set<string>();
    for (const { unit } of index.units) {
      ids.add(unit.id);
      for (const m of unit.members) ids.add(m.id);
      for (const p of unit.participants ?? []) ids.add(p.id);
    }
    takenByIndex.set(index, ids);
  }
  return ids;
}

/** `${prefix}${n}` not yet in `taken`; reserves it. */
export function freshId(prefix: string, taken: Set<string>): string {
  let n = cursors.get(taken) ?? taken.size + 1;
  while (taken.has(`${prefix}${n}`)) n += 1;
  const id = `${prefix}${n}`;
  taken.add(id);
  cursors.set(taken, n + 1);
  return id;
}
