/**
 * The building blocks: three-valued member predicates, deciding a count when
 * some members are unknown, and the loose matching of office names.
 */
import { describe, expect, it } from 'vitest';
import type { Member } from '../../../src/lib/plan-format/schema.ts';
import { judgeBounds, rangeText } from '../../../src/lib/rules/checks/outcome.ts';
import { normaliseBodyName } from '../../../src/lib/rules/checks/names.ts';
import { frequencyText } from '../../../src/lib/rules/checks/schedule.ts';
import { fill } from '../../../src/lib/rules/explain.ts';
import { compilePredicate, missingFields } from '../../../src/lib/rules/predicates.ts';
import type { MemberPredicate } from '../../../src/lib/rules/predicate-schema.ts';

const member = (fields: Partial<Member> = {}): Member => ({
  id: 'm',
  role: '委员',
  home: { type: '驻区单位' },
  posts: [],
  affiliationTransferred: false,
  ...fields,
});
const noSets = () => {
  throw new Error('no sets here');
};
const test = (p: MemberPredicate, m: Member) => compilePredicate(p, noSets).test(m);

describe('member predicates', () => {
  it('answers unknown for a fact the plan leaves empty, and names it', () => {
    const p = compilePredicate({ tenure: ['专职'] }, noSets);
    expect(p.test(member())).toBeUndefined();
    expect(p.test(member({ tenure: '专职' }))).toBe(true);
    expect(p.test(member({ tenure: '兼职' }))).toBe(false);
    expect(missingFields(member(), p.optionalFields)).toEqual(['专职或兼职']);
  });

  it('ANDs keys: false wins over unknown, unknown over true', () => {
    expect(test({ role: ['书记'], tenure: ['专职'] }, member())).toBe(false);
    expect(test({ role: ['委员'], tenure: ['专职'] }, member())).toBeUndefined();
    expect(test({ role: ['委员'], home: ['驻区单位'] }, member())).toBe(true);
  });

  it('anyOf: true wins over unknown, unknown over false', () => {
    expect(test({ anyOf: [{ tenure: ['专职'] }, { role: ['委员'] }] }, member())).toBe(true);
    expect(test({ anyOf: [{ tenure: ['专职'] }, { role: ['书记'] }] }, member())).toBeUndefined();
    expect(test({ anyOf: [{ home: ['居民'] }, { role: ['书记'] }] }, member())).toBe(false);
  });

  it('not keeps unknown unknown', () => {
    expect(test({ not: { station: ['窗口服务'] } }, member())).toBeUndefined();
    expect(test({ not: { station: ['窗口服务'] } }, member({ station: '下沉网格' }))).toBe(true);
  });

  it('posts means "holds all of these"', () => {
    const m = member({ posts: ['社区党组织书记', '居委会主任'] });
    expect(test({ posts: ['社区党组织书记', '居委会主任'] }, m)).toBe(true);
    expect(test({ posts: ['居委会主任', '社区服务中心主任'] }, m)).toBe(false);
  });

  it('resolves named sets through the resolver', () => {
    const sets = (name: string) => compilePredicate(name === 'outside' ? { home: ['驻区单位'] } : {}, sets);
    expect(compilePredicate({ set: 'outside', role: ['委员'] }, sets).test(member())).toBe(true);
  });
});

describe('judgeBounds', () => {
  it('decides only when every possible total agrees', () => {
    expect(judgeBounds(3, 0, { min: 3, max: 5 })).toBe('pass');
    expect(judgeBounds(3, 2, { min: 3, max: 5 })).toBe('pass');
    expect(judgeBounds(3, 3, { min: 3, max: 5 })).toBe('needs-info');
    expect(judgeBounds(6, 1, { max: 5 })).toBe('fail');
    expect(judgeBounds(0, 1, { min: 2 })).toBe('fail');
    expect(judgeBounds(1, 1, { min: 2 })).toBe('needs-info');
  });

  it('words ranges the way the source does', () => {
    expect(rangeText({ min: 3, max: 5 })).toBe('3—5');
    expect(rangeText({ max: 13 })).toBe('不超过13');
    expect(rangeText({ min: 3 })).toBe('不少于3');
    expect(rangeText({ min: 1, max: 1 })).toBe('1');
  });
});

describe('small helpers', () => {
  it('matches office names loosely', () => {
    expect(normaliseBodyName('街道 党政办公室')).toBe(normaliseBodyName('党政办'));
    expect(normaliseBodyName('平安办公室')).not.toBe(normaliseBodyName('服务办公室'));
  });

  it('names frequencies', () => {
    expect([1, 3, 6, 12, 2].map(frequencyText)).toEqual(['每月', '每季度', '每半年', '每年', '每2个月']);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('{unit}有{count}人，{nope}', { unit: '甲社区', count: 3 })).toBe('甲社区有3人，{nope}');
  });
});
