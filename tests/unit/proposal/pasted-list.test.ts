/**
 * The scenario, in code: a new secretary pastes eight units and
 * twelve people from a spreadsheet and asks for a 社区“大党委”. Every layout
 * offered passes; every placement is explained by name with the rules and
 * their sources; what only the secretary can confirm is asked for; the one
 * person who is not a party member is not seated, and the notice says so.
 */
import { describe, expect, it } from 'vitest';
import { parsePool, proposeLayouts } from '../../../src/lib/proposal/index.ts';
import { SAMPLE_PASTED_LIST } from '../../../src/lib/proposal/sample-pool.ts';
import { expectPassing, expectReaderText, model, packs, sources } from './helpers.ts';

describe('a pasted list of twelve people for a 社区“大党委”', () => {
  const pool = parsePool(SAMPLE_PASTED_LIST);
  if (!pool.ok) throw new Error(pool.problems.join('；'));
  const result = proposeLayouts({
    people: pool.people,
    model: model('xihu-dadangwei'),
    packs,
    sources,
    year: 2026,
  });

  it('reads cleanly and gets three passing layouts', () => {
    expect(pool.problems).toEqual([]);
    const layouts = expectPassing(result);
    expectReaderText(result);
    expect(layouts.map((l) => [l.name, l.approach, l.plan.title, l.plan.root.members.length])).toEqual([
      ['方案一', '按示例的规模', '西湖区 社区“大党委”（建议方案一）', 9],
      ['方案二', '精简：每个职务一人，按规则补足人数', '西湖区 社区“大党委”（建议方案二）', 5],
      ['方案三', '换一组人选', '西湖区 社区“大党委”（建议方案三）', 9],
    ]);
  });

  it('says why the one person not seated was left out', () => {
    expect(result.notices).toEqual([
      '名单注明徐涛（第12行）不是党员，没有排入班子：党组织班子的席位只排党员。',
    ]);
  });

  it('explains each placement by name, with the rule and where the rule comes from', () => {
    if (!result.ok) throw new Error('没有方案');
    const [first] = result.layouts;
    const byName = new Map(first!.seats.map((s) => [s.name, s]));
    expect(byName.get('王建国')!.text).toBe(
      '王建国任某社区“大党委”第一书记：符合“设第一书记1名”（必须）、“第一书记原则上由街道挂点的党员领导干部担任”（原则上）。',
    );
    expect(byName.get('李芳')!.text).toBe(
      '李芳任某社区“大党委”书记：符合“设书记1名”（必须）、“书记由社区党组织书记兼任”（必须）。',
    );
    expect(byName.get('李芳')!.row).toBe(3);
    const partTimer = byName.get('刘洋')!;
    expect(partTimer.role).toBe('副书记');
    expect(partTimer.arranged).toEqual([
      '产生方式：协商推选',
      '参加所在单位和本单位的双重组织生活',
      '所在单位党组织签订共驻共建责任书',
      '按兼职计（来自外单位）',
    ]);
    expect(partTimer.because.map((r) => r.source)).toContain(
      '《江西省南昌市西湖区：推行社区“大党委”　构建城市基层党建新格局》“4.创新双重组织生活机制”',
    );
  });

  it('asks the secretary for the facts the 必须 conditions need and the list does not give', () => {
    if (!result.ok) throw new Error('没有方案');
    const [first] = result.layouts;
    expect(first!.tally[0]).toEqual({ severity: '必须', met: 14, unmet: 0, waiting: 1 });
    expect(first!.toConfirm.map((n) => [n.rule.title, n.text])).toEqual([
      [
        '兼职委员须具备任职条件',
        '还不能判断：方案里没有填写副书记刘洋的所在单位是否层级较高、所在单位规模是否较大、是否热心参加事务、能正常参加活动；委员杨磊的所在单位是否层级较高、所在单位规模是否较大、是否热心参加事务、能正常参加活动。',
      ],
    ]);
  });
});

describe('two people of one name', () => {
  it('are told apart by their unit wherever a layout names them', () => {
    const pool = parsePool(`${SAMPLE_PASTED_LIST}\n张伟\t某区属国企\t国企\t是\t党委书记`);
    if (!pool.ok) throw new Error(pool.problems.join('；'));
    expect(pool.problems).toEqual([
      '第4、14行的姓名都是“张伟”：是同一个人的，请删去重复的行；是不同的人，请在姓名后加以区别。两行都已保留，建议里会注明各自的单位。',
    ]);
    const result = proposeLayouts({ people: pool.people, model: model('xihu-dadangwei'), packs, sources });
    const layouts = expectPassing(result);
    const names = layouts.flatMap((l) => l.seats.map((s) => s.name)).filter((n) => n.startsWith('张伟'));
    expect(new Set(names)).toEqual(new Set(['张伟（某社区）', '张伟（某区属国企）']));
  });
});
