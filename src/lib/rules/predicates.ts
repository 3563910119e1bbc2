/**
 * Compiles member predicates into plain functions, once per check run, so
 * that testing 15,000 members costs a few property reads each.
 *
 * Logic is three-valued: a predicate on a field the plan leaves empty
 * (专职/兼职 not recorded, say) answers `undefined`, "unknown", and the rule
 * reports "needs information" naming the member and the missing field,
 * instead of guessing.
 */
import type { Member } from '../plan-format/schema.ts';
import { homeTypesOf } from '../plan-format/home-categories.ts';
import type { MemberPredicate } from './predicate-schema.ts';

type Tri = boolean | undefined;
export type MemberTest = (member: Member) => Tri;

export interface CompiledPredicate {
  test: MemberTest;
  /** Fields this predicate reads that may be left empty in a plan. */
  optionalFields: ReadonlySet<OptionalField>;
}

/** Member fields a plan may leave empty, with what to tell the user. */
const OPTIONAL_FIELDS = {
  homeRole: '在所在单位党组织中的身份（负责人/成员/党员）',
  tenure: '专职或兼职',
  chosenBy: '产生方式',
  station: '工作岗位（窗口服务/下沉网格）',
  highLevel: '所在单位是否层级较高',
  large: '所在单位规模是否较大',
  liaison: '是否挂点',
  engaged: '是否热心参加事务、能正常参加活动',
  partyMember: '是否党员',
  backbone: '是否骨干',
  dualLife: '是否参加双重组织生活',
  jointAgreement: '所在单位是否已签共驻共建责任书',
} as const;
export type OptionalField = keyof typeof OPTIONAL_FIELDS;

const valueOf: Record<OptionalField, (m: Member) => unknown> = {
  homeRole: (m) => m.homeRole,
  tenure: (m) => m.tenure,
  chosenBy: (m) => m.chosenBy,
  station: (m) => m.station,
  highLevel: (m) => m.home.highLevel,
  large: (m) => m.home.large,
  liaison: (m) => m.liaison,
  engaged: (m) => m.engaged,
  partyMember: (m) => m.partyMember,
  backbone: (m) => m.backbone,
  dualLife: (m) => m.dualLife,
  jointAgreement: (m) => m.jointAgreement,
};

/** Which of the given fields are empty for this member, in Chinese. */
export function missingFields(member: Member, fields: ReadonlySet<OptionalField>): string[] {
  return [...fields].filter((f) => valueOf[f](member) === undefined).map((f) => OPTIONAL_FIELDS[f]);
}

/** All must hold; unknown if none fails and one is unknown. */
function all(tests: MemberTest[]): MemberTest {
  if (tests.length === 1) return tests[0]!;
  return (m) => {
    let unknown = false;
    for (const t of tests) {
      const r = t(m);
      if (r === false) return false;
      if (r === undefined) unknown = true;
    }
    return unknown ? undefined : true;
  };
}

/** One must hold; unknown if none holds and one is unknown. */
function any(tests: MemberTest[]): MemberTest {
  return (m) => {
    let unknown = false;
    for (const t of tests) {
      const r = t(m);
      if (r === true) return true;
      if (r === undefined) unknown = true;
    }
    return unknown ? undefined : false;
  };
}

function oneOf<T>(values: readonly T[], get: (m: Member) => T | undefined): MemberTest {
  const allowed = new Set(values);
  return (m) => {
    const v = get(m);
    return v === undefined ? undefined : allowed.has(v);
  };
}

function flag(expected: boolean, get: (m: Member) => boolean | undefined): MemberTest {
  return (m) => {
    const v = get(m);
    return v === undefined ? undefined : v === expected;
  };
}

/** Yes/no facts a plan may leave empty, tested against the value a predicate gives. */
const FLAG_FIELDS = [
  'highLevel',
  'large',
  'liaison',
  'engaged',
  'partyMember',
  'backbone',
  'dualLife',
  'jointAgreement',
] as const satisfies readonly OptionalField[];

export type SetResolver = (name: string) => CompiledPredicate;

/** Compile a predicate; `sets` resolves named sets (already compiled). */
export function compilePredicate(p: MemberPredicate, sets: SetResolver): CompiledPredicate {
  const tests: MemberTest[] = [];
  const optionalFields = new Set<OptionalField>();
  const use = (field: OptionalField, test: MemberTest) => {
    optionalFields.add(field);
    tests.push(test);
  };
  const include = (compiled: CompiledPredicate) => {
    tests.push(compiled.test);
    for (const f of compiled.optionalFields) optionalFields.add(f);
  };
  if (p.set !== undefined) include(sets(p.set));
  if (p.role) tests.push(oneOf(p.role, (m) => m.role));
  if (p.home) tests.push(oneOf([...homeTypesOf(p.home)], (m) => m.home.type));
  if (p.posts) {
    const required = p.posts;
    tests.push((m) => required.every((post) => m.posts.includes(post)));
  }
  if (p.affiliationTransferred !== undefined)
    tests.push(flag(p.affiliationTransferred, (m) => m.affiliationTransferred));
  if (p.homeRole)
    use(
      'homeRole',
      oneOf(p.homeRole, (m) => m.homeRole),
    );
  if (p.tenure)
    use(
      'tenure',
      oneOf(p.tenure, (m) => m.tenure),
    );
  if (p.chosenBy)
    use(
      'chosenBy',
      oneOf(p.chosenBy, (m) => m.chosenBy),
    );
  if (p.station)
    use(
      'station',
      oneOf(p.station, (m) => m.station),
    );
  for (const field of FLAG_FIELDS) {
    const expected = p[field];
    if (expected !== undefined)
      use(field, flag(expected, valueOf[field] as (m: Member) => boolean | undefined));
  }
  if (p.anyOf) {
    const alternatives = p.anyOf.map((a) => compilePredicate(a, sets));
    for (const a of alternatives) for (const f of a.optionalFields) optionalFields.add(f);
    tests.push(any(alternatives.map((a) => a.test)));
  }
  if (p.not) {
    const inner = compilePredicate(p.not, sets);
    for (const f of inner.optionalFields) optionalFields.add(f);
    tests.push((m) => {
      const r = inner.test(m);
      return r === undefined ? undefined : !r;
    });
  }
  return { test: tests.length === 0 ? () => true : all(tests), optionalFields };
}
