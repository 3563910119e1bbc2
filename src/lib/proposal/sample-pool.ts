/**
 * A made-up list of people of one street and its communities, of any size,
 * for the bench (a pool of 200) and the property tests: the street's
 * leaders, a community's own cadres, heads and members of the party
 * organisations of local units of every kind, 业委会, 物业 and 民警, grid
 * workers, residents, 楼长 and advisers. The same seed gives the same list.
 */
import type { Person } from './person.ts';
import type { HomeType } from './upstream.ts';

/**
 * A list as a new secretary might paste it from a spreadsheet: a header,
 * then twelve people of eight units (one not a party member), tab separated.
 */
export const SAMPLE_PASTED_LIST = [
  '姓名\t单位\t单位类型\t党员\t职务',
  '王建国\t某街道\t街道党工委\t是\t街道领导班子成员、挂点本社区',
  '李芳\t某社区\t社区党组织\t是\t社区党委书记、居委会主任',
  '张伟\t某社区\t社区党组织\t是\t专职副书记',
  '赵敏\t某社区\t社区党组织\t是\t社区党委委员',
  '刘洋\t某区人民医院\t事业单位\t是\t党委书记',
  '陈静\t某中学\t事业单位\t是\t支部委员',
  '杨磊\t某物业公司\t物业\t是\t支部书记',
  '黄丽\t某小区业委会\t业委会\t是\t负责人',
  '周强\t某派出所\t派出所\t是\t民警',
  '吴娟\t\t居民\t是\t',
  '徐涛\t某科技公司\t民营企业\t否\t总经理',
  '孙霞\t某社会服务中心\t社会组织\t是\t负责人',
].join('\n');

/** A small deterministic generator (mulberry32). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文斌波辉鹏晶玲宇浩凯健俊帆雪琳晨欣';

const OUTSIDE: readonly HomeType[] = [
  '驻区单位',
  '机关',
  '事业单位',
  '国有企业',
  '非公企业',
  '物业公司',
  '社会组织',
  '上级派驻机构',
  '结对帮扶单位',
];

export function samplePool(size: number, seed = 1): Person[] {
  const random = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const maybe = (p: number): boolean | undefined => (random() < 0.15 ? undefined : random() < p);
  const names = new Set<string>();
  const name = () => {
    for (;;) {
      const n = pick([...SURNAMES]) + pick([...GIVEN]) + (random() < 0.6 ? pick([...GIVEN]) : '');
      if (!names.has(n)) {
        names.add(n);
        return n;
      }
    }
  };
  type Fields = { [K in keyof Person]?: Person[K] | undefined } & Pick<Person, 'homeType'>;
  const person = (fields: Fields): Person => {
    const out: Record<string, unknown> = {
      name: name(),
      posts: [],
      jobs: [],
      participantRoles: [],
      partyMember: true,
    };
    for (const [key, value] of Object.entries(fields)) {
      if (value === undefined) delete out[key];
      else out[key] = value;
    }
    return out as unknown as Person;
  };
  const out: Person[] = [
    person({ homeType: '街道党工委', posts: ['街道领导班子成员'], liaison: true }),
    person({ homeType: '社区党组织', posts: ['社区党组织书记', '居委会主任'], tenure: '专职' }),
    person({ homeType: '社区党组织', posts: ['社区党组织副书记'], tenure: '专职' }),
  ];
  while (out.length < size) {
    const r = random();
    if (r < 0.08) out.push(person({ homeType: '社区党组织', posts: ['社区党组织委员'], tenure: '专职' }));
    else if (r < 0.45) {
      const homeType = pick(OUTSIDE);
      out.push(
        person({
          homeType,
          unitName: `某${homeType}${Math.floor(random() * 40) + 1}`,
          homeRole: pick(['负责人', '成员', '党员'] as const),
          highLevel: maybe(0.5),
          large: maybe(0.5),
          engaged: maybe(0.7),
        }),
      );
    } else if (r < 0.52)
      out.push(person({ homeType: '业主委员会', homeRole: pick(['负责人', '成员'] as const) }));
    else if (r < 0.56) out.push(person({ homeType: '公安派出所', unitName: '某派出所' }));
    else if (r < 0.64)
      out.push(person({ homeType: '社区党组织', posts: ['网格员'], participantRoles: ['网格员'] }));
    else if (r < 0.68) out.push(person({ homeType: '居民', posts: ['网格长'] }));
    else if (r < 0.74)
      out.push(person({ homeType: '居民', participantRoles: ['楼长'], partyMember: maybe(0.5) }));
    else if (r < 0.76)
      out.push(
        person({
          homeType: '其他',
          participantRoles: [pick(['法律顾问', '警务助理'] as const)],
          partyMember: maybe(0.5),
        }),
      );
    else out.push(person({ homeType: '居民', partyMember: random() < 0.6, backbone: maybe(0.4) }));
  }
  return out.slice(0, size);
}
