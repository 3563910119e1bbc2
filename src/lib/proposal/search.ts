/**
 * The search: from empty committees, change one thing at a time — seat
 * someone, unseat someone, put someone else in a seat, change a member's
 * role or arrangement, list or unlist a helper — always taking the change
 * that improves the score most, until none does. Where one change cannot
 * help but two can (an odd total and a minimum: add two at once), pairs of
 * the most promising changes are tried, and seats are swapped or moved
 * between committees. Every choice is made in a fixed order from a list
 * sorted by name, so the same list always gives the same layout.
 */
import type { Candidate } from './candidates.ts';
import {
  better,
  distance,
  ruleScore,
  SHAPE,
  tallyHelper,
  tallySeat,
  ZERO,
  type Helper,
  type Score,
  type UnitState,
} from './state.ts';
import type { ParticipantRole, Role, UnitKind } from './upstream.ts';

/** What a layout should look like beyond the rules. */
export type Objective =
  { kind: 'model' } | { kind: 'lean' } | { kind: 'alternative'; avoid: ReadonlySet<number> };

/** The people as candidates, grouped into classes of interchangeable ones. */
export interface Pools {
  /** Classes per level and role, each class in person order. */
  seats(kind: UnitKind, role: Role): readonly Candidate[][];
  /** Every candidate of one person for a level and role. */
  of(kind: UnitKind, role: Role, person: number): readonly Candidate[];
  /** The ways one person could hold a role that a 必须 eligibility rule rejects (never seated; they tell what the list lacks). */
  refused(kind: UnitKind, role: Role, person: number): readonly Candidate[];
  /** Helpers per participant role, grouped by party membership, in person order. */
  helpers(role: ParticipantRole): readonly Helper[][];
}

interface Move {
  touched: UnitState[];
  /** Seating or unseating someone (paired with its like when one alone cannot help). */
  sort?: 'add' | 'remove';
  /** The same change once more, for making it twice (seat two people of one class). */
  again?: () => Move;
  /** Make the change; false (and nothing changed) when it no longer applies. */
  apply(): boolean;
  undo(): void;
}

/** Most rounds of improvement (each strictly improves the score, so the search ends well before). */
const MAX_ROUNDS = 400;
/** Changes combined pairwise when no single change helps. */
const PAIR_POOL = 24;
const PAIR_POOL_PER_UNIT = 10;

export function search(units: UnitState[], pools: Pools, objective: Objective, peopleCount: number): Score {
  const used = new Uint8Array(peopleCount);
  const cache = new Map<UnitState, Score>(units.map((u) => [u, unitScore(u, objective)]));
  let total = sum([...cache.values()]);
  const scoreAfter = (touched: readonly UnitState[]): Score => {
    const out = [...total] as Score;
    for (const u of new Set(touched)) {
      const before = cache.get(u)!;
      const after = unitScore(u, objective);
      for (let i = 0; i < out.length; i += 1) out[i]! += after[i]! - before[i]!;
    }
    return out;
  };
  const rep = <T extends { person: number }>(group: readonly T[]): T | undefined => {
    let fallback: T | undefined;
    for (const c of group) {
      if (used[c.person]) continue;
      if (objective.kind !== 'alternative' || !objective.avoid.has(c.person)) return c;
      fallback ??= c;
    }
    return fallback;
  };
  const ops = seatOps(used);
  /** Make a change that improves the score, and keep the scores current; false if it no longer does. */
  const commit = (move: Move): boolean => {
    if (!move.apply()) return false;
    const after = scoreAfter(move.touched);
    if (!better(after, total)) {
      move.undo();
      return false;
    }
    for (const u of new Set(move.touched)) cache.set(u, unitScore(u, objective));
    total = after;
    return true;
  };
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    // Each committee's best single change; committees are scored apart, so all can be made in one round.
    const bestByUnit = new Map<UnitState, { move: Move; score: Score }>();
    const tried: Array<{ move: Move; score: Score }> = [];
    for (const move of singleMoves(units, pools, ops, rep)) {
      if (!move.apply()) continue;
      const score = scoreAfter(move.touched);
      move.undo();
      tried.push({ move, score });
      const unit = move.touched[0]!;
      const held = bestByUnit.get(unit);
      if (better(score, held?.score ?? total)) bestByUnit.set(unit, { move, score });
    }
    // A committee's score depends on its own seats only, so such a change still improves it unless
    // an earlier committee took the person it was to seat.
    let changed = false;
    for (const { move } of bestByUnit.values()) if (commit(move)) changed = true;
    if (changed) continue;
    let best: Move | undefined;
    let bestScore = total;
    // Moving people between committees is for rules not yet met; it is costly on a whole street.
    const unmet = total.slice(0, SHAPE).some((n) => n > 0);
    for (const move of [...pairMoves(tried), ...(unmet ? crossMoves(units, pools, ops) : [])]) {
      if (!move.apply()) continue;
      const score = scoreAfter(move.touched);
      move.undo();
      if (better(score, bestScore)) {
        best = move;
        bestScore = score;
      }
    }
    if (!best) break;
    commit(best);
  }
  return total;
}

