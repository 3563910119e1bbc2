/**
 * What the list lacks, in one plain sentence per rule a layout cannot meet:
 * "某社区“大党委”还需要一名书记（须兼任社区党组织书记）：名单里没有这样的人。依据“设书记1名”。",
 * "名单里只有1名可任家委会成员的人选，“党群微家”一、“党群微家”二各需1名，共需2名，还差1名。……"
 * Worked out from the rule's own parameters (its role, its count and the
 * predicate it counts, the 必须 conditions on who may sit) and from who in
 * the list could meet them, not written per model.
 */
import type { Candidate } from './candidates.ts';
import { personLabel, type Person } from './person.ts';
import type { KindModel, RuleModel } from './rule-model.ts';
import type { Pools } from './search.ts';
import { JOB_ROLES } from './spellings.ts';
import type { UnitState } from './state.ts';
import { describePredicate, quoted, type MemberPredicate, type Role } from './upstream.ts';

export interface ShortfallContext {
  people: readonly Person[];
  pools: Pools;
  units: readonly UnitState[];
  /** The unit's name for readers, by its state. */
  label: (u: UnitState) => string;
}

const count = (n: number) => (n === 1 ? '一名' : `${n}名`);

/** A predicate without the fields a layout decides (how chosen, station …): what a person must be. */
function factsOnly(p: MemberPredicate): MemberPredicate | undefined {
  const {
    chosenBy: _chosenBy,
    station: _station,
    dualLife: _dualLife,
    jointAgreement: _jointAgreement,
    affiliationTransferred: _affiliation,
    label: _label,
    anyOf,
    not,
    ...rest
  } = p;
  const out: MemberPredicate = { ...rest };
  if (anyOf) {
    const alternatives = anyOf.map(factsOnly);
    // An alternative the layout can always meet makes the whole choice free.
    if (alternatives.every((a) => a !== undefined)) out.anyOf = alternatives as MemberPredicate[];
  }
  if (not) {
    const inner = factsOnly(not);
    if (inner) out.not = inner;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function describe(rule: RuleModel, p: MemberPredicate | undefined): string {
  if (!p) return '';
  return describePredicate(p, (name) => rule.sets.get(name));
}

/** Who a count counts: the set's own label, or the predicate in words. */
function whoIsCounted(rule: RuleModel): string {
  const select = rule.select;
  if (!select) return '成员';
  if (select.set !== undefined && Object.keys(select).length === 1) {
    return rule.sets.get(select.set)?.label ?? describe(rule, select);
  }
  if (select.role && Object.keys(select).length === 1) return select.role.join('或');
  return `成员（${describe(rule, select)}）`;
}

/** Longest condition spelt out in full; a longer one is named by its rule's title. */
const SHORT = 24;

/**
 * The 必须 conditions that kept people of the list from a seat, in words:
 * "须兼任社区党组织书记", or, when that would run long, "须符合‘兼职委员须具备任职条件’".
 */
function conditions(model: KindModel, refused: readonly Candidate[]): string {
  const rules = [...new Set(refused.flatMap((c) => c.rejectedBy))].sort((a, b) => a - b);
  const texts = rules.map((e) => {
    const rule = model.eligibility[e]!.rule;
    const facts = factsOnly(rule.require ?? {});
    const spelt = facts ? describe(rule, facts) : '';
    return spelt !== '' && spelt.length <= SHORT ? `须${spelt}` : `须符合${quoted(rule.compiled.rule.title)}`;
  });
  return [...new Set(texts)].join('；');
}

/** Units of the same level the rule applies to (they share the list), with the rule's minimum. */
function scope(ctx: ShortfallContext, u: UnitState, min: number): { need: number; text: string } {
  const same = ctx.units.filter((v) => v.model === u.model);
  if (same.length === 1) return { need: min, text: `${ctx.label(u)}需要${min}名` };
  const names = same.map(ctx.label);
  const listed =
    names.length > 3 ? `${names.slice(0, 3).join('、')}等${names.length}个单位` : names.join('、');
  return { need: min * same.length, text: `${listed}各需${min}名，共需${min * same.length}名` };
}

function roleShortfall(
  ctx: ShortfallContext,
  u: UnitState,
  role: Role,
  have: number,
  min: number,
  rule: RuleModel,
): string {
  const kind = u.model.kind;
  const able = ctx.people.filter((_, i) => ctx.pools.of(kind, role, i).length > 0).length;
  const refused = ctx.people.flatMap((_, i) =>
    ctx.pools.of(kind, role, i).length > 0 ? [] : ctx.pools.refused(kind, role, i),
  );
  const why = conditions(u.model, refused);
  const who = `${role}${why ? `（${why}）` : ''}`;
  const { need, text } = scope(ctx, u, min);
  const basis = `依据${quoted(rule.compiled.rule.title)}。`;
  if (able === 0) return `${ctx.label(u)}还需要${count(min - have)}${who}：名单里没有这样的人。${basis}`;
  if (able < need) return `名单里只有${able}名可任${who}的人选，${text}，还差${need - able}名。${basis}`;
  return `${ctx.label(u)}还需要${count(min - have)}${role}：名单里可任${who}的人都已排在其他岗位上。${basis}`;
}

/** Whether someone could be seated, in some role of the unit, so as to be counted by the slot. */
function countable(
  ctx: ShortfallContext,
  u: UnitState,
  slot: number,
  i: number,
  pick: 'of' | 'refused',
): Candidate[] {
  return u.roles.flatMap((role) => ctx.pools[pick](u.model.kind, role, i)).filter((c) => c.slots[slot] !== 0);
}

function countShortfall(ctx: ShortfallContext, u: UnitState, r: number, min: number, have: number): string {
  const rule = u.model.rules[r]!;
  const check = rule.check as { slot: number };
  const who = whoIsCounted(rule);
  const able = ctx.people.filter((_, i) => countable(ctx, u, check.slot, i, 'of').length > 0).length;
  const near = ctx.people.flatMap((p, i) => {
    if (countable(ctx, u, check.slot, i, 'of').length > 0) return [];
    const refused = countable(ctx, u, check.slot, i, 'refused');
    return refused.length > 0 ? [{ p, refused }] : [];
  });
  const { need, text } = scope(ctx, u, min);
  const basis = `依据${quoted(rule.compiled.rule.title)}。`;
  const why =
    near.length > 0
      ? conditions(
          u.model,
          near.flatMap((n) => n.refused),
        )
      : '';
  const nearText =
    near.length > 0
      ? `名单里的${near
          .slice(0, 3)
          .map((n) => personLabel(n.p))
          .join('、')}${near.length > 3 ? `等${near.length}人` : ''}不符合条件${why ? `（${why}）` : ''}。`
      : '';
  if (able === 0)
    return `${ctx.label(u)}还需要${count(min - have)}${who}：名单里没有这样的人。${nearText}${basis}`;
  if (able < need)
    return `名单里只有${able}名可任${who}的人选，${text}，还差${need - able}名。${nearText}${basis}`;
  return `${ctx.label(u)}还需要${count(min - have)}${who}：名单里符合条件的人都已排在其他岗位上。${basis}`;
}

function helperShortfall(ctx: ShortfallContext, u: UnitState, rule: RuleModel, have: number): string {
  const check = rule.check as {
    roles: readonly string[];
    partyMember?: boolean | undefined;
    min?: number | undefined;
  };
  const min = check.min ?? 0;
  const who = `${check.partyMember ? '党员' : ''}${check.roles.join('或')}`;
  const able = ctx.people.filter(
    (p) =>
      p.participantRoles.some((role) => check.roles.includes(role)) &&
      (check.partyMember === undefined || p.partyMember !== !check.partyMember),
  ).length;
  const { need, text } = scope(ctx, u, min);
  const basis = `依据${quoted(rule.compiled.rule.title)}。`;
  if (able === 0)
    return `${ctx.label(u)}还需要${count(min - have)}${who}：名单里没有职务为${check.roles.join('或')}的人。${basis}`;
  if (able < need) return `名单里只有${able}名${who}，${text}，还差${need - able}名。${basis}`;
  return `${ctx.label(u)}还需要${count(min - have)}${who}：名单里的都已排在别处。${basis}`;
}

/** Why the layout cannot meet rule `r` on unit `u`, as a sentence; undefined when the rule is met. */
export function shortfallOf(ctx: ShortfallContext, u: UnitState, r: number): string | undefined {
  const rule = u.model.rules[r]!;
  const check = rule.check;
  switch (check.kind) {
    case 'role': {
      for (const role of check.roles) {
        const have = u.roleCount.get(role) ?? 0;
        if (check.min !== undefined && have < check.min)
          return roleShortfall(ctx, u, role, have, check.min, rule);
        if (check.max !== undefined && have > check.max)
          return `${ctx.label(u)}的${role}有${have}名，多于${check.max}名：其他规则要求的人选只有这样排得下。`;
      }
      return undefined;
    }
    case 'count': {
      const have = u.slotYes[check.slot]! + u.slotUnknown[check.slot]!;
      if (check.min !== undefined && have < check.min) return countShortfall(ctx, u, r, check.min, have);
      if (check.max !== undefined && u.slotYes[check.slot]! > check.max)
        return `${ctx.label(u)}的${whoIsCounted(rule)}有${u.slotYes[check.slot]}名，多于${check.max}名：其他规则要求的人选只有这样排得下。依据${quoted(rule.compiled.rule.title)}。`;
      return undefined;
    }
    case 'parity':
      return `${ctx.label(u)}的${whoIsCounted(rule)}是${u.slotYes[check.slot]}名：名单里找不到既合规又能增减一名的人选。依据${quoted(rule.compiled.rule.title)}。`;
    case 'participants': {
      const have = u.helpers.filter((h) => check.roles.includes(h.role)).length;
      return check.min !== undefined && have < check.min ? helperShortfall(ctx, u, rule, have) : undefined;
    }
    case 'eligibility': {
      const facts = factsOnly(rule.require ?? {});
      return facts
        ? `名单里没有${describe(rule, facts)}的合适人选，只能这样安排。依据${quoted(rule.compiled.rule.title)}。`
        : undefined;
    }
    case 'fixed':
      return `这一条看的是${ctx.label(u)}的设置（下设单位、定期工作、设施等），与名单无关：打开方案后按提示调整。`;
  }
}

const isJob = (role: string) => (JOB_ROLES as readonly string[]).includes(role);

/**
 * When the committees need more seats than the list has party members:
 * "名单里只有3名党员，而必须设置的职务……至少需要5名。" Counts, per committee,
 * the larger of the seats the 必须 role rules ask for and the largest 必须
 * minimum of a count (a lower bound); undefined when the party members suffice.
 */
export function partyShortfall(ctx: ShortfallContext): string | undefined {
  const known = ctx.people.filter((p) => p.partyMember === true).length;
  const unknown = ctx.people.filter((p) => p.partyMember === undefined).length;
  let need = 0;
  const asked: string[] = [];
  for (const u of ctx.units) {
    let roles = 0;
    let counted = 0;
    for (const rule of u.model.rules) {
      const check = rule.check;
      // Rules that apply only when some member is of a kind, and staff posts held as jobs, are left out.
      if (
        rule.severity !== 'error' ||
        rule.gate !== undefined ||
        !('min' in check) ||
        check.min === undefined
      )
        continue;
      if (check.kind === 'role') {
        const seats = check.roles.filter((role) => !isJob(role));
        roles += check.min * seats.length;
        asked.push(...seats.map((role) => `${role}${check.min}名`));
      } else if (check.kind === 'count' && !(rule.select?.role?.every(isJob) ?? false)) {
        counted = Math.max(counted, check.min);
        if (check.min > 0) asked.push(`${whoIsCounted(rule)}${check.min}名`);
      }
    }
    need += Math.max(roles, counted);
  }
  if (known + unknown >= need) return undefined;
  const have =
    unknown === 0
      ? `名单里只有${known}名党员`
      : `名单里只有${known + unknown}人可能是党员（其中${unknown}人未注明）`;
  return `${have}，而必须设置的职务（${[...new Set(asked)].join('、')}）至少需要${need}名党员。`;
}
