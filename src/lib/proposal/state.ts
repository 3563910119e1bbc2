/**
 * A layout in the making: who sits on each committee and who works with it,
 * with running counts per rule, so a change costs a few additions and the
 * layout's score is read off the counts. The verdict of each rule follows
 * the engine's own logic (count bounds with unknowns, parity, role
 * cardinality, eligibility with lists left open by 等, gates); the engine
 * itself is the final judge of every layout proposed.
 */
import { Fit, type Candidate } from './candidates.ts';
import type { KindModel, RuleModel } from './rule-model.ts';
import type { ParticipantRole, Role, Severity } from './upstream.ts';

export type Verdict = 'pass' | 'fail' | 'unlisted' | 'needs-info' | 'not-applicable';

/** Someone listed as working with a unit without a seat. */
export interface Helper {
  person: number;
  role: ParticipantRole;
  partyMember: boolean | undefined;
}

/** One unit whose committee is laid out. */
export interface UnitState {
  /** Position among the plan's units (document order). */
  order: number;
  model: KindModel;
  /** Verdicts of the structure rules (`fixed`), by rule position; computed once on the example's unit. */
  fixed: Array<Verdict | undefined>;
  /** Whether the unit lists its participants (a complete list, possibly empty). */
  listsParticipants: boolean;
  roles: Role[];
  helperRoles: ParticipantRole[];
  /**
   * What the chosen model's example has: members per role and per role and
   * unit type, helpers per role; and, over all its committees of this level,
   * the roles it gives people of each unit type and each post.
   */
  target: {
    roles: Map<string, number>;
    /** One of each role the example has: what the lean layout starts from. */
    lean: Map<string, number>;
    /** Members per role and post held (书记 who is 社区党组织书记 …). */
    rolePosts: Map<string, number>;
    roleTypes: Map<string, number>;
    helpers: Map<string, number>;
    affinity: { types: Map<string, Set<string>>; posts: Map<string, Set<string>> };
  };
  seats: Candidate[];
  helpers: Helper[];
  // Running counts.
  slotYes: Int32Array;
  slotUnknown: Int32Array;
  eligSelected: Int32Array;
  eligFail: Int32Array;
  eligUnknown: Int32Array;
  eligUnlisted: Int32Array;
  roleCount: Map<string, number>;
  roleTypeCount: Map<string, number>;
  rolePostCount: Map<string, number>;
  helperCount: Map<string, number>;
  /** Running distances from the example's shape (kept as seats come and go). */
  dist: { roles: number; roleTypes: number; rolePosts: number; lean: number; mismatch: number };
}

export function newUnitState(
  order: number,
  model: KindModel,
  fixed: Array<Verdict | undefined>,
  listsParticipants: boolean,
  roles: Role[],
  helperRoles: ParticipantRole[],
  target: UnitState['target'],
): UnitState {
  const e = model.eligibility.length;
  const s = model.slots.length;
  return {
    order,
    model,
    fixed,
    listsParticipants,
    roles,
    helperRoles,
    target,
    seats: [],
    helpers: [],
    slotYes: new Int32Array(s),
    slotUnknown: new Int32Array(s),
    eligSelected: new Int32Array(e),
    eligFail: new Int32Array(e),
    eligUnknown: new Int32Array(e),
    eligUnlisted: new Int32Array(e),
    roleCount: new Map(),
    roleTypeCount: new Map(),
    rolePostCount: new Map(),
    helperCount: new Map(),
    dist: {
      roles: total(target.roles),
      roleTypes: total(target.roleTypes),
      rolePosts: total(target.rolePosts),
      lean: total(target.lean),
      mismatch: 0,
    },
  };
}

const total = (map: ReadonlyMap<string, number>) => [...map.values()].reduce((a, b) => a + b, 0);

const bump = (map: Map<string, number>, key: string, by: number) => map.set(key, (map.get(key) ?? 0) + by);

/** Count `key` in or out, and return how the distance to `want` changes. */
function shift(map: Map<string, number>, want: ReadonlyMap<string, number>, key: string, by: number): number {
  const before = map.get(key) ?? 0;
  const after = before + by;
  map.set(key, after);
  const t = want.get(key) ?? 0;
  return Math.abs(after - t) - Math.abs(before - t);
}

