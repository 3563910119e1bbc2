/**
 * The packs turned into constraints on a committee, one model per unit
 * level: for every rule that applies to the level, what it asks of the
 * members in a form the solver can count incrementally.
 *
 *  - `role`: how many hold each role (role cardinality);
 *  - `count`, `parity`: how many members match a predicate (a slot);
 *  - `eligibility`: what every selected member must be (a per-member verdict);
 *  - `participants`: how many people without a seat hold a role;
 *  - every other kind (attribute, schedule, children, names, feature,
 *    vacancy) reads the unit's structure, which the chosen model's example
 *    supplies: its verdict is `fixed` per unit, computed once by the engine.
 *
 * `appliesTo.when` becomes a gate slot. The three-valued logic is the
 * engine's (compilePredicate), so "unknown" stays "needs information".
 * Fields a layout decides rather than a person's facts (how a member is
 * chosen, their station, 双重组织生活, 共驻共建责任书) are collected with the
 * values the rules name, for the solver to choose.
 */
import {
  compilePredicate,
  compileRules,
  selectPacks,
  setsInForce,
  type CompiledPredicate,
  type CompiledRule,
  type CompiledRules,
  type MemberPredicate,
  type ParticipantRole,
  type Role,
  type RulePack,
  type Severity,
  type UnitKind,
} from './upstream.ts';

type RuleCheckModel =
  | { kind: 'count'; slot: number; min?: number | undefined; max?: number | undefined }
  | { kind: 'parity'; slot: number; odd: boolean }
  | { kind: 'role'; roles: readonly Role[]; min?: number | undefined; max?: number | undefined }
  | { kind: 'eligibility'; index: number }
  | {
      kind: 'participants';
      roles: readonly ParticipantRole[];
      partyMember?: boolean | undefined;
      min?: number | undefined;
      max?: number | undefined;
    }
  | { kind: 'fixed' };

export interface RuleModel {
  compiled: CompiledRule;
  severity: Severity;
  /** Slot of appliesTo.when: the rule applies only if some member matches. */
  gate: number | undefined;
  check: RuleCheckModel;
  /** The predicates behind the check, for describing what is missing. */
  select?: MemberPredicate;
  require?: MemberPredicate;
  /** The pack's sets under the readings in force (to describe predicates that name them). */
  sets: ReadonlyMap<string, MemberPredicate>;
}

interface EligibilityModel {
  rule: RuleModel;
  select: CompiledPredicate;
  require: CompiledPredicate;
  open: CompiledPredicate | undefined;
}

/** Member fields a layout decides, with the values the rules name (in the order they name them). */
export type ArrangementField = 'chosenBy' | 'station' | 'dualLife' | 'jointAgreement';
export const ARRANGEMENT_FIELDS: readonly ArrangementField[] = [
  'chosenBy',
  'station',
  'dualLife',
  'jointAgreement',
];

export interface KindModel {
  kind: UnitKind;
  rules: RuleModel[];
  /** Member predicates counted per unit (count/parity selects, gates). */
  slots: CompiledPredicate[];
  eligibility: EligibilityModel[];
  /** Roles the rules name for this level. */
  roles: Role[];
  /** Participant roles the rules ask for. */
  participantRoles: ParticipantRole[];
  /** Per decided field: the values the rules name, and the eligibility rules that read the field. */
  arrangements: Array<{ field: ArrangementField; values: Array<string | boolean>; rules: number[] }>;
}

export interface RuleModels {
  compiled: CompiledRules;
  kinds: Map<UnitKind, KindModel>;
}

interface PackCompiler {
  compile: (p: MemberPredicate) => CompiledPredicate;
  sets: Map<string, MemberPredicate>;
}

/** The pack's sets under the readings in force, and a memoising predicate compiler over them. */
function packCompiler(pack: RulePack, compiled: CompiledRules): PackCompiler {
  const chosen = new Map(
    compiled.readings.filter((r) => pack.readings.includes(r.question)).map((r) => [r.question.id, r]),
  );
  const sets = setsInForce(pack, chosen);
  const memo = new Map<string, CompiledPredicate>();
  const resolve = (name: string): CompiledPredicate => {
    let done = memo.get(name);
    if (!done) {
      const definition = sets.get(name);
      done = definition
        ? compilePredicate(definition, resolve)
        : { test: () => false, optionalFields: new Set() };
      memo.set(name, done);
    }
    return done;
  };
  return { compile: (p) => compilePredicate(p, resolve), sets };
}

