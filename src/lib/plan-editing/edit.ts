/**
 * Every change the planner makes to a plan, as pure functions: the plan is
 * never mutated, only the units on the way from the root to the edited one
 * are copied (so undo history costs little even for a 3,000-unit street), and
 * each edit says which units' verdicts it may have changed (its Scope).
 */
import type { Member, Plan, Unit } from '../plan-format/schema.ts';
import type { PlanIndex, UnitEntry } from '../plan-format/tree.ts';
import type { PlannerDoc, Scope } from './doc.ts';
import { freshId } from './ids.ts';
import { KIND_NAMES } from './kind-names.ts';

export { KIND_NAMES };

export interface Edit {
  doc: PlannerDoc;
  scope: Scope;
  /** What was done, in Chinese, for the undo button ("撤销：删除成员"). */
  label: string;
}

/** A patch: a key set to undefined removes an optional field. */
export type Patch<T> = { [K in keyof T]?: T[K] | undefined };

export function applyPatch<T extends object>(value: T, patch: Patch<NoInfer<T>>): T {
  const out = { ...value } as Record<string, unknown>;
  for (const [key, v] of Object.entries(patch)) {
    if (v === undefined) delete out[key];
    else out[key] = v;
  }
  return out as T;
}

const units = (ids: string[]): Scope => ({ kind: 'units', ids });

/** Ids of a unit and everything below it. */
export function subtreeIds(unit: Unit): string[] {
  const out: string[] = [];
  const stack = [unit];
  while (stack.length > 0) {
    const u = stack.pop()!;
    out.push(u.id);
    for (const c of u.children) stack.push(c);
  }
  return out;
}

function entry(index: PlanIndex, unitId: string): UnitEntry {
  const found = index.unitById.get(unitId);
  if (!found) throw new Error(`方案中没有单位「${unitId}」`);
  return found;
}

/** The plan with one unit replaced, copying only its ancestors. */
function replaceUnit(plan: Plan, index: PlanIndex, unitId: string, next: Unit): Plan {
  let at: UnitEntry | undefined = entry(index, unitId);
  let replacement = next;
  while (at.parent) {
    const parent: UnitEntry = at.parent;
    const children = parent.unit.children.slice();
    children[children.indexOf(at.unit)] = replacement;
    replacement = { ...parent.unit, children };
    at = parent;
  }
  return { ...plan, root: replacement };
}

function withUnit(doc: PlannerDoc, index: PlanIndex, unitId: string, fn: (u: Unit) => Unit): PlannerDoc {
  const unit = entry(index, unitId).unit;
  return { ...doc, plan: replaceUnit(doc.plan, index, unitId, fn(unit)) };
}

// ---------- plan ----------

export function setPlanFields(doc: PlannerDoc, patch: Patch<Omit<Plan, 'root' | 'version'>>): Edit {
  const plan = applyPatch(doc.plan, patch);
  let scope: Scope = units([]);
  if ('packs' in patch || 'readings' in patch) scope = { kind: 'recompile' };
  else if ('asOf' in patch || 'waivers' in patch) scope = { kind: 'all' };
  const label =
    'readings' in patch
      ? '切换读法'
      : 'packs' in patch
        ? '更改规则包'
        : 'waivers' in patch
          ? '更改豁免'
          : '修改方案信息';
  return { doc: { ...doc, plan }, scope, label };
}

export function setReading(doc: PlannerDoc, question: string, option: string, isDefault: boolean): Edit {
  const readings = { ...doc.plan.readings };
  if (isDefault) delete readings[question];
  else readings[question] = option;
  return setPlanFields(doc, { readings: Object.keys(readings).length > 0 ? readings : undefined });
}

export function setWaiver(
  doc: PlannerDoc,
  rule: string,
  unit: string | undefined,
  reason: string | undefined,
): Edit {
  const others = doc.plan.waivers.filter((w) => !(w.rule === rule && w.unit === unit));
  const waivers =
    reason === undefined ? others : [...others, { rule, ...(unit !== undefined && { unit }), reason }];
  const edit = setPlanFields(doc, { waivers });
  return { ...edit, label: reason === undefined ? '撤销豁免' : '豁免' };
}

// ---------- units ----------

export function updateUnit(
  doc: PlannerDoc,
  index: PlanIndex,
  unitId: string,
  patch: Patch<Omit<Unit, 'id' | 'members' | 'children'>>,
): Edit {
  const unit = entry(index, unitId).unit;
  // A new name changes the path shown in the verdicts of every unit below.
  const scope = 'name' in patch ? units(subtreeIds(unit)) : units([unitId]);
  return { doc: withUnit(doc, index, unitId, (u) => applyPatch(u, patch)), scope, label: '修改单位' };
}

