/**
 * An index over a plan's tree, built once per check: units in document
 * order, by kind and by id. The engine looks things up here instead of
 * scanning the tree for every rule; `membersById` is for callers (the
 * planner) that need to find a member's unit.
 */
import type { Member, Plan, Unit } from './schema.ts';
import type { UnitKind } from './vocabulary.ts';

export interface UnitEntry {
  unit: Unit;
  parent: UnitEntry | undefined;
  /** Position in document (depth-first) order. */
  order: number;
  /** "某街道综合党委 › 东湖社区大党委": the names from the root down. */
  path: string;
}

export interface PlanIndex {
  plan: Plan;
  /** Every unit, depth-first from the root. */
  units: UnitEntry[];
  /** Units whose committee the plan lays out, by kind: units listed for structure only (outline) are left out. */
  byKind: Map<UnitKind, UnitEntry[]>;
  unitById: Map<string, UnitEntry>;
}

/** How a unit is named in messages: its name, or its level ("未命名的社区"); never its id. */
export function unitLabel(unit: Unit): string {
  return unit.name ?? `未命名的${unit.kind}`;
}

/**
 * How a member is named in messages, after the word that says what they are
 * ("副书记{members}"): by name; a member without one (drafts often leave
 * names out) as "（未填姓名）", or, given the unit and more than one holder
 * of the role, by place: "（第2位副书记，未填姓名）". Never by id: ids are for
 * the file.
 */
export function memberLabel(member: { name?: string | undefined; role: string }, unit?: Unit): string {
  if (member.name) return member.name;
  const holders = unit?.members.filter((m) => m.role === member.role) ?? [];
  if (holders.length < 2) return '（未填姓名）';
  return `（第${holders.indexOf(member as Member) + 1}位${member.role}，未填姓名）`;
}

export function indexPlan(plan: Plan): PlanIndex {
  const index: PlanIndex = { plan, units: [], byKind: new Map(), unitById: new Map() };
  // Iterative depth-first walk; children pushed in reverse so they come out in order.
  const stack: Array<{ unit: Unit; parent: UnitEntry | undefined }> = [
    { unit: plan.root, parent: undefined },
  ];
  while (stack.length > 0) {
    const { unit, parent } = stack.pop()!;
    const entry: UnitEntry = {
      unit,
      parent,
      order: index.units.length,
      path: parent ? `${parent.path} › ${unitLabel(unit)}` : unitLabel(unit),
    };
    index.units.push(entry);
    index.unitById.set(unit.id, entry);
    const sameKind = index.byKind.get(unit.kind);
    if (unit.outline) {
      // Listed for structure only: it counts as a child of its parent, but no rule checks its committee.
    } else if (sameKind) sameKind.push(entry);
    else index.byKind.set(unit.kind, [entry]);
    for (let i = unit.children.length - 1; i >= 0; i -= 1)
      stack.push({ unit: unit.children[i]!, parent: entry });
  }
  return index;
}

/** Member id → the member and the unit entry it sits in (built on demand, not by the engine). */
export function membersById(index: PlanIndex): Map<string, { member: Member; entry: UnitEntry }> {
  const out = new Map<string, { member: Member; entry: UnitEntry }>();
  for (const entry of index.units)
    for (const member of entry.unit.members) out.set(member.id, { member, entry });
  return out;
}