function sum(scores: readonly Score[]): Score {
  const out = [...ZERO] as Score;
  for (const s of scores) for (let i = 0; i < out.length; i += 1) out[i]! += s[i]!;
  return out;
}

/** Rule verdicts plus how far the unit is from the objective's shape. */
function unitScore(u: UnitState, objective: Objective): Score {
  const score = [...ZERO] as Score;
  ruleScore(u, score);
  let shape = 2 * u.dist.mismatch;
  if (objective.kind === 'lean') {
    // One holder of each role the example has, of the kinds of unit its people come from; more only where a rule asks.
    shape += 4 * (u.dist.lean + u.helpers.length) + u.dist.roleTypes + u.dist.rolePosts;
  } else {
    shape += 4 * u.dist.roles + u.dist.roleTypes + u.dist.rolePosts;
    if (u.helpers.length > 0 || u.target.helpers.size > 0) {
      const helperRoles = new Map<string, number>();
      for (const h of u.helpers) helperRoles.set(h.role, (helperRoles.get(h.role) ?? 0) + 1);
      shape += 4 * distance(helperRoles, u.target.helpers);
    }
    if (objective.kind === 'alternative') {
      for (const s of u.seats) if (objective.avoid.has(s.person)) shape += 3;
      for (const h of u.helpers) if (objective.avoid.has(h.person)) shape += 3;
    }
  }
  score[SHAPE] = shape;
  return score;
}

type SeatOps = ReturnType<typeof seatOps>;

/** The elementary changes, each keeping the running counts and the used-person marks right. */
function seatOps(used: Uint8Array) {
  const add = (u: UnitState, c: Candidate) => {
    u.seats.push(c);
    tallySeat(u, c, 1);
    used[c.person] = 1;
  };
  const remove = (u: UnitState, c: Candidate): number => {
    const at = u.seats.indexOf(c);
    u.seats.splice(at, 1);
    tallySeat(u, c, -1);
    used[c.person] = 0;
    return at;
  };
  const restore = (u: UnitState, c: Candidate, at: number) => {
    u.seats.splice(at, 0, c);
    tallySeat(u, c, 1);
    used[c.person] = 1;
  };
  const addHelper = (u: UnitState, h: Helper) => {
    u.helpers.push(h);
    tallyHelper(u, h, 1);
    used[h.person] = 1;
  };
  const removeHelper = (u: UnitState, h: Helper) => {
    const at = u.helpers.indexOf(h);
    u.helpers.splice(at, 1);
    tallyHelper(u, h, -1);
    used[h.person] = 0;
    return at;
  };
  return { used, add, remove, restore, addHelper, removeHelper };
}

function addMove(ops: SeatOps, u: UnitState, c: Candidate): Move {
  return {
    touched: [u],
    sort: 'add',
    apply: () => {
      if (ops.used[c.person]) return false;
      ops.add(u, c);
      return true;
    },
    undo: () => void ops.remove(u, c),
  };
}

/** Seat someone of a class: whoever comes first among those not yet placed, when the change is made. */
function addFromMove(ops: SeatOps, u: UnitState, group: readonly Candidate[], pick: Pick): Move {
  let chosen: Candidate | undefined;
  return {
    touched: [u],
    sort: 'add',
    again: () => addFromMove(ops, u, group, pick),
    apply: () => {
      chosen = pick(group);
      if (!chosen) return false;
      ops.add(u, chosen);
      return true;
    },
    undo: () => void ops.remove(u, chosen!),
  };
}

function removeMove(ops: SeatOps, u: UnitState, c: Candidate): Move {
  let at = -1;
  return {
    touched: [u],
    sort: 'remove',
    apply: () => {
      if (!u.seats.includes(c)) return false;
      at = ops.remove(u, c);
      return true;
    },
    undo: () => ops.restore(u, c, at),
  };
}

/** Put `next` where `old` sits (another person, or the same person in another role or arrangement). */
function replaceMove(ops: SeatOps, u: UnitState, old: Candidate, next: Candidate): Move {
  let at = -1;
  return {
    touched: [u],
    apply: () => {
      if (!u.seats.includes(old)) return false;
      if (next.person !== old.person && ops.used[next.person]) return false;
      at = ops.remove(u, old);
      ops.add(u, next);
      return true;
    },
    undo: () => {
      ops.remove(u, next);
      ops.restore(u, old, at);
    },
  };
}