export function addChild(doc: PlannerDoc, index: PlanIndex, parentId: string, child: Unit): Edit {
  return {
    doc: withUnit(doc, index, parentId, (u) => ({ ...u, children: [...u.children, child] })),
    scope: units([parentId, ...subtreeIds(child)]),
    label: '添加下设单位',
  };
}

/** Waivers naming units that are gone would make the plan invalid; they go with the units. */
export function dropWaiversOf(plan: Plan, removed: ReadonlySet<string>): Plan {
  if (!plan.waivers.some((w) => w.unit !== undefined && removed.has(w.unit))) return plan;
  return { ...plan, waivers: plan.waivers.filter((w) => w.unit === undefined || !removed.has(w.unit)) };
}

export function removeUnit(doc: PlannerDoc, index: PlanIndex, unitId: string): Edit | undefined {
  const at = entry(index, unitId);
  const parent = at.parent;
  if (!parent) return undefined;
  const gone = subtreeIds(at.unit);
  const next = withUnit(doc, index, parent.unit.id, (u) => ({
    ...u,
    children: u.children.filter((c) => c !== at.unit),
  }));
  return {
    doc: { ...next, plan: dropWaiversOf(next.plan, new Set(gone)) },
    scope: { kind: 'all' },
    label: '删除单位',
  };
}

export function moveUnit(doc: PlannerDoc, index: PlanIndex, unitId: string, delta: -1 | 1): Edit | undefined {
  const at = entry(index, unitId);
  const parent = at.parent;
  if (!parent) return undefined;
  const from = parent.unit.children.indexOf(at.unit);
  const to = from + delta;
  if (to < 0 || to >= parent.unit.children.length) return undefined;
  const next = withUnit(doc, index, parent.unit.id, (u) => {
    const children = u.children.slice();
    [children[from], children[to]] = [children[to]!, children[from]!];
    return { ...u, children };
  });
  return { doc: next, scope: units([parent.unit.id]), label: delta < 0 ? '上移单位' : '下移单位' };
}

// ---------- members ----------

/** Add a member; a new one (`draft`) waits for its unit type before the rules judge it (drafts.ts). */
export function addMember(
  doc: PlannerDoc,
  index: PlanIndex,
  unitId: string,
  member: Member,
  draft = false,
): Edit {
  const next = withUnit(doc, index, unitId, (u) => ({ ...u, members: [...u.members, member] }));
  return {
    doc: draft ? { ...next, drafts: [...(doc.drafts ?? []), member.id] } : next,
    scope: units([unitId]),
    label: '添加成员',
  };
}

export function addMembers(doc: PlannerDoc, index: PlanIndex, unitId: string, members: Member[]): Edit {
  return {
    doc: withUnit(doc, index, unitId, (u) => ({ ...u, members: [...u.members, ...members] })),
    scope: units([unitId]),
    label: `导入${members.length}名成员`,
  };
}

export function updateMember(
  doc: PlannerDoc,
  index: PlanIndex,
  unitId: string,
  memberId: string,
  patch: Patch<Omit<Member, 'id'>>,
): Edit {
  const next = withUnit(doc, index, unitId, (u) => ({
    ...u,
    members: u.members.map((m) => (m.id === memberId ? applyPatch(m, patch) : m)),
  }));
  // Choosing the unit finishes a new member: from now on the rules judge them.
  const finished = patch.home !== undefined && doc.drafts?.includes(memberId);
  return {
    doc: finished ? { ...next, drafts: doc.drafts!.filter((id) => id !== memberId) } : next,
    scope: units([unitId]),
    label: '修改成员',
  };
}

export function removeMember(doc: PlannerDoc, index: PlanIndex, unitId: string, memberId: string): Edit {
  return {
    doc: withUnit(doc, index, unitId, (u) => ({ ...u, members: u.members.filter((m) => m.id !== memberId) })),
    scope: units([unitId]),
    label: '删除成员',
  };
}

export function moveMember(
  doc: PlannerDoc,
  index: PlanIndex,
  unitId: string,
  memberId: string,
  delta: -1 | 1,
): Edit | undefined {
  const list = entry(index, unitId).unit.members;
  const from = list.findIndex((m) => m.id === memberId);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= list.length) return undefined;
  return {
    doc: withUnit(doc, index, unitId, (u) => {
      const members = u.members.slice();
      [members[from], members[to]] = [members[to]!, members[from]!];
      return { ...u, members };
    }),
    scope: units([unitId]),
    label: delta < 0 ? '上移成员' : '下移成员',
  };
}

// ---------- new units ----------

/** A new empty unit of a kind. */
export function blankUnit(kind: Unit['kind'], taken: Set<string>, name?: string): Unit {
  return {
    id: freshId('u', taken),
    kind,
    name: name ?? KIND_NAMES[kind] ?? kind,
    members: [],
    children: [],
    ...(kind === '内设机构' && { bodyKind: '工作机构' as const }),
  };
}
