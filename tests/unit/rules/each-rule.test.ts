/**
 * Every rule has a plan that passes it and a plan that breaks it, both
 * derived from a real example plan by the smallest edit that makes the
 * point. A new rule without an entry here fails the coverage test.
 */
import { describe, expect, it } from 'vitest';
import type { Member, Plan, Unit } from '../../../src/lib/plan/schema.ts';
import { allRules, example, memberById, newMember, resultsOf, unitById } from './helpers.ts';

type Edit = (plan: Plan) => void;
interface Case {
  /** Example plan to start from. */
  base: string;
  /** Edit that makes the rule hold (when the base leaves it not applicable). */
  pass?: Edit;
  /** Edit that breaks the rule. */
  fail: Edit;
}

const set =
  (id: string, patch: Partial<Member>): Edit =>
  (p) =>
    void Object.assign(memberById(p, id), patch);
const setHome =
  (id: string, patch: Partial<Member['home']>): Edit =>
  (p) =>
    void Object.assign(memberById(p, id).home, patch);
const drop =
  (...ids: string[]): Edit =>
  (p) => {
    const stack = [p.root];
    while (stack.length > 0) {
      const unit = stack.pop()!;
      unit.members = unit.members.filter((m) => !ids.includes(m.id));
      unit.children = unit.children.filter((c) => !ids.includes(c.id));
      stack.push(...unit.children);
    }
  };
const add =
  (unit: string, ...members: Member[]): Edit =>
  (p) =>
    void unitById(p, unit).members.push(...members);
const unit =
  (id: string, patch: Partial<Unit>): Edit =>
  (p) =>
    void Object.assign(unitById(p, id), patch);
const duty =
  (id: string, kind: string, fields: { everyMonths?: number; month?: number }): Edit =>
  (p) => {
    const d = unitById(p, id).duties!.find((x) => x.kind === kind)!;
    Object.assign(d, fields);
  };
const both =
  (...edits: Edit[]): Edit =>
  (p) =>
    edits.forEach((e) => e(p));
const vacancy = (v: NonNullable<Unit['vacancies']>[number]): Edit => unit('community', { vacancies: [v] });
const outsider = (fields: Partial<Member> & Pick<Member, 'role'>) =>
  newMember({
    home: { type: '驻区单位', highLevel: true },
    homeRole: '负责人',
    engaged: true,
    chosenBy: '协商推选',
    ...fields,
  });

