/**
 * Each person as a possible holder of each role on a committee of one level:
 * the member record the plan would carry, with the arrangements the rules
 * ask for chosen (how they are chosen, station, 双重组织生活, 共驻共建责任书),
 * and what every rule of the level says about them — precomputed once, so
 * the search only adds up numbers.
 *
 * A candidate the 必须 rules reject on their own (a 兼职委员 who lacks the
 * conditions, a 家委会成员 who is not a 骨干党员) is never seated: it is kept
 * aside to say why the list falls short. People whose facts are the same
 * are interchangeable for the rules; they share a class, and the search
 * tries one of each.
 */
import type { Person } from './person.ts';
import type { ArrangementField, KindModel } from './rule-model.ts';
import { JOB_ROLES } from './spellings.ts';
import { HOME_CATEGORIES, missingFields, type Member, type Role, type Severity } from './upstream.ts';

/** What an eligibility rule says of one member (the engine's reading, eligibility.ts). */
export const Fit = {
  Out: 0,
  SelectUnknown: 1,
  Pass: 2,
  Fail: 3,
  Unlisted: 4,
  RequireUnknown: 5,
} as const;
export type Fit = (typeof Fit)[keyof typeof Fit];

/** A member record without its id (assigned when the plan is written). */
export type Seat = Omit<Member, 'id'>;

export interface Candidate {
  person: number;
  role: Role;
  /** The member record without the person's identity (see withIdentity). */
  member: Seat;
  /** Per eligibility rule of the level. */
  fits: readonly Fit[];
  /** Per slot of the level: 0 no, 1 yes, 2 unknown. */
  slots: readonly number[];
  /** Facts the rules read that the list leaves empty for this person. */
  confirm: number;
  /** Class: candidates with the same key count the same for every rule. */
  key: string;
  /** 必须 eligibility rules this candidate fails (then it is never seated). */
  rejectedBy: number[];
}

/** Seats of a party committee go to party members; staff posts to those who hold them. */
const isJob = (role: Role) => (JOB_ROLES as readonly string[]).includes(role);
const OUTSIDE = new Set<string>(HOME_CATEGORIES['外单位']);

/** The member's note: the unit type as the list wrote it when the vocabulary did not know it, and the list's own note. */
function seatNote(person: Person): string | undefined {
  const notes = [
    person.homeTypeText !== undefined ? `名单中的单位类型：${person.homeTypeText}` : '',
    person.note ?? '',
  ].filter(Boolean);
  return notes.length > 0 ? notes.join('；') : undefined;
}

/**
 * The member record for a person in a role, before arrangements: the facts
 * the rules read, without who the person is (the same for everyone with
 * these facts; `withIdentity` adds the name, unit and note).
 */
function baseSeat(person: Person, role: Role): Seat {
  const tenure = person.tenure ?? (OUTSIDE.has(person.homeType) ? '兼职' : undefined);
  return {
    role,
    ...(tenure !== undefined && { tenure }),
    home: {
      type: person.homeType,
      ...(person.highLevel !== undefined && { highLevel: person.highLevel }),
      ...(person.large !== undefined && { large: person.large }),
    },
    ...(person.homeRole !== undefined && { homeRole: person.homeRole }),
    posts: [...person.posts],
    ...(person.liaison !== undefined && { liaison: person.liaison }),
    ...(person.engaged !== undefined && { engaged: person.engaged }),
    affiliationTransferred: false,
    ...(person.partyMember !== undefined && { partyMember: person.partyMember }),
    ...(person.backbone !== undefined && { backbone: person.backbone }),
  };
}

/** A seat's record with the person's name, unit name and note (cut to what the plan format takes). */
export function withIdentity(seat: Seat, person: Person): Seat {
  const note = seatNote(person)?.slice(0, 2000);
  const { role, ...rest } = seat;
  return {
    ...(person.name !== '' && { name: person.name.slice(0, 100) }),
    role,
    ...rest,
    home: { ...seat.home, ...(person.unitName !== undefined && { name: person.unitName.slice(0, 200) }) },
    ...(note !== undefined && { note }),
  };
}

/** Whether the person may hold the role at all (before any rule of the packs). */
function mayHold(person: Person, role: Role): boolean {
  if (isJob(role)) return (person.jobs as readonly string[]).includes(role);
  return person.partyMember !== false;
}

const SEVERITY_WEIGHT: Record<Severity, { fail: number; unknown: number }> = {
  error: { fail: 1e8, unknown: 1e2 },
  warning: { fail: 1e6, unknown: 1 },
  info: { fail: 1e4, unknown: 1 },
};