/** Compile the packs a model is checked against, under the chosen readings, into per-level constraints. */
export function buildRuleModels(
  packs: readonly RulePack[],
  packIds: readonly string[] | undefined,
  readings: Readonly<Record<string, string>>,
): RuleModels {
  const compiled = compileRules(selectPacks(packs, packIds), readings);
  const compilers = new Map(compiled.packs.map((p) => [p, packCompiler(p, compiled)]));
  const kinds = new Map<UnitKind, KindModel>();
  for (const rule of compiled.rules) {
    for (const kind of rule.kinds) {
      let model = kinds.get(kind);
      if (!model) {
        model = emptyKindModel(kind);
        kinds.set(kind, model);
      }
      addRule(model, rule, compilers.get(rule.pack)!);
    }
  }
  return { compiled, kinds };
}

/** A level no rule speaks of (its committee is filled after the example's shape alone). */
export function emptyKindModel(kind: UnitKind): KindModel {
  return {
    kind,
    rules: [],
    slots: [],
    eligibility: [],
    roles: [],
    participantRoles: [],
    arrangements: ARRANGEMENT_FIELDS.map((field) => ({ field, values: [], rules: [] })),
  };
}

function addRule(model: KindModel, compiled: CompiledRule, pack: PackCompiler): void {
  const slot = (p: MemberPredicate) => {
    model.slots.push(pack.compile(p));
    notePredicate(model, p, pack.sets);
    return model.slots.length - 1;
  };
  const when = compiled.rule.appliesTo.when;
  const base = {
    compiled,
    severity: compiled.severity,
    gate: when ? slot(when) : undefined,
    sets: pack.sets,
  };
  const check = compiled.check;
  let rule: RuleModel;
  switch (check.kind) {
    case 'count':
      rule = {
        ...base,
        check: { kind: 'count', slot: slot(check.select), min: check.min, max: check.max },
        select: check.select,
      };
      break;
    case 'parity':
      rule = {
        ...base,
        check: { kind: 'parity', slot: slot(check.select), odd: check.parity === 'odd' },
        select: check.select,
      };
      break;
    case 'role':
      rule = { ...base, check: { kind: 'role', roles: check.roles, min: check.min, max: check.max } };
      for (const r of check.roles) if (!model.roles.includes(r)) model.roles.push(r);
      break;
    case 'eligibility': {
      rule = {
        ...base,
        check: { kind: 'eligibility', index: model.eligibility.length },
        select: check.select,
        require: check.require,
      };
      const read = new Set<ArrangementField>();
      for (const p of [check.select, check.require, ...(check.open ? [check.open] : [])])
        notePredicate(model, p, pack.sets, read);
      for (const a of model.arrangements) if (read.has(a.field)) a.rules.push(model.eligibility.length);
      model.eligibility.push({
        rule,
        select: pack.compile(check.select),
        require: pack.compile(check.require),
        open: check.open ? pack.compile(check.open) : undefined,
      });
      break;
    }
    case 'participants':
      rule = {
        ...base,
        check: {
          kind: 'participants',
          roles: check.roles,
          partyMember: check.partyMember,
          min: check.min,
          max: check.max,
        },
      };
      for (const r of check.roles) if (!model.participantRoles.includes(r)) model.participantRoles.push(r);
      break;
    default:
      rule = { ...base, check: { kind: 'fixed' } };
  }
  model.rules.push(rule);
}

/** Record the roles and the layout-decided values a predicate names (following sets); `read` collects the fields. */
function notePredicate(
  model: KindModel,
  p: MemberPredicate,
  sets: Map<string, MemberPredicate>,
  read = new Set<ArrangementField>(),
  seen = new Set<string>(),
): void {
  for (const r of p.role ?? []) if (!model.roles.includes(r)) model.roles.push(r);
  const note = (field: ArrangementField, values: ReadonlyArray<string | boolean>) => {
    read.add(field);
    const entry = model.arrangements.find((a) => a.field === field)!;
    for (const v of values) if (!entry.values.includes(v)) entry.values.push(v);
  };
  if (p.chosenBy) note('chosenBy', p.chosenBy);
  if (p.station) note('station', p.station);
  if (p.dualLife !== undefined) note('dualLife', [p.dualLife]);
  if (p.jointAgreement !== undefined) note('jointAgreement', [p.jointAgreement]);
  for (const a of p.anyOf ?? []) notePredicate(model, a, sets, read, seen);
  if (p.not) notePredicate(model, p.not, sets, read, seen);
  if (p.set !== undefined && !seen.has(p.set)) {
    seen.add(p.set);
    const definition = sets.get(p.set);
    if (definition) notePredicate(model, definition, sets, read, seen);
  }
}