function helperMove(ops: SeatOps, u: UnitState, h: Helper, adding: boolean): Move {
  let at = -1;
  return {
    touched: [u],
    apply: () => {
      if (adding ? ops.used[h.person] : !u.helpers.includes(h)) return false;
      if (adding) ops.addHelper(u, h);
      else at = ops.removeHelper(u, h);
      return true;
    },
    undo: () => {
      if (adding) ops.removeHelper(u, h);
      else {
        u.helpers.splice(at, 0, h);
        tallyHelper(u, h, 1);
        ops.used[h.person] = 1;
      }
    },
  };
}

type Pick = <T extends { person: number }>(group: readonly T[]) => T | undefined;

function* singleMoves(units: readonly UnitState[], pools: Pools, ops: SeatOps, rep: Pick): Generator<Move> {
  for (const u of units) {
    const kind = u.model.kind;
    for (const role of u.roles) {
      for (const group of pools.seats(kind, role)) yield addFromMove(ops, u, group, rep);
    }
    for (const seat of [...u.seats]) {
      yield removeMove(ops, u, seat);
      for (const group of pools.seats(kind, seat.role)) {
        if (group[0]!.key === seat.key) continue;
        const c = rep(group);
        if (c) yield replaceMove(ops, u, seat, c);
      }
      for (const role of u.roles) {
        for (const c of pools.of(kind, role, seat.person)) {
          if (c.key !== seat.key) yield replaceMove(ops, u, seat, c);
        }
      }
    }
    for (const role of u.helperRoles) {
      for (const group of pools.helpers(role)) {
        const h = rep(group);
        if (h) yield helperMove(ops, u, h, true);
      }
    }
    for (const h of [...u.helpers]) yield helperMove(ops, u, h, false);
  }
}

/**
 * Two of the most promising single changes made together: the best few of
 * all, and, within each committee, the best few seatings and the best few
 * unseatings (an odd total wants members two at a time).
 */
function pairMoves(tried: ReadonlyArray<{ move: Move; score: Score }>): Move[] {
  const ranked = [...tried]
    .map((t, i) => ({ ...t, i }))
    .sort((a, b) => (better(a.score, b.score) ? -1 : better(b.score, a.score) ? 1 : a.i - b.i))
    .map((t) => t.move);
  const groups = new Map<string, Move[]>();
  const units = new Map<UnitState, number>();
  for (const move of ranked) {
    if (move.touched.length !== 1 || move.sort === undefined) continue;
    const unit = move.touched[0]!;
    if (!units.has(unit)) units.set(unit, units.size);
    const key = `${units.get(unit)}|${move.sort}`;
    const list = groups.get(key) ?? [];
    if (list.length < PAIR_POOL_PER_UNIT) list.push(move);
    groups.set(key, list);
  }
  const out: Move[] = [];
  for (const top of [ranked.slice(0, PAIR_POOL), ...groups.values()]) {
    for (let a = 0; a < top.length; a += 1) {
      const again = top[a]!.again;
      if (again) out.push(both(top[a]!, again()));
      for (let b = a + 1; b < top.length; b += 1) out.push(both(top[a]!, top[b]!));
    }
  }
  return out;
}

function both(first: Move, second: Move): Move {
  return {
    touched: [...first.touched, ...second.touched],
    apply: () => {
      if (!first.apply()) return false;
      if (second.apply()) return true;
      first.undo();
      return false;
    },
    undo: () => {
      second.undo();
      first.undo();
    },
  };
}

/** Swap two people between committees, or move one to another committee. */
function* crossMoves(units: readonly UnitState[], pools: Pools, ops: SeatOps): Generator<Move> {
  for (const u of units) {
    for (const seat of u.seats) {
      for (const v of units) {
        if (v === u) continue;
        for (const other of v.seats) {
          // Between committees of one level, swapping people of one role changes nothing the rules see.
          if (other.person < seat.person || (v.model === u.model && other.role === seat.role)) continue;
          const here = pools.of(u.model.kind, seat.role, other.person)[0];
          const there = pools.of(v.model.kind, other.role, seat.person)[0];
          if (here && there) yield swapMove(ops, u, seat, here, v, other, there);
        }
        for (const role of v.roles) {
          const there = pools.of(v.model.kind, role, seat.person)[0];
          if (there) yield both(removeMove(ops, u, seat), addMove(ops, v, there));
        }
      }
    }
  }
}

function swapMove(
  ops: SeatOps,
  u: UnitState,
  seat: Candidate,
  here: Candidate,
  v: UnitState,
  other: Candidate,
  there: Candidate,
): Move {
  let atU = -1;
  let atV = -1;
  return {
    touched: [u, v],
    apply: () => {
      if (!u.seats.includes(seat) || !v.seats.includes(other)) return false;
      atU = ops.remove(u, seat);
      atV = ops.remove(v, other);
      ops.add(u, here);
      ops.add(v, there);
      return true;
    },
    undo: () => {
      ops.remove(v, there);
      ops.remove(u, here);
      ops.restore(v, other, atV);
      ops.restore(u, seat, atU);
    },
  };
}