function fitOf(model: KindModel, e: number, member: Member): Fit {
  const rule = model.eligibility[e]!;
  const selected = rule.select.test(member);
  if (selected === false) return Fit.Out;
  if (selected === undefined) return Fit.SelectUnknown;
  const ok = rule.require.test(member);
  if (ok === true) return Fit.Pass;
  if (ok === undefined) return Fit.RequireUnknown;
  const belongs = rule.open ? rule.open.test(member) : false;
  return belongs === false ? Fit.Fail : belongs === true ? Fit.Unlisted : Fit.RequireUnknown;
}

/** How much the member's own verdicts under these eligibility rules cost (the search's order: 必须, 原则上, 参考, then unknowns). */
function seatCost(model: KindModel, member: Member, rules: readonly number[]): number {
  let cost = 0;
  for (const e of rules) {
    const weight = SEVERITY_WEIGHT[model.eligibility[e]!.rule.severity];
    const fit = fitOf(model, e, member);
    if (fit === Fit.Fail) cost += weight.fail;
    else if (fit === Fit.Unlisted) cost += SEVERITY_WEIGHT.warning.fail;
    else if (fit === Fit.SelectUnknown || fit === Fit.RequireUnknown) cost += weight.unknown;
  }
  return cost;
}

/**
 * The arrangements that serve the rules best: for each decided field in turn,
 * the values that cost least, leaving a field empty when setting it changes
 * nothing (nothing is recorded that no rule asks for). Ties between values
 * are all kept, as separate candidates: a count may need some of each
 * (济宁: 2—3 at the window, the rest in the grids).
 */
function arrangements(model: KindModel, seat: Seat, usual: Usual): Seat[] {
  let variants: Seat[] = [seat];
  for (const { field, values, rules } of model.arrangements) {
    if (values.length === 0) continue;
    const next: Seat[] = [];
    for (const variant of variants) {
      // The base record has none of the decided fields: leaving one empty is the record as it is.
      const options = [undefined, ...usual(field, values)].map((value) => {
        const trial = value === undefined ? variant : ({ ...variant, [field]: value } as Seat);
        return { seat: trial, cost: seatCost(model, trial as Member, rules) };
      });
      const best = Math.min(...options.map((o) => o.cost));
      next.push(...options.filter((o) => o.cost === best).map((o) => o.seat));
    }
    variants = next;
  }
  return variants;
}

/**
 * The values the rules name for a decided field, most usual first: as the
 * chosen model's example decides it for this role (its 委员 from the
 * residents are 党员自荐 or 协商推选, not 上级党组织选派), then in the rules' order.
 */
export type Usual = (
  field: ArrangementField,
  values: ReadonlyArray<string | boolean>,
) => Array<string | boolean>;

/** Every way the person can hold the role on a committee of this level, one per distinct class. */
export function candidatesFor(
  model: KindModel,
  person: Person,
  index: number,
  role: Role,
  usual: Usual,
): Candidate[] {
  if (!mayHold(person, role)) return [];
  const out: Candidate[] = [];
  const keys = new Set<string>();
  for (const seat of arrangements(model, baseSeat(person, role), usual)) {
    const member = seat as Member;
    const fits: Fit[] = [];
    const rejectedBy: number[] = [];
    const missing: string[] = [];
    const unknownIn = (predicate: { optionalFields: ReadonlySet<never> | ReadonlySet<string> }) => {
      for (const f of missingFields(member, predicate.optionalFields as never))
        if (!missing.includes(f)) missing.push(f);
    };
    // The unit type and posts count toward the example's shape; the rest toward the rules.
    let key = `${role}|${seat.home.type}|${[...seat.posts].sort().join('、')}|`;
    for (let e = 0; e < model.eligibility.length; e += 1) {
      const fit = fitOf(model, e, member);
      fits.push(fit);
      key += fit;
      const rule = model.eligibility[e]!;
      if (fit === Fit.Fail && rule.rule.severity === 'error') rejectedBy.push(e);
      else if (fit === Fit.SelectUnknown) unknownIn(rule.select);
      else if (fit === Fit.RequireUnknown) unknownIn(rule.require);
    }
    key += '|';
    const slots: number[] = [];
    for (const slot of model.slots) {
      const r = slot.test(member);
      const code = r === true ? 1 : r === undefined ? 2 : 0;
      slots.push(code);
      key += code;
      if (r === undefined) unknownIn(slot);
    }
    key += `|${missing.length}`;
    if (keys.has(key)) continue;
    keys.add(key);
    out.push({ person: index, role, member: seat, fits, slots, confirm: missing.length, key, rejectedBy });
  }
  return out;
}