/**
 * How unlike the example a seat is: the example seats people of this unit
 * type, or holding this post, in other roles only (the 社区党组织书记 as
 * 书记, not as 副书记; a 驻区单位 leader as 委员, not as 书记).
 */
function mismatch(u: UnitState, seat: Candidate): number {
  const { types, posts } = u.target.affinity;
  let n = 0;
  const roles = types.get(seat.member.home.type);
  if (roles && !roles.has(seat.role)) n += 1;
  for (const post of seat.member.posts) {
    const held = posts.get(post);
    if (held && !held.has(seat.role)) n += 1;
  }
  return n;
}

/** Count a seat in (+1) or out (−1). */
export function tallySeat(u: UnitState, c: Candidate, by: 1 | -1): void {
  for (let s = 0; s < c.slots.length; s += 1) {
    if (c.slots[s] === 1) u.slotYes[s]! += by;
    else if (c.slots[s] === 2) u.slotUnknown[s]! += by;
  }
  for (let e = 0; e < c.fits.length; e += 1) {
    const fit = c.fits[e]!;
    if (fit === Fit.Out) continue;
    if (fit === Fit.SelectUnknown) {
      u.eligUnknown[e]! += by;
      continue;
    }
    u.eligSelected[e]! += by;
    if (fit === Fit.Fail) u.eligFail[e]! += by;
    else if (fit === Fit.Unlisted) u.eligUnlisted[e]! += by;
    else if (fit === Fit.RequireUnknown) u.eligUnknown[e]! += by;
  }
  const lean = (u.roleCount.get(c.role) ?? 0) + by;
  u.dist.lean +=
    Math.abs(lean - (u.target.lean.get(c.role) ?? 0)) -
    Math.abs(lean - by - (u.target.lean.get(c.role) ?? 0));
  u.dist.roles += shift(u.roleCount, u.target.roles, c.role, by);
  u.dist.roleTypes += shift(u.roleTypeCount, u.target.roleTypes, `${c.role}|${c.member.home.type}`, by);
  for (const post of c.member.posts)
    u.dist.rolePosts += shift(u.rolePostCount, u.target.rolePosts, `${c.role}|${post}`, by);
  u.dist.mismatch += by * mismatch(u, c);
}

export function tallyHelper(u: UnitState, h: Helper, by: 1 | -1): void {
  bump(u.helperCount, `${h.role}|${h.partyMember === undefined ? '?' : h.partyMember ? 'y' : 'n'}`, by);
}

/** The engine's bounds judgement: decided only if every possible total agrees. */
function bounds(
  definite: number,
  unknown: number,
  min: number | undefined,
  max: number | undefined,
): Verdict {
  const fits = (n: number) => (min === undefined || n >= min) && (max === undefined || n <= max);
  if (fits(definite) && fits(definite + unknown)) return 'pass';
  if (max !== undefined && definite > max) return 'fail';
  if (min !== undefined && definite + unknown < min) return 'fail';
  return unknown > 0 ? 'needs-info' : 'fail';
}

function helperTally(
  u: UnitState,
  roles: readonly string[],
  party: boolean | undefined,
): { yes: number; unknown: number } {
  let yes = 0;
  let unknown = 0;
  for (const role of roles) {
    const y = u.helperCount.get(`${role}|y`) ?? 0;
    const n = u.helperCount.get(`${role}|n`) ?? 0;
    const q = u.helperCount.get(`${role}|?`) ?? 0;
    if (party === undefined) yes += y + n + q;
    else {
      yes += party ? y : n;
      unknown += q;
    }
  }
  return { yes, unknown };
}

