/**
 * What the search starts from: the chosen model's example plan with its
 * committees emptied (the skeleton: units, structure, duties, term and
 * facilities stay, since a list of people cannot supply them and the
 * example meets the rules on them), one state per committee to fill, and
 * the people as candidates for each level and role.
 */
import { candidatesFor, type Candidate } from './candidates.ts';
import type { Person } from './person.ts';
import {
  ARRANGEMENT_FIELDS,
  emptyKindModel,
  type ArrangementField,
  type KindModel,
  type RuleModels,
} from './rule-model.ts';
import type { Pools } from './search.ts';
import { newUnitState, type Helper, type UnitState, type Verdict } from './state.ts';
import {
  indexPlan,
  ROLES,
  type ParticipantRole,
  type Plan,
  type Role,
  type Unit,
  type UnitKind,
} from './upstream.ts';

/** The example with every committee to fill emptied; outline units and units no rule staffs stay as they are. */
export interface Skeleton {
  plan: Plan;
  /** The committees to fill, in document order, each with the example's own unit (its shape is the target). */
  staffed: Array<{ unit: Unit; original: Unit }>;
}

export function skeletonOf(example: Plan, models: RuleModels): Skeleton {
  const plan = structuredClone(example);
  const staffed: Skeleton['staffed'] = [];
  const walk = (unit: Unit, original: Unit) => {
    const model = models.kinds.get(unit.kind);
    const ruled = model?.rules.some((r) => r.check.kind !== 'fixed') ?? false;
    if (!unit.outline && (ruled || original.members.length > 0 || (original.participants?.length ?? 0) > 0)) {
      staffed.push({ unit, original });
      unit.members = [];
      if (unit.participants !== undefined || (model?.participantRoles.length ?? 0) > 0)
        unit.participants = [];
    }
    unit.children.forEach((child, i) => walk(child, original.children[i]!));
  };
  walk(plan.root, example.root);
  return { plan, staffed };
}

const seatRoleOrder = (r: Role) => ROLES.indexOf(r);

/** One search state per committee to fill, with the example's shape as its target and the structure rules judged once. */
export function unitStates({ plan, staffed }: Skeleton, models: RuleModels): UnitState[] {
  const index = indexPlan(plan);
  const affinities = affinityByKind(staffed.map((s) => s.original));
  return staffed.map(({ unit, original }) => {
    const entry = index.unitById.get(unit.id)!;
    const model = models.kinds.get(unit.kind) ?? emptyKindModel(unit.kind);
    const fixed: Array<Verdict | undefined> = model.rules.map((rule) =>
      rule.check.kind === 'fixed' ? rule.compiled.evaluate(entry, plan).status : undefined,
    );
    const roles = [...new Set([...original.members.map((m) => m.role), ...model.roles])];
    const helperRoles = [
      ...new Set([...(original.participants ?? []).map((p) => p.role), ...model.participantRoles]),
    ];
    const count = (keys: string[]) => {
      const map = new Map<string, number>();
      for (const k of keys) map.set(k, (map.get(k) ?? 0) + 1);
      return map;
    };
    return newUnitState(entry.order, model, fixed, unit.participants !== undefined, roles, helperRoles, {
      roles: count(original.members.map((m) => m.role)),
      lean: new Map(original.members.map((m) => [m.role, 1])),
      roleTypes: count(original.members.map((m) => `${m.role}|${m.home.type}`)),
      rolePosts: count(original.members.flatMap((m) => m.posts.map((post) => `${m.role}|${post}`))),
      helpers: count((original.participants ?? []).map((p) => p.role)),
      affinity: affinities.get(unit.kind)!,
    });
  });
}

/** Per level, the roles the example gives people of each unit type and each post. */
function affinityByKind(units: readonly Unit[]): Map<UnitKind, UnitState['target']['affinity']> {
  const out = new Map<UnitKind, UnitState['target']['affinity']>();
  const note = (map: Map<string, Set<string>>, key: string, role: string) => {
    const roles = map.get(key) ?? new Set<string>();
    roles.add(role);
    map.set(key, roles);
  };
  for (const unit of units) {
    const affinity = out.get(unit.kind) ?? { types: new Map(), posts: new Map() };
    out.set(unit.kind, affinity);
    for (const m of unit.members) {
      note(affinity.types, m.home.type, m.role);
      for (const post of m.posts) note(affinity.posts, post, m.role);
    }
  }
  return out;
}

/** The facts of a person the rules can read (what makes two people interchangeable). */
function factsKey(p: Person): string {
  return JSON.stringify([
    p.homeType,
    p.homeRole,
    p.partyMember,
    p.backbone,
    [...p.posts].sort(),
    [...p.jobs].sort(),
    p.tenure,
    p.highLevel,
    p.large,
    p.liaison,
    p.engaged,
  ]);
}