const CASES: Record<string, Case> = {
  // 西湖区 综合党委
  'xihu-zonghe-first-secretary': { base: 'xihu-zonghe', fail: drop('zh-m01') },
  'xihu-zonghe-first-secretary-post': { base: 'xihu-zonghe', fail: set('zh-m01', { liaison: false }) },
  'xihu-zonghe-secretary': {
    base: 'xihu-zonghe',
    fail: add('street', newMember({ role: '书记', home: { type: '街道党工委' } })),
  },
  'xihu-zonghe-secretary-post': { base: 'xihu-zonghe', fail: set('zh-m02', { posts: [] }) },
  'xihu-zonghe-deputy-source': { base: 'xihu-zonghe', fail: set('zh-m03', { posts: [] }) },
  'xihu-zonghe-member-source': { base: 'xihu-zonghe', fail: set('zh-m06', { posts: [] }) },
  'xihu-zonghe-total-max': {
    base: 'xihu-zonghe',
    fail: add('street', outsider({ role: '委员' }), outsider({ role: '委员' })),
  },
  'xihu-zonghe-total-odd': { base: 'xihu-zonghe', fail: drop('zh-m13') },
  'xihu-zonghe-part-time-count': { base: 'xihu-zonghe', fail: drop('zh-m11', 'zh-m12') },
  'xihu-zonghe-part-time-conditions': { base: 'xihu-zonghe', fail: set('zh-m11', { engaged: false }) },
  'xihu-zonghe-part-time-chosen': { base: 'xihu-zonghe', fail: set('zh-m11', { chosenBy: '其他' }) },
  'xihu-zonghe-part-time-affiliation': {
    base: 'xihu-zonghe',
    fail: set('zh-m11', { affiliationTransferred: true }),
  },
  // 西湖区 社区"大党委"
  'xihu-dadangwei-first-secretary': { base: 'xihu-dadangwei', fail: drop('dd-m01') },
  'xihu-dadangwei-first-secretary-post': { base: 'xihu-dadangwei', fail: set('dd-m01', { posts: [] }) },
  'xihu-dadangwei-secretary': { base: 'xihu-dadangwei', fail: drop('dd-m02') },
  'xihu-dadangwei-secretary-post': { base: 'xihu-dadangwei', fail: set('dd-m02', { posts: [] }) },
  'xihu-dadangwei-deputy-source': { base: 'xihu-dadangwei', fail: set('dd-m03', { tenure: '兼职' }) },
  'xihu-dadangwei-member-source': { base: 'xihu-dadangwei', fail: setHome('dd-m11', { type: '其他' }) },
  'xihu-dadangwei-total-max': {
    base: 'xihu-dadangwei',
    fail: add('community', newMember({ role: '委员' }), newMember({ role: '委员' })),
  },
  'xihu-dadangwei-total-odd': { base: 'xihu-dadangwei', fail: drop('dd-m11') },
  'xihu-dadangwei-part-time-count': { base: 'xihu-dadangwei', fail: drop('dd-m07') },
  'xihu-dadangwei-part-time-conditions': {
    base: 'xihu-dadangwei',
    fail: setHome('dd-m04', { highLevel: false }),
  },
  'xihu-dadangwei-part-time-chosen': { base: 'xihu-dadangwei', fail: set('dd-m07', { chosenBy: '选举' }) },
  'xihu-dadangwei-part-time-affiliation': {
    base: 'xihu-dadangwei',
    fail: set('dd-m04', { affiliationTransferred: true }),
  },
  // 西湖区 网格党支部、"党群微家"
  'xihu-wangge-one-per-grid': { base: 'xihu-street', fail: unit('c1', { gridCount: 3 }) },
  'xihu-wangge-secretary': { base: 'xihu-wangge', fail: drop('wg-m1') },
  'xihu-wangge-secretary-post': { base: 'xihu-wangge', fail: set('wg-m1', { posts: [] }) },
  'xihu-wangge-deputy-post': { base: 'xihu-wangge', fail: set('wg-m2', { posts: [] }) },
  'xihu-wangge-member-source': { base: 'xihu-wangge', fail: setHome('wg-m3', { type: '驻区单位' }) },
  'xihu-wangge-total-max': {
    base: 'xihu-wangge',
    fail: add('grid', newMember({ role: '委员', chosenBy: '党员自荐' })),
  },
  'xihu-wangge-chosen': { base: 'xihu-wangge', fail: set('wg-m3', { chosenBy: '聘任' }) },
  'xihu-weijia-committee-size': { base: 'xihu-weijia', fail: drop('weijia-m3') },
  'xihu-weijia-chosen': { base: 'xihu-weijia', fail: set('weijia-m1', { chosenBy: '选举' }) },
  'xihu-weijia-venue': { base: 'xihu-weijia', fail: unit('weijia', { venue: '党群服务中心' }) },
  // 西湖区 工作机制
  'xihu-jizhi-joint-meeting': {
    base: 'xihu-dadangwei',
    fail: duty('community', '联席会议', { everyMonths: 4 }),
  },
  'xihu-jizhi-phone-contact': {
    base: 'xihu-dadangwei',
    fail: duty('community', '电话沟通', { everyMonths: 2 }),
  },
  'xihu-jizhi-year-end-report': { base: 'xihu-dadangwei', fail: duty('community', '实绩报告', { month: 6 }) },
  'xihu-jizhi-term-length': {
    base: 'xihu-dadangwei',
    fail: (p) => void (unitById(p, 'community').term!.years = 5),
  },
  'xihu-jizhi-term-sync': {
    base: 'xihu-dadangwei',
    fail: (p) => void (unitById(p, 'community').term!.syncedWithCommunityElection = false),
  },
  'xihu-jizhi-term-current': { base: 'xihu-dadangwei', fail: (p) => void (p.asOf = 2024) },
  'xihu-jizhi-removal-filed': {
    base: 'xihu-dadangwei',
    pass: vacancy({ role: '委员', reason: '违纪违法', filed: true, refill: true }),
    fail: vacancy({ role: '委员', reason: '违纪违法', filed: false, refill: true }),
  },
  'xihu-jizhi-transfer-notice': {
    base: 'xihu-dadangwei',
    pass: vacancy({ role: '委员', reason: '工作调动', filed: true, notifiedInWriting: true, refill: true }),
    fail: vacancy({ role: '委员', reason: '工作调动', filed: true, notifiedInWriting: false, refill: true }),
  },
  'xihu-jizhi-refill': {
    base: 'xihu-dadangwei',
    pass: vacancy({ role: '委员', reason: '任期届满', refill: true }),
    fail: vacancy({ role: '委员', reason: '任期届满', refill: false }),
  },
  // 广州
  'guangzhou-street-deputy': { base: 'guangzhou', fail: set('gz-m02', { tenure: '兼职' }) },
  'guangzhou-street-staff': { base: 'guangzhou', fail: drop('gz-m05') },
  'guangzhou-street-instructors': { base: 'guangzhou', fail: drop('gz-m06') },
  'guangzhou-community-deputy': { base: 'guangzhou', fail: set('gz-c1-m2', { tenure: '兼职' }) },
  'guangzhou-community-organisers': { base: 'guangzhou', fail: drop('gz-c1-m4', 'gz-c1-m5') },
  'guangzhou-big-committee': { base: 'guangzhou', fail: drop('gz-m03') },
  'guangzhou-joint-meeting': { base: 'guangzhou', fail: unit('street', { duties: [] }) },
  // 池州
  'chizhou-street-party-workers': {
    base: 'chizhou',
    fail: both(
      set('cz-m3', { tenure: '兼职' }),
      set('cz-m4', { tenure: '兼职' }),
      set('cz-m5', { tenure: '兼职' }),
    ),
  },
  'chizhou-street-team': { base: 'chizhou', fail: drop('cz-m5') },
  'chizhou-yijiantiao': { base: 'chizhou', fail: set('cz-c1-m1', { posts: ['社区党组织书记'] }) },
  'chizhou-compound-branches': { base: 'chizhou', fail: unit('cz-c1', { children: [] }) },
  'chizhou-building-groups': { base: 'chizhou', fail: unit('cz-c1-x1', { children: [] }) },
  'chizhou-joint-meeting': { base: 'chizhou', fail: unit('cz-c1', { duties: [] }) },
  // 长沙
  'changsha-street-deputy': { base: 'changsha', fail: set('cs-m2', { tenure: '兼职' }) },
  'changsha-street-organiser': { base: 'changsha', fail: set('cs-m3', { tenure: '兼职' }) },
  'changsha-offices': { base: 'changsha', fail: unit('cs-o1', { name: '综合办' }) },
  'changsha-centres': { base: 'changsha', fail: drop('cs-k2') },
  'changsha-three-in-one': {
    base: 'changsha',
    fail: set('cs-c1-m1', { posts: ['社区党组织书记', '居委会主任'] }),
  },
  'changsha-elected': { base: 'changsha', fail: set('cs-c1-m2', { chosenBy: '上级党组织选派' }) },
  'changsha-part-time-members': { base: 'changsha', fail: drop('cs-m4') },
  'changsha-part-time-chosen': { base: 'changsha', fail: set('cs-m4', { chosenBy: '协商推选' }) },
  'changsha-review': { base: 'changsha', fail: unit('street', { duties: [] }) },
  'changsha-compound-branches': { base: 'changsha', fail: unit('cs-c1', { children: [] }) },
  'changsha-building-groups': { base: 'changsha', fail: unit('cs-c1-x1', { children: [] }) },
  // 上海
  'shanghai-offices': { base: 'shanghai', fail: unit('sh-o6', { name: '社区自治中心' }) },
  'shanghai-office-count': {
    base: 'shanghai',
    fail: (p) =>
      void p.root.children.push({
        id: 'sh-o9',
        kind: '内设机构',
        name: '第九个办公室',
        bodyKind: '工作机构',
        members: [],
        children: [],
      }),
  },
  'shanghai-street-secretary': { base: 'shanghai', fail: set('sh-m1', { posts: [] }) },
  'shanghai-street-composition': { base: 'shanghai', fail: set('sh-m5', { chosenBy: '协商推选' }) },
  'shanghai-community-secretary': { base: 'shanghai', fail: set('sh-c1-m1', { posts: ['居委会主任'] }) },
  'shanghai-community-composition': { base: 'shanghai', fail: set('sh-c1-m4', { chosenBy: '协商推选' }) },
  'shanghai-part-time-leaders': { base: 'shanghai', fail: set('sh-m5', { homeRole: '成员' }) },
  'shanghai-rotating-from-part-timers': { base: 'shanghai', fail: setHome('sh-m7', { type: '街道党工委' }) },
  'shanghai-rotating-one-at-a-time': {
    base: 'shanghai',
    fail: add('street', outsider({ role: '轮值书记', chosenBy: '聘任' })),
  },
  // 济宁
  'jining-offices': { base: 'jining', fail: drop('jn-o7') },
  'jining-centres': { base: 'jining', fail: drop('jn-k5') },
  'jining-secretary-full-time': { base: 'jining', fail: set('jn-c1-m1', { tenure: '兼职' }) },
  'jining-grids': { base: 'jining', fail: unit('jn-c1', { children: [] }) },
  'jining-building-groups': { base: 'jining', fail: unit('jn-c1-g1', { children: [] }) },
  'jining-window': { base: 'jining', fail: set('jn-c1-m2', { station: '下沉网格' }) },
  'jining-rest-to-grids': { base: 'jining', fail: set('jn-c1-m3', { station: '其他' }) },
};