/** The verdict of one rule on the unit as it stands. */
export function verdictOf(u: UnitState, r: number): Verdict {
  const rule: RuleModel = u.model.rules[r]!;
  if (rule.gate !== undefined && u.slotYes[rule.gate] === 0) {
    return u.slotUnknown[rule.gate]! > 0 ? 'needs-info' : 'not-applicable';
  }
  const check = rule.check;
  switch (check.kind) {
    case 'count':
      return bounds(u.slotYes[check.slot]!, u.slotUnknown[check.slot]!, check.min, check.max);
    case 'parity': {
      if (u.slotUnknown[check.slot]! > 0) return 'needs-info';
      return u.slotYes[check.slot]! % 2 === (check.odd ? 1 : 0) ? 'pass' : 'fail';
    }
    case 'role':
      return check.roles.every(
        (role) => bounds(u.roleCount.get(role) ?? 0, 0, check.min, check.max) === 'pass',
      )
        ? 'pass'
        : 'fail';
    case 'eligibility': {
      const e = check.index;
      if (u.eligFail[e]! > 0) return 'fail';
      if (u.eligUnknown[e]! > 0) return 'needs-info';
      if (u.eligUnlisted[e]! > 0) return 'unlisted';
      return u.eligSelected[e]! === 0 ? 'not-applicable' : 'pass';
    }
    case 'participants': {
      if (!u.listsParticipants) return 'needs-info';
      const { yes, unknown } = helperTally(u, check.roles, check.partyMember);
      return bounds(yes, unknown, check.min, check.max);
    }
    case 'fixed':
      return u.fixed[r] ?? 'not-applicable';
  }
}

/**
 * A layout's score, compared in order: 必须 rules not met and by how much,
 * 原则上 rules not met and by how much, 参考 the same, 必须 rules waiting for
 * information, others waiting, then the objective's shape, then facts left
 * to confirm. Lower is better. "By how much" (two members short of a
 * minimum …) lets the search make progress toward a rule that one change
 * cannot meet.
 */
export type Score = [number, number, number, number, number, number, number, number, number, number];
export const ZERO: Score = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
export const SHAPE = 8;
const CONFIRM = 9;

const FAIL_SLOT: Record<Severity, 0 | 2 | 4> = { error: 0, warning: 2, info: 4 };

const over = (n: number, min: number | undefined, max: number | undefined) =>
  (min !== undefined && n < min ? min - n : 0) + (max !== undefined && n > max ? n - max : 0);

/** How far a rule not met is from being met (members short or over, or 1). */
function shortfall(u: UnitState, r: number): number {
  const check = u.model.rules[r]!.check;
  switch (check.kind) {
    case 'count':
      return Math.max(
        1,
        over(u.slotYes[check.slot]! + u.slotUnknown[check.slot]!, check.min, undefined) +
          over(u.slotYes[check.slot]!, undefined, check.max),
      );
    case 'role':
      return (
        check.roles.reduce((n, role) => n + over(u.roleCount.get(role) ?? 0, check.min, check.max), 0) || 1
      );
    case 'eligibility':
      return Math.max(1, u.eligFail[check.index]! + u.eligUnlisted[check.index]!);
    case 'participants': {
      const { yes, unknown } = helperTally(u, check.roles, check.partyMember);
      return Math.max(1, over(yes + unknown, check.min, undefined) + over(yes, undefined, check.max));
    }
    default:
      return 1;
  }
}

export function ruleScore(u: UnitState, into: Score): void {
  for (let r = 0; r < u.model.rules.length; r += 1) {
    const verdict = verdictOf(u, r);
    const severity = u.model.rules[r]!.severity;
    if (verdict === 'fail' || verdict === 'unlisted') {
      const slot = verdict === 'unlisted' ? 2 : FAIL_SLOT[severity];
      into[slot] += 1;
      into[slot + 1]! += shortfall(u, r);
    } else if (verdict === 'needs-info') into[severity === 'error' ? 6 : 7] += 1;
  }
  for (const seat of u.seats) into[CONFIRM] += seat.confirm;
}

export const better = (a: Score, b: Score): boolean => {
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
};

/** Distance between two counts by key (the example's and the layout's). */
export function distance(have: ReadonlyMap<string, number>, want: ReadonlyMap<string, number>): number {
  let d = 0;
  for (const [key, n] of have) d += Math.abs(n - (want.get(key) ?? 0));
  for (const [key, n] of want) if (!have.has(key)) d += n;
  return d;
}