/**
 * The people as candidates for every level and role the committees have,
 * grouped into classes. People with the same facts get the same verdicts,
 * so their candidates are worked out once and shared.
 */
export function buildPools(people: readonly Person[], units: readonly UnitState[], example: Skeleton): Pools {
  const usual = usualArrangements(example);
  const facts = people.map(factsKey);
  const byKindRole = new Map<string, Candidate[][]>();
  const byPerson = new Map<string, Candidate[][]>();
  const rejected = new Map<string, Candidate[][]>();
  const reach = new Int32Array(people.length);
  const wanted = new Map<UnitKind, { model: KindModel; roles: Set<Role> }>();
  for (const u of units) {
    const entry = wanted.get(u.model.kind) ?? { model: u.model, roles: new Set<Role>() };
    for (const r of u.roles) entry.roles.add(r);
    wanted.set(u.model.kind, entry);
  }
  for (const [kind, { model, roles }] of wanted) {
    for (const role of [...roles].sort((a, b) => seatRoleOrder(a) - seatRoleOrder(b))) {
      const memo = new Map<string, Candidate[]>();
      const groups = new Map<string, Candidate[]>();
      const own: Candidate[][] = [];
      const refused: Candidate[][] = [];
      people.forEach((person, i) => {
        let made = memo.get(facts[i]!);
        if (!made) {
          made = candidatesFor(model, person, i, role, (field, values) => usual(kind, role, field, values));
          memo.set(facts[i]!, made);
        }
        const all = made.map((c) => (c.person === i ? c : { ...c, person: i }));
        const mine = all.filter((c) => c.rejectedBy.length === 0);
        own.push(mine);
        refused.push(all.filter((c) => c.rejectedBy.length > 0));
        if (mine.length > 0) reach[i]! += 1;
        for (const c of mine) {
          const group = groups.get(c.key);
          if (group) group.push(c);
          else groups.set(c.key, [c]);
        }
      });
      byPerson.set(`${kind}|${role}`, own);
      rejected.set(`${kind}|${role}`, refused);
      byKindRole.set(`${kind}|${role}`, [...groups.values()]);
    }
  }
  // Within a class, those who could sit in fewer kinds of seat come first, so that
  // a committee with wider choice does not take the people another one needs.
  const order = (a: Candidate, b: Candidate) => reach[a.person]! - reach[b.person]! || a.person - b.person;
  for (const groups of byKindRole.values()) for (const group of groups) group.sort(order);
  const helperGroups = new Map<string, Helper[][]>();
  for (const role of new Set(units.flatMap((u) => u.helperRoles))) {
    const groups = new Map<string, Helper[]>();
    people.forEach((p, i) => {
      if (!p.participantRoles.includes(role)) return;
      const key = String(p.partyMember);
      const group = groups.get(key) ?? [];
      group.push({ person: i, role, partyMember: p.partyMember });
      groups.set(key, group);
    });
    helperGroups.set(role, [...groups.values()]);
  }
  return {
    seats: (kind, role) => byKindRole.get(`${kind}|${role}`) ?? [],
    of: (kind, role, person) => byPerson.get(`${kind}|${role}`)?.[person] ?? [],
    refused: (kind, role, person) => rejected.get(`${kind}|${role}`)?.[person] ?? [],
    helpers: (role: ParticipantRole) => helperGroups.get(role) ?? [],
  };
}

/** How the example decides each field for each level and role: values by how often it uses them. */
function usualArrangements({ staffed }: Skeleton) {
  const tally = new Map<string, Map<string | boolean, number>>();
  for (const { original } of staffed) {
    for (const m of original.members) {
      for (const field of ARRANGEMENT_FIELDS) {
        const value = m[field];
        if (value === undefined) continue;
        const key = `${original.kind}|${m.role}|${field}`;
        const counts = tally.get(key) ?? new Map<string | boolean, number>();
        counts.set(value, (counts.get(value) ?? 0) + 1);
        tally.set(key, counts);
      }
    }
  }
  const sorted = new Map<string, Array<string | boolean>>();
  return (kind: UnitKind, role: Role, field: ArrangementField, values: ReadonlyArray<string | boolean>) => {
    const key = `${kind}|${role}|${field}`;
    let out = sorted.get(key);
    if (!out) {
      const counts = tally.get(key) ?? new Map<string | boolean, number>();
      out = values
        .map((v, i) => ({ v, i, n: counts.get(v) ?? 0 }))
        .sort((a, b) => b.n - a.n || a.i - b.i)
        .map((x) => x.v);
      sorted.set(key, out);
    }
    return out;
  };
}
