/**
 * Fixture plans generated from the register: for every passage the register
 * says rules check, and every rule that checks it, a plan that passes the
 * rule and one that breaks it, both derived from a real example plan by the
 * smallest edit that makes the point. The failing plan must fail as the
 * passage's wording says — 不符合 for a 必须 passage, 提示 otherwise, and 提示
 * for a member outside a list the source leaves open with 等 (`unlisted`) —
 * with a message a secretary can read. A rule without an entry here, or an
 * entry for no rule, fails the coverage test.
 */
import { describe, expect, it } from 'vitest';
import type { Member, Plan, Unit } from '../../../src/lib/plan-format/schema.ts';
import { loadRegisters } from '../../../src/loaders/rule-packs.ts';
import { severityFromWording } from '../../../src/lib/rules/wording.ts';
import { ROOT } from '../../helpers/paths.ts';
import { allRules, example, memberById, newMember, resultsOf, unitById } from './helpers.ts';

type Edit = (plan: Plan) => void;
interface Case {
  /** Example plan to start from. */
  base: string;
  /** Edit that makes the rule hold (when the base leaves it not applicable). */
  pass?: Edit;
  /** Edit that breaks the rule. */
  fail: Edit;
  /** The edit puts a member outside a list the source leaves open with 等: a 提示, whatever the severity. */
  unlisted?: true;
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
const noDuty =
  (id: string, kind: string): Edit =>
  (p) => {
    const u = unitById(p, id);
    u.duties = u.duties!.filter((d) => d.kind !== kind);
  };
const noParticipants =
  (id: string, role: string): Edit =>
  (p) => {
    const u = unitById(p, id);
    u.participants = u.participants!.filter((x) => x.role !== role);
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
  'xihu-zonghe-part-time-chosen': {
    base: 'xihu-zonghe',
    fail: set('zh-m11', { chosenBy: '其他' }),
    unlisted: true,
  },
  'xihu-zonghe-part-time-system': { base: 'xihu-zonghe', fail: drop('zh-m05', 'zh-m11', 'zh-m12', 'zh-m13') },
  'xihu-zonghe-communities': { base: 'xihu-zonghe', fail: unit('street', { children: [] }) },
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
  'xihu-dadangwei-member-source': {
    base: 'xihu-dadangwei',
    fail: setHome('dd-m11', { type: '其他' }),
    unlisted: true,
  },
  'xihu-dadangwei-total-max': {
    base: 'xihu-dadangwei',
    fail: add('community', newMember({ role: '委员' }), newMember({ role: '委员' })),
  },
  'xihu-dadangwei-total-odd': { base: 'xihu-dadangwei', fail: drop('dd-m11') },
  'xihu-dadangwei-part-time-count': { base: 'xihu-dadangwei', fail: drop('dd-m07', 'dd-m09') },
  'xihu-dadangwei-part-time-conditions': {
    base: 'xihu-dadangwei',
    fail: setHome('dd-m04', { highLevel: false }),
  },
  'xihu-dadangwei-part-time-chosen': {
    base: 'xihu-dadangwei',
    fail: set('dd-m07', { chosenBy: '选举' }),
    unlisted: true,
  },
  'xihu-dadangwei-grids': { base: 'xihu-dadangwei', fail: unit('community', { children: [] }) },
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
  'xihu-wangge-chosen': { base: 'xihu-wangge', fail: set('wg-m3', { chosenBy: '聘任' }), unlisted: true },
  'xihu-wangge-homes': { base: 'xihu-wangge', fail: unit('grid', { children: [] }) },
  'xihu-weijia-committee-size': { base: 'xihu-weijia', fail: drop('weijia-m3') },
  'xihu-weijia-chosen': { base: 'xihu-weijia', fail: set('weijia-m1', { chosenBy: '选举' }) },
  'xihu-weijia-venue': { base: 'xihu-weijia', fail: unit('weijia', { venue: '党群服务中心' }) },
  'xihu-weijia-committee': { base: 'xihu-weijia', fail: drop('weijia-m1', 'weijia-m2', 'weijia-m3') },
  'xihu-weijia-backbone': { base: 'xihu-weijia', fail: set('weijia-m1', { backbone: false }) },
  // 西湖区 工作机制
  'xihu-jizhi-joint-meeting-system': { base: 'xihu-dadangwei', fail: noDuty('community', '联席会议') },
  'xihu-jizhi-joint-meeting': {
    base: 'xihu-dadangwei',
    fail: duty('community', '联席会议', { everyMonths: 4 }),
  },
  'xihu-jizhi-phone-contact': {
    base: 'xihu-dadangwei',
    fail: duty('community', '电话沟通', { everyMonths: 2 }),
  },
  'xihu-jizhi-year-end-report': {
    base: 'xihu-dadangwei',
    fail: duty('community', '实绩报告', { everyMonths: 24 }),
  },
  'xihu-jizhi-pledge-review': { base: 'xihu-dadangwei', fail: noDuty('community', '履诺考核') },
  'xihu-jizhi-training': { base: 'xihu-dadangwei', fail: noDuty('community', '兼职委员培训') },
  'xihu-jizhi-dual-life': { base: 'xihu-dadangwei', fail: set('dd-m04', { dualLife: false }) },
  'xihu-jizhi-joint-agreement': { base: 'xihu-dadangwei', fail: set('dd-m04', { jointAgreement: false }) },
  'xihu-jizhi-term-length': {
    base: 'xihu-dadangwei',
    fail: (p) => void (unitById(p, 'community').term!.years = 5),
  },
  'xihu-jizhi-term-sync': {
    base: 'xihu-dadangwei',
    fail: (p) => void (unitById(p, 'community').term!.syncedWithCommunityElection = false),
  },
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
  'guangzhou-community-funding': { base: 'guangzhou', fail: unit('gz-c1', { funding: 5 }) },
  'guangzhou-deliberation-hall': { base: 'guangzhou', fail: unit('gz-c1', { features: [] }) },
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
  'chizhou-contact-points': { base: 'chizhou', fail: duty('street', '蹲点指导', { everyMonths: 6 }) },
  'chizhou-points-public': { base: 'chizhou', fail: duty('cz-c1', '积分公开', { everyMonths: 12 }) },
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
  'changsha-joint-meetings': { base: 'changsha', fail: noDuty('street', '联席会议') },
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
  'shanghai-property-association': { base: 'shanghai', fail: unit('street', { features: [] }) },
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
  'jining-building-heads': { base: 'jining', fail: noParticipants('jn-c1', '楼长') },
  'jining-legal-adviser': { base: 'jining', fail: noParticipants('jn-c1', '法律顾问') },
  'jining-police-assistant': { base: 'jining', fail: noParticipants('jn-c1', '警务助理') },
  // 漳州
  'zhangzhou-agreements': { base: 'zhangzhou', fail: unit('zz-c1', { features: [] }) },
  'zhangzhou-grid-lead': { base: 'zhangzhou', fail: unit('zz-c1-g1', { features: [] }) },
  'zhangzhou-grid-workers': { base: 'zhangzhou', fail: noParticipants('zz-c1-g1', '网格员') },
  'zhangzhou-joint-meeting': { base: 'zhangzhou', fail: unit('street', { duties: [] }) },
};

/** Every passage the register says rules check, with the rules that check it: where the fixtures come from. */
const checked = loadRegisters(ROOT).flatMap((register) =>
  register.entries.flatMap((entry) => {
    const rules = allRules.filter(({ rule }) => rule.register === entry.id).map(({ rule }) => rule);
    return rules.map((rule) => ({ entry, rule }));
  }),
);

/** Reader text only: no field names or ids, no straight quotes, no placeholder left, no “（无）”. */
function readable(text: string | undefined): void {
  expect(text).toBeTruthy();
  expect(text).not.toMatch(/\{\w+\}|[A-Za-z]{2,}|"|（无）/);
}

describe('fixture plans generated from the register', () => {
  it('cover every rule the register names, and nothing else', () => {
    expect(Object.keys(CASES).sort()).toEqual(checked.map(({ rule }) => rule.id).sort());
    expect(checked.map(({ rule }) => rule.id).sort()).toEqual(allRules.map(({ rule }) => rule.id).sort());
  });

  for (const { entry, rule } of checked) {
    const c = CASES[rule.id];
    if (!c) continue;
    const expected = !c.unlisted && severityFromWording(entry.word, entry.mode) === 'error' ? 'fail' : 'warn';
    describe(rule.id, () => {
      it('passes', () => {
        const plan = example(c.base);
        c.pass?.(plan);
        const results = resultsOf(plan, rule.id);
        const statuses = results.map((r) => r.status);
        expect(statuses).toContain('pass');
        expect(statuses.every((s) => s === 'pass' || s === 'not-applicable')).toBe(true);
        for (const r of results) readable(r.message);
      });

      it(`fails as “${expected === 'fail' ? '不符合' : '提示'}”, naming what is wrong and what would pass`, () => {
        const plan = example(c.base);
        c.pass?.(plan);
        c.fail(plan);
        const failing = resultsOf(plan, rule.id).filter(
          (r) => r.status !== 'pass' && r.status !== 'not-applicable',
        );
        expect(failing.length).toBeGreaterThan(0);
        for (const r of failing) {
          expect(r.status).toBe(expected);
          readable(r.message);
          readable(r.fix);
          expect(r.citation.href).toBe(`/cases/${rule.source.case}/#${rule.source.anchor}`);
        }
      });
    });
  }
});