describe('every rule has a passing and a failing plan', () => {
  it('covers every rule of every pack, and nothing else', () => {
    expect(Object.keys(CASES).sort()).toEqual(allRules.map((r) => r.rule.id).sort());
  });

  for (const { rule } of allRules) {
    const c = CASES[rule.id];
    if (!c) continue;
    describe(rule.id, () => {
      it('passes', () => {
        const plan = example(c.base);
        c.pass?.(plan);
        const statuses = resultsOf(plan, rule.id).map((r) => r.status);
        expect(statuses).toContain('pass');
        expect(statuses.every((s) => s === 'pass' || s === 'not-applicable')).toBe(true);
      });

      it(`fails as ${rule.severity === 'error' ? '"fail"' : '"warn"'}, naming what is wrong`, () => {
        const plan = example(c.base);
        c.pass?.(plan);
        c.fail(plan);
        const failing = resultsOf(plan, rule.id).filter(
          (r) => r.status !== 'pass' && r.status !== 'not-applicable',
        );
        expect(failing.length).toBeGreaterThan(0);
        for (const r of failing) {
          expect(r.status).toBe(rule.severity === 'error' ? 'fail' : 'warn');
          expect(r.message).not.toMatch(/\{\w+\}/);
          expect(r.fix).toBeTruthy();
          expect(r.citation.href).toBe(`/cases/${rule.source.case}/#${rule.source.anchor}`);
        }
      });
    });
  }
});
