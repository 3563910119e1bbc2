/**
 * 建议方案 on every model the planner offers: the people of its example,
 * listed as a pool, must get layouts that pass every 必须 rule of the
 * model's packs under the real engine, read back as valid plan files, and
 * explained in reader text.
 */
import { describe, expect, it } from 'vitest';
import {
  exampleNames,
  expectPassing,
  expectReaderText,
  model,
  models,
  proposeFromExample,
  packs,
  recheck,
  sources,
} from './helpers.ts';
import { poolFromPlan, proposeLayouts } from '../../../src/lib/proposal/index.ts';

describe('a pool made from each template', () => {
  it('every example that passes its own packs is a model to propose after', () => {
    expect(models.map((m) => m.id).sort()).toEqual([...exampleNames].sort());
  });

  for (const { id } of models) {
    it(`${id}: every layout offered passes every 必须 rule`, () => {
      const chosen = model(id);
      const result = proposeFromExample(id, 2026);
      const layouts = expectPassing(result);
      expectReaderText(result);
      for (const layout of layouts) {
        expect(layout.plan.template).toBe(id);
        expect(layout.plan.packs).toEqual(chosen.plan.packs);
        expect(layout.plan.asOf).toBe(2026);
        // The engine's verdicts shipped with the layout are the verdicts on its plan.
        expect(layout.report.summary).toEqual(recheck(layout.plan).summary);
        // Everyone placed is explained, by name and committee.
        const placed = [...layout.seats, ...layout.helpers];
        expect(placed.length).toBeGreaterThan(0);
        for (const choice of placed) expect(choice.text).toContain(choice.unit);
      }
      // The example's own people can fill the example's shape: the first layout meets every rule it can.
      const first = layouts[0]!;
      expect(first.approach).toBe('按示例的规模');
      expect(first.unmet.map((n) => n.text)).toEqual([]);
    });
  }

  it('a layout after the example seats the 社区“大党委” as the model does, with reasons from the rules', () => {
    const [first] = expectPassing(proposeFromExample('xihu-dadangwei'));
    const roles = first!.seats.map((s) => s.role);
    expect(roles.filter((r) => r === '第一书记')).toHaveLength(1);
    expect(roles.filter((r) => r === '书记')).toHaveLength(1);
    expect(first!.plan.root.members).toHaveLength(11);
    const secretary = first!.seats.find((s) => s.role === '书记')!;
    expect(secretary.because.map((r) => r.title)).toEqual(['设书记1名', '书记由社区党组织书记兼任']);
    expect(secretary.because[1]).toEqual({
      title: '书记由社区党组织书记兼任',
      severity: '必须',
      source: '《江西省南昌市西湖区：推行社区“大党委”　构建城市基层党建新格局》“2.建立社区‘大党委’”',
      quote: '“‘1’即书记由社区党组织书记兼任”',
      href: '/cases/nanchang-xihu/#xihu-s3-2-2',
    });
    // What the layout decides for a 兼职委员 is said, and written into the plan.
    const partTimer = first!.seats.find((s) => s.arranged.includes('参加所在单位和本单位的双重组织生活'))!;
    expect(partTimer.arranged).toContain('产生方式：协商推选');
    const member = first!.plan.root.members.find((m) => m.id === partTimer.memberId)!;
    expect(member).toMatchObject({ dualLife: true, chosenBy: '协商推选', affiliationTransferred: false });
  });

  it('the lean layout keeps only what the rules ask for, and still passes', () => {
    const layouts = expectPassing(proposeFromExample('xihu-dadangwei'));
    const lean = layouts.find((l) => l.approach.startsWith('精简'))!;
    expect(lean.plan.root.members).toHaveLength(5);
    expect(lean.unmet).toEqual([]);
    expect(lean.met.map((n) => n.text)).toEqual([
      '某社区“大党委”委员总数5人，不超过11人。',
      '某社区“大党委”委员总数5人，是奇数。',
      '某社区“大党委”兼职委员2人，在一般的2—3人之间。',
    ]);
    // One of each role the example has: 第一书记, 书记, 副书记, 委员, and one more for an odd total.
    expect(new Set(lean.seats.map((s) => s.role))).toEqual(new Set(['第一书记', '书记', '副书记', '委员']));
  });

  it('structure the list cannot give (duties, term, grids) comes from the example', () => {
    const chosen = model('xihu-dadangwei');
    const [first] = expectPassing(proposeFromExample('xihu-dadangwei', 2026));
    expect(first!.plan.root.duties).toEqual(chosen.plan.root.duties);
    expect(first!.plan.root.children).toEqual(chosen.plan.root.children);
    expect(first!.plan.root.term).toEqual({ ...chosen.plan.root.term, startYear: 2026 });
  });

  it('proposes under the readings the user chose, records them in the plan, and reports one it does not know', () => {
    const chosen = model('xihu-dadangwei');
    const readings = { 'xihu-dadangwei-yuanzeshang': 'binding', 'xihu-dadangwei-nonsense': 'x' };
    const result = proposeLayouts({
      people: poolFromPlan(chosen.plan),
      model: chosen,
      packs,
      sources,
      readings,
    });
    const layouts = expectPassing(result);
    expect(result.notices).toEqual(['所选读法中有1项不适用于这个示例的规则，已按默认读法处理。']);
    expectReaderText(result);
    for (const layout of layouts) {
      expect(layout.plan.readings).toEqual(readings);
      // Under this reading the odd total and the limit of 11 are 必须.
      const total = layout.report.results.find((r) => r.rule === 'xihu-dadangwei-total-odd')!;
      expect([total.severity, total.status]).toEqual(['error', 'pass']);
    }
  });
});
