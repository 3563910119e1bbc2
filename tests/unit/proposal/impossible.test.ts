/**
 * Lists from which no layout can pass: the solver says so, in concrete
 * sentences naming the committee, what is missing, how many, and the rule;
 * and still hands back the nearest layout, a valid plan, for reference.
 */
import { describe, expect, it } from 'vitest';
import { poolFromPlan, proposeLayouts, type Person } from '../../../src/lib/proposal/index.ts';
import { expectReaderText, model, packs, pasted, recheck, sources } from './helpers.ts';

/** The people of a model's example, named 人1, 人2 … so sentences can name them. */
function examplePeople(id: string): Person[] {
  return poolFromPlan(model(id).plan).map((p, i) => ({ ...p, name: `人${i + 1}` }));
}

function missing(id: string, people: Person[]): string[] {
  const result = proposeLayouts({ people, model: model(id), packs, sources });
  expect(result.ok).toBe(false);
  if (result.ok) return [];
  expectReaderText(result);
  // The nearest layout is still a valid plan, and the engine agrees it fails.
  expect(result.closest).toBeDefined();
  expect(result.closest!.passes).toBe(false);
  expect(recheck(result.closest!.plan).hasErrors).toBe(true);
  return result.missing;
}

describe('when no layout can pass', () => {
  it('an empty list', () => {
    const result = proposeLayouts({ people: [], model: model('xihu-dadangwei'), packs });
    expect(result).toEqual({
      ok: false,
      missing: ['名单里还没有人：请先列出可以考虑的人选。'],
      closest: undefined,
      notices: [],
    });
  });

  it('too few party members', () => {
    const people = examplePeople('xihu-dadangwei').map((p) => ({
      ...p,
      partyMember: p.posts.includes('社区党组织书记'),
    }));
    expect(missing('xihu-dadangwei', people)).toEqual([
      '名单里只有1名党员，而必须设置的职务（第一书记1名、书记1名）至少需要2名党员。',
      '某社区“大党委”还需要一名第一书记：名单里可任第一书记的人都已排在其他岗位上。依据“设第一书记1名”。',
    ]);
  });

  it('nobody holds the post a seat requires', () => {
    const people = pasted(
      '姓名,单位,单位类型,党员,职务\n甲,某社区,社区党组织,是,社区党委委员\n乙,,居民,否,\n丙,,居民,是,\n',
    );
    expect(missing('xihu-dadangwei', people)).toEqual([
      '某社区“大党委”还需要一名书记（须兼任社区党组织书记）：名单里没有这样的人。依据“设书记1名”。',
    ]);
  });

  it('no unit of a required type: every committee of the model names what it lacks', () => {
    const people = examplePeople('guangzhou').filter((p) => !['驻区单位', '非公企业'].includes(p.homeType));
    const lacking =
      '还需要一名辖区单位的人（结对帮扶单位、驻区单位、上级派驻机构、企业、社会组织）：名单里没有这样的人。依据“推行街道‘大党工委’、社区‘大党委’”。';
    expect(missing('guangzhou', people)).toEqual([
      `某街道“大党工委”${lacking}`,
      `甲社区“大党委”（书记、主任“一肩挑”）${lacking}`,
      `乙社区“大党委”（书记、主任分设）${lacking}`,
    ]);
  });

  it('outside units there are, but none meets the conditions, and the sentence says who falls short', () => {
    const people = examplePeople('xihu-zonghe').map((p) =>
      p.homeRole === '负责人' ? { ...p, homeRole: '成员' as const } : p,
    );
    expect(missing('xihu-zonghe', people)).toEqual([
      '某街道综合党委还需要一名兼职委员（不来自街道、社区党组织本身的副书记、委员）：名单里没有这样的人。名单里的人11、人12、人13等4人不符合条件（须符合“副书记（N）的来源”；须符合“兼职委员须具备任职条件”）。依据“吸收外单位党组织负责人任兼职委员”。',
    ]);
  });

  it('no one for work the model requires without a seat (楼长)', () => {
    const people = examplePeople('jining').filter((p) => !p.participantRoles.includes('楼长'));
    expect(missing('jining', people)).toEqual([
      '某社区党委还需要一名楼长：名单里没有职务为楼长的人。依据“推行楼长制”。',
    ]);
  });

  it('fewer 骨干党员 than the 党群微家 of a 网格党支部 need between them', () => {
    const people = examplePeople('xihu-wangge').map((p, i) => ({ ...p, backbone: i === 5 }));
    expect(missing('xihu-wangge', people)).toEqual([
      '名单里只有1名可任家委会成员的人选，“党群微家”一、“党群微家”二各需1名，共需2名，还差1名。名单里的人1、人10、人11等10人不符合条件（须是党员，是骨干）。依据“党小组设家委会”。',
    ]);
  });

  it('a 原则上 rule the list cannot meet is explained on the layout, which still passes', () => {
    const people = pasted(
      '姓名,单位,单位类型,党员,职务,骨干\n甲,,居民,是,,是\n乙,,居民,是,,否\n丙,,居民,否,,是\n',
    );
    const result = proposeLayouts({ people, model: model('xihu-weijia'), packs, sources });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expectReaderText(result);
    const [layout] = result.layouts;
    expect(layout!.seats.map((s) => s.text)).toEqual([
      '甲任某“党群微家”家委会成员：符合“家委会成员由党员自荐、群众推荐产生”（必须）、“家委会成员是骨干党员”（必须）。按规则安排：产生方式：群众推荐。',
    ]);
    expect(layout!.unmet.map((n) => [n.rule.severity, n.text, n.why])).toEqual([
      [
        '原则上',
        '某“党群微家”家委会1人，一般应为3人。',
        '名单里只有1名可任家委会成员的人选，某“党群微家”需要3名，还差2名。名单里的乙不符合条件（须是党员，是骨干）。依据“家委会一般由3人组成”。',
      ],
    ]);
  });
});
