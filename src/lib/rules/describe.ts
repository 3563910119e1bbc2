/**
 * Describes rules in plain Chinese for the reference pages: what a rule
 * applies to and what its check asks ("计入委员总数的成员不超过13人").
 * Sets are named by their labels, as defined under the given readings.
 */
import type { Check } from './check-schema.ts';
import { UNIT_FIELD_LABELS, showValue } from './checks/attribute.ts';
import { rangeText } from './checks/outcome.ts';
import { frequencyText } from './checks/schedule.ts';
import type { MemberPredicate } from './predicate-schema.ts';
import { HOME_CATEGORY_LABELS, type HomeCategory } from '../plan-format/home-categories.ts';

export type SetLookup = (name: string) => MemberPredicate | undefined;

type Flag =
  | 'highLevel'
  | 'large'
  | 'liaison'
  | 'engaged'
  | 'affiliationTransferred'
  | 'partyMember'
  | 'backbone'
  | 'dualLife'
  | 'jointAgreement';
const FLAG_TEXT: Record<Flag, [string, string]> = {
  highLevel: ['所在单位层级较高', '所在单位层级不高'],
  large: ['所在单位规模较大', '所在单位规模不大'],
  liaison: ['挂点', '不挂点'],
  engaged: ['热心参加事务、能正常参加活动', '不能正常参加活动'],
  affiliationTransferred: ['党组织关系转入', '党组织关系不转入'],
  partyMember: ['是党员', '不是党员'],
  backbone: ['是骨干', '不是骨干'],
  dualLife: ['参加双重组织生活', '不参加双重组织生活'],
  jointAgreement: ['所在单位已签共驻共建责任书', '所在单位未签共驻共建责任书'],
};

/** A home word for readers: a category with what it covers, a type as it is. */
const homeWord = (w: string) => HOME_CATEGORY_LABELS[w as HomeCategory] ?? w;

const or = (values: readonly string[]) => values.join('或');

/** "职务为书记、兼任街道党工委书记" — the conditions of a predicate, joined. */
export function describePredicate(p: MemberPredicate, sets: SetLookup): string {
  const parts: string[] = [];
  if (p.set !== undefined) parts.push(sets(p.set)?.label ?? p.set);
  if (p.role) parts.push(`职务为${or(p.role)}`);
  if (p.home) parts.push(`来自${or(p.home.map(homeWord))}`);
  if (p.homeRole) parts.push(`是所在单位党组织${or(p.homeRole)}`);
  if (p.tenure) parts.push(or(p.tenure));
  if (p.posts) parts.push(`兼任${p.posts.join('和')}`);
  if (p.chosenBy) parts.push(`经${or(p.chosenBy)}产生`);
  if (p.station) parts.push(`在${or(p.station)}岗位`);
  for (const flag of Object.keys(FLAG_TEXT) as Flag[]) {
    const value = p[flag];
    if (value !== undefined) parts.push(value ? FLAG_TEXT[flag][0] : FLAG_TEXT[flag][1]);
  }
  if (p.anyOf)
    parts.push(`符合以下之一：${p.anyOf.map((a) => `（${describePredicate(a, sets)}）`).join('')}`);
  if (p.not) parts.push(`不是${describePredicate(p.not, sets)}`);
  return parts.join('，') || '所有成员';
}

/** What the check asks, in one sentence. */
export function describeCheck(check: Check, sets: SetLookup): string {
  const who = (p: MemberPredicate) => describePredicate(p, sets);
  switch (check.kind) {
    case 'count':
      return `${who(check.select)}：${rangeText(check)}人`;
    case 'parity':
      return `${who(check.select)}：人数为${check.parity === 'odd' ? '奇数' : '偶数'}`;
    case 'role':
      return `${check.roles.join('、')}${check.roles.length > 1 ? '各' : ''}${rangeText(check)}名`;
    case 'eligibility': {
      const open = check.open
        ? `；原文列举后有“等”，不在所列之中的${check.open && Object.keys(check.open).length > 0 ? `（须${who(check.open)}）` : ''}只作提示`
        : '';
      return `凡${who(check.select)}者，须${who(check.require)}${open}`;
    }
    case 'attribute':
      return `${UNIT_FIELD_LABELS[check.field]}：${check.equals !== undefined ? showValue(check.equals) : rangeText(check) || '已填写'}`;
    case 'schedule': {
      const every =
        check.maxEveryMonths !== undefined ? `${frequencyText(check.maxEveryMonths)}至少一次` : '建立制度';
      const months = check.months ? `，在${check.months.map((m) => `${m}月`).join('或')}` : '';
      return `${check.duty}：${every}${months}`;
    }
    case 'children': {
      const what = check.bodyKind ?? check.unitKinds.join('、');
      return `下设${what}：${check.equalsField === 'gridCount' ? '个数等于网格数' : `${rangeText(check)}个`}`;
    }
    case 'names':
      return `${check.bodyKind}包括${check.names.join('、')}${check.only ? '，且没有其他' : ''}`;
    case 'feature':
      return `已设立${check.feature}`;
    case 'participants':
      return `${check.partyMember ? '党员' : ''}${check.roles.join('或')}：${rangeText(check)}人`;
    case 'vacancy': {
      const reasons = check.reasons ? `（原因为${or(check.reasons)}）` : '';
      const steps = {
        filed: '报上级党组织备案',
        notifiedInWriting: '由所在单位书面通报',
        refill: '按程序增补',
      };
      return `每个出缺的席位${reasons}须${check.require.map((s) => steps[s]).join('、')}`;
    }
  }
}
