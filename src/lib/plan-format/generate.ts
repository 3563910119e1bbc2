/**
 * Generates a 西湖区-style street of any size — 综合党委 → 社区"大党委" →
 * 网格党支部 → "党群微家" — that meets every 西湖区 rule. Used by the bench
 * (the 3,000-household street of the budgets) and by tests of large plans.
 */
import type { Member, Plan, Unit } from './schema.ts';
import { PLAN_VERSION } from './version.ts';

export interface StreetSize {
  communities: number;
  gridsPerCommunity: number;
  homesPerGrid: number;
}

/** The size the budgets speak of: 1 综合党委, 30 大党委, 300 网格党支部, 3,000 党群微家. */
export const BUDGET_STREET: StreetSize = { communities: 30, gridsPerCommunity: 10, homesPerGrid: 10 };

type MemberFields = Omit<Member, 'id' | 'posts' | 'affiliationTransferred'> & Partial<Pick<Member, 'posts'>>;
const person = (id: string, fields: MemberFields): Member => ({
  id,
  posts: [],
  affiliationTransferred: false,
  ...fields,
});
const outsider = (id: string, role: Member['role'], homeRole: '负责人' | '成员'): Member =>
  person(id, {
    role,
    home: { type: '驻区单位', highLevel: true },
    homeRole,
    engaged: true,
    chosenBy: '协商推选',
    dualLife: true,
    jointAgreement: true,
  });

const MECHANISMS = {
  duties: [
    { kind: '联席会议' as const, everyMonths: 3 },
    { kind: '电话沟通' as const, everyMonths: 1 },
    { kind: '实绩报告' as const, everyMonths: 12, month: 12 },
    { kind: '履诺考核' as const, everyMonths: 12, month: 12 },
    { kind: '兼职委员培训' as const, everyMonths: 12 },
  ],
  term: { years: 3, startYear: 2021, syncedWithCommunityElection: true },
};

function home(id: string): Unit {
  const member = (n: number, chosenBy: Member['chosenBy']) =>
    person(`${id}-m${n}`, {
      role: '家委会成员',
      home: { type: '居民' },
      chosenBy,
      partyMember: true,
      backbone: true,
    });
  return {
    id,
    kind: '微家',
    members: [member(1, '党员自荐'), member(2, '群众推荐'), member(3, '群众推荐')],
    children: [],
    venue: '党员家中',
  };
}

function grid(id: string, homes: number): Unit {
  const resident = (n: number) =>
    person(`${id}-m${n}`, { role: '委员', home: { type: '居民' }, chosenBy: '党员自荐' });
  return {
    id,
    kind: '网格',
    members: [
      person(`${id}-m1`, {
        role: '书记',
        home: { type: '社区党组织' },
        posts: ['网格员'],
        chosenBy: '上级党组织选派',
      }),
      person(`${id}-m2`, { role: '副书记', home: { type: '居民' }, posts: ['网格长'], chosenBy: '协商推选' }),
      resident(3),
      resident(4),
      resident(5),
    ],
    children: Array.from({ length: homes }, (_, i) => home(`${id}h${i + 1}`)),
  };
}

function community(id: string, size: StreetSize): Unit {
  const own = (n: number, role: Member['role'], posts: Member['posts']) =>
    person(`${id}-m${n}`, {
      role,
      home: { type: '社区党组织' },
      posts,
      tenure: '专职',
      chosenBy: '按职务兼任',
    });
  return {
    id,
    kind: '社区',
    gridCount: size.gridsPerCommunity,
    members: [
      person(`${id}-m1`, {
        role: '第一书记',
        home: { type: '街道党工委' },
        posts: ['街道领导班子成员'],
        liaison: true,
        chosenBy: '上级党组织选派',
      }),
      own(2, '书记', ['社区党组织书记']),
      own(3, '副书记', ['社区党组织副书记']),
      outsider(`${id}-m4`, '副书记', '成员'),
      own(5, '委员', ['社区党组织委员']),
      own(6, '委员', ['社区党组织委员']),
      outsider(`${id}-m7`, '委员', '负责人'),
      person(`${id}-m8`, {
        role: '委员',
        home: { type: '业主委员会' },
        homeRole: '负责人',
        chosenBy: '协商推选',
      }),
      // A property company is an enterprise: its leader is a 兼职委员 and meets condition (3).
      person(`${id}-m9`, {
        role: '委员',
        home: { type: '物业公司', large: true },
        homeRole: '负责人',
        engaged: true,
        chosenBy: '协商推选',
        dualLife: true,
        jointAgreement: true,
      }),
      person(`${id}-m10`, { role: '委员', home: { type: '公安派出所' }, chosenBy: '协商推选' }),
      person(`${id}-m11`, { role: '委员', home: { type: '居民' }, chosenBy: '协商推选' }),
    ],
    children: Array.from({ length: size.gridsPerCommunity }, (_, i) =>
      grid(`${id}g${i + 1}`, size.homesPerGrid),
    ),
    ...MECHANISMS,
  };
}

/** 综合党委: 第一书记, 书记, 3 副书记 (one from outside), 5 community secretaries and 3 outside members. */
function streetCommittee(): Member[] {
  const street = (n: number, role: Member['role'], posts: Member['posts']) =>
    person(`s-m${n}`, { role, home: { type: '街道党工委' }, posts, chosenBy: '按职务兼任' });
  return [
    person('s-m1', {
      role: '第一书记',
      home: { type: '区委' },
      posts: ['区委常委'],
      liaison: true,
      chosenBy: '上级党组织选派',
    }),
    street(2, '书记', ['街道党工委书记']),
    street(3, '副书记', ['街道党工委副书记']),
    street(4, '副书记', ['街道分管党建领导']),
    outsider('s-m5', '副书记', '负责人'),
    ...Array.from({ length: 5 }, (_, i) =>
      person(`s-m${6 + i}`, {
        role: '委员',
        home: { type: '社区党组织' },
        posts: ['社区党组织书记'],
        chosenBy: '按职务兼任',
      }),
    ),
    outsider('s-m11', '委员', '负责人'),
    outsider('s-m12', '委员', '负责人'),
    outsider('s-m13', '委员', '负责人'),
  ];
}

export function generateStreet(size: StreetSize = BUDGET_STREET): Plan {
  return {
    version: PLAN_VERSION,
    title: `生成的街道（${size.communities}个社区）`,
    asOf: 2023,
    packs: ['xihu-zonghe', 'xihu-dadangwei', 'xihu-wangge', 'xihu-weijia', 'xihu-jizhi'],
    waivers: [],
    root: {
      id: 's',
      kind: '街道',
      members: streetCommittee(),
      children: Array.from({ length: size.communities }, (_, i) => community(`c${i + 1}`, size)),
      ...MECHANISMS,
    },
  };
}

/** Number of units in a generated street. */
export function unitCount(size: StreetSize): number {
  const grids = size.communities * size.gridsPerCommunity;
  return 1 + size.communities + grids + grids * size.homesPerGrid;
}
