/**
 * Edits that reach many units at once — the pool of local units (a renamed
 * unit follows into every member who comes from it) and bulk counts of child
 * units ("each 社区 gets 10 网格党支部") — loaded with the controls that use
 * them. Same rules as edit.ts: nothing mutated, each edit says its scope.
 */
import type { Plan, Unit } from '../plan-format/schema.ts';
import type { PlanIndex } from '../plan-format/tree.ts';
import { poolKey, type LocalUnit, type PlannerDoc, type Scope } from './doc.ts';
import { blankUnit, dropWaiversOf, KIND_NAMES, subtreeIds, type Edit } from './edit.ts';
import { freshId, idsIn } from './ids.ts';

const units = (ids: string[]): Scope => ({ kind: 'units', ids });

export function addLocalUnit(doc: PlannerDoc, unit: LocalUnit): Edit | undefined {
  if (doc.pool.some((u) => poolKey(u) === poolKey(unit))) return undefined;
  return { doc: { ...doc, pool: [...doc.pool, unit] }, scope: units([]), label: '添加本地单位' };
}

/**
 * Change a local unit; members whose home is that unit follow (their home
 * is a copy, so the plan file stays self-contained).
 */
export function updateLocalUnit(doc: PlannerDoc, key: string, next: LocalUnit): Edit {
  const pool = doc.pool.map((u) => (poolKey(u) === key ? next : u));
  const touched: string[] = [];
  const plan = mapUnits(doc.plan, (unit) => {
    if (!unit.members.some((m) => poolKey(m.home) === key)) return unit;
    touched.push(unit.id);
    return {
      ...unit,
      members: unit.members.map((m) => (poolKey(m.home) === key ? { ...m, home: { ...next } } : m)),
    };
  });
  return { doc: { plan, pool }, scope: units(touched), label: '修改本地单位' };
}

export function removeLocalUnit(doc: PlannerDoc, key: string): Edit {
  return {
    doc: { ...doc, pool: doc.pool.filter((u) => poolKey(u) !== key) },
    scope: units([]),
    label: '删除本地单位',
  };
}

/**
 * Apply `fn` to every unit, bottom-up, copying only what changed: a unit is
 * kept as is when `fn` returns it and none of its children changed.
 */
function mapUnits(plan: Plan, fn: (unit: Unit) => Unit): Plan {
  const visit = (unit: Unit): Unit => {
    let changed = false;
    const children = unit.children.map((c) => {
      const r = visit(c);
      if (r !== c) changed = true;
      return r;
    });
    return fn(changed ? { ...unit, children } : unit);
  };
  const root = visit(plan.root);
  return root === plan.root ? plan : { ...plan, root };
}

// ---------- bulk ----------

/** A copy of `unit` (and everything below) with fresh ids, named as the n-th of its kind. */
function cloneUnit(unit: Unit, taken: Set<string>, name: string | undefined): Unit {
  const copy = (u: Unit, top: boolean): Unit => {
    const id = freshId(u.kind === '微家' ? 'h' : 'u', taken);
    return {
      ...u,
      id,
      ...(top && name !== undefined ? { name } : {}),
      members: u.members.map((m) => ({ ...m, id: freshId('m', taken), posts: [...m.posts] })),
      ...(u.participants && { participants: u.participants.map((p) => ({ ...p, id: freshId('p', taken) })) }),
      children: u.children.map((c) => copy(c, false)),
    };
  };
  return copy(unit, true);
}

/** "某网格党支部 3" from a template's name and a number. */
function numbered(base: string | undefined, kind: string, n: number): string {
  const stem = (base ?? KIND_NAMES[kind] ?? kind).replace(/\s*\d+$/, '');
  return `${stem} ${n}`;
}

/**
 * Give each of `parentIds` exactly `count` child units of `kind`: extra ones
 * are removed from the end, missing ones copied from the last existing child
 * of that kind (members and all), or created empty.
 */
export function setChildCount(
  doc: PlannerDoc,
  index: PlanIndex,
  parentIds: readonly string[],
  kind: Unit['kind'],
  count: number,
): Edit | undefined {
  const taken = idsIn(index);
  const parents = new Set(parentIds);
  const touched: string[] = [];
  const gone = new Set<string>();
  const plan = mapUnits(doc.plan, (parent) => {
    if (!parents.has(parent.id)) return parent;
    const ofKind = parent.children.filter((c) => c.kind === kind);
    if (ofKind.length === count) return parent;
    touched.push(parent.id);
    if (ofKind.length > count) {
      const drop = new Set(ofKind.slice(count));
      for (const d of drop) for (const id of subtreeIds(d)) gone.add(id);
      return { ...parent, children: parent.children.filter((c) => !drop.has(c)) };
    }
    const template = ofKind.at(-1);
    const added = Array.from({ length: count - ofKind.length }, (_, i) => {
      const name = numbered(template?.name, kind, ofKind.length + i + 1);
      return template ? cloneUnit(template, taken, name) : blankUnit(kind, taken, name);
    });
    for (const a of added) touched.push(...subtreeIds(a));
    return { ...parent, children: [...parent.children, ...added] };
  });
  if (touched.length === 0) return undefined;
  return {
    doc: { ...doc, plan: dropWaiversOf(plan, gone) },
    scope: units([...touched, ...gone]),
    label: `设置下设单位数量（每个${count}个）`,
  };
}
