/**
 * The engine's behaviour beyond single rules: readings switch what a rule
 * counts and how severe it is; waivers apply to warnings only; missing facts
 * give "needs information" naming the member; invalid plans are rejected
 * with reasons; packs that do not fit the plan say so.
 */
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../src/lib/rules/check.ts';
import { checkParsedPlan } from '../../../src/lib/rules/engine.ts';
import { check, example, memberById, newMember, packs, rawExample, resultsOf, unitById } from './helpers.ts';

const outsider = () =>
  newMember({
    role: '委员',
    home: { type: '驻区单位', highLevel: true },
    homeRole: '负责人',
    engaged: true,
    chosenBy: '协商推选',
  });

describe('readings', () => {
  it('counts the 第一书记 toward 委员总数 by default, and not when switched', () => {
    const plan = example('xihu-zonghe');
    const [byDefault] = resultsOf(plan, 'xihu-zonghe-total-odd');
    expect(byDefault?.status).toBe('pass');
    expect(byDefault?.members).toContain('zh-m01');
    expect(byDefault?.readings.find((r) => r.question === 'xihu-zonghe-first-secretary')).toMatchObject({
      option: 'counted',
      isDefault: true,
      alternatives: [{ id: 'not-counted', label: '不计入' }],
    });
    const [switched] = resultsOf(plan, 'xihu-zonghe-total-odd', {
      readings: { 'xihu-zonghe-first-secretary': 'not-counted' },
    });
    expect(switched?.status).toBe('warn');
    expect(switched?.members).not.toContain('zh-m01');
    expect(switched?.message).toContain('12人');
  });

  it('makes 不超过13人 a hard limit only under the readings that say so', () => {
    const plan = example('xihu-zonghe');
    unitById(plan, 'street').members.push(outsider(), outsider());
    const status = (option: string, rule: string) =>
      resultsOf(plan, rule, { readings: { 'xihu-zonghe-yuanzeshang': option } })[0]?.status;
    expect(status('scopes-both', 'xihu-zonghe-total-max')).toBe('warn');
    expect(status('parity-only', 'xihu-zonghe-total-max')).toBe('fail');
    expect(status('binding', 'xihu-zonghe-total-max')).toBe('fail');
    // 15 is odd: parity holds under every reading.
    expect(status('binding', 'xihu-zonghe-total-odd')).toBe('pass');
  });

  it("counts outside members as 兼职委员 by default, the street committee's own under the other reading", () => {
    const plan = example('xihu-zonghe');
    const [outside] = resultsOf(plan, 'xihu-zonghe-part-time-count');
    expect(outside?.members.sort()).toEqual(['zh-m05', 'zh-m11', 'zh-m12', 'zh-m13']);
    const [own] = resultsOf(plan, 'xihu-zonghe-part-time-count', {
      readings: { 'xihu-zonghe-part-time': 'own-committee' },
    });
    expect(own?.members.sort()).toEqual(['zh-m02', 'zh-m03', 'zh-m04']);
    expect(own?.status).toBe('pass');
  });

  it('checks condition (5) only under the default reading of the conditions', () => {
    const plan = example('xihu-dadangwei');
    delete memberById(plan, 'dd-m04').engaged;
    expect(resultsOf(plan, 'xihu-dadangwei-part-time-conditions')[0]?.status).toBe('needs-info');
    const [lenient] = resultsOf(plan, 'xihu-dadangwei-part-time-conditions', {
      readings: { 'xihu-dadangwei-conditions': 'one-of-four' },
    });
    expect(lenient?.status).toBe('pass');
  });

  it('treats 配备N名 as a minimum by default and as an exact number when switched', () => {
    const plan = example('guangzhou');
    unitById(plan, 'street').members.push(newMember({ role: '党建指导员' }));
    expect(resultsOf(plan, 'guangzhou-street-instructors')[0]?.status).toBe('pass');
    expect(
      resultsOf(plan, 'guangzhou-street-instructors', { readings: { 'guangzhou-staffing': 'exact' } })[0]
        ?.status,
    ).toBe('fail');
  });

  it('takes readings from the plan, overridden by options, and reports unknown ones', () => {
    const plan = example('xihu-zonghe');
    plan.readings = { 'xihu-zonghe-first-secretary': 'not-counted' };
    expect(check(plan).readings.find((r) => r.question === 'xihu-zonghe-first-secretary')?.option).toBe(
      'not-counted',
    );
    const report = check(plan, {
      readings: {
        'xihu-zonghe-first-secretary': 'counted',
        'no-such-question': 'x',
        'xihu-zonghe-part-time': 'nope',
      },
    });
    expect(report.readings.find((r) => r.question === 'xihu-zonghe-first-secretary')?.option).toBe('counted');
    expect(report.notices).toEqual(
      expect.arrayContaining([
        expect.stringContaining('no-such-question'),
        expect.stringContaining('没有选项「nope」'),
      ]),
    );
  });
});

describe('waivers', () => {
  const twelve = () => example('xihu-dadangwei.broken.12-members');

  it('waives a warning with a written reason from the plan', () => {
    const plan = twelve();
    plan.waivers = [{ rule: 'xihu-dadangwei-total-max', reason: '辖区单位多，经街道党工委研究多设1人' }];
    const [result] = resultsOf(plan, 'xihu-dadangwei-total-max');
    expect(result?.status).toBe('waived');
    expect(result?.waiver?.reason).toContain('街道党工委研究');
    expect(check(plan).summary.waived).toBe(1);
  });

  it('waives from the options too, for one unit only when a unit is named', () => {
    const plan = twelve();
    const waivers = [{ rule: 'xihu-dadangwei-total-odd', unit: 'elsewhere', reason: '只豁免别的单位' }];
    expect(resultsOf(plan, 'xihu-dadangwei-total-odd', { waivers })[0]?.status).toBe('warn');
    const here = [{ rule: 'xihu-dadangwei-total-odd', unit: 'community', reason: '换届前临时增补一人' }];
    expect(resultsOf(plan, 'xihu-dadangwei-total-odd', { waivers: here })[0]?.status).toBe('waived');
  });

  it('never waives a 必须 rule, and says so', () => {
    const plan = example('xihu-dadangwei.broken.affiliation-moved');
    const report = check(plan, {
      waivers: [{ rule: 'xihu-dadangwei-part-time-affiliation', reason: '本人要求转入关系' }],
    });
    expect(report.results.find((r) => r.rule === 'xihu-dadangwei-part-time-affiliation')?.status).toBe(
      'fail',
    );
    expect(report.hasErrors).toBe(true);
    expect(report.notices.join()).toContain('“必须”类规则，不能豁免');
  });

  it('becomes 必须 and unwaivable when a reading makes the rule hard', () => {
    const plan = twelve();
    plan.waivers = [{ rule: 'xihu-dadangwei-total-max', reason: '辖区单位多，多设1人' }];
    const report = check(plan, { readings: { 'xihu-dadangwei-yuanzeshang': 'parity-only' } });
    expect(report.results.find((r) => r.rule === 'xihu-dadangwei-total-max')?.status).toBe('fail');
    expect(report.notices.join()).toContain('不能豁免');
  });

  it('ignores waivers that name unknown rules or lack a reason, with a notice', () => {
    const report = check(twelve(), {
      waivers: [
        { rule: 'no-such-rule', reason: '理由充分的说明' },
        { rule: 'xihu-dadangwei-total-odd', reason: '' },
        42,
      ],
    });
    expect(report.notices).toHaveLength(3);
    expect(report.results.find((r) => r.rule === 'xihu-dadangwei-total-odd')?.status).toBe('warn');
  });
});

describe('needs information', () => {
  it('names the member and the missing fact instead of guessing', () => {
    const plan = example('guangzhou');
    delete memberById(plan, 'gz-m02').tenure;
    const [result] = resultsOf(plan, 'guangzhou-street-deputy');
    expect(result?.status).toBe('needs-info');
    expect(result?.members).toEqual(['gz-m02']);
    expect(result?.missing).toEqual(['副书记（未填姓名）的专职或兼职']);
    expect(result?.message).toContain('专职或兼职');
  });

  it('decides a count when the unknown members cannot change the answer', () => {
    const plan = example('chizhou');
    // Four 专职 party workers; one more of unknown tenure cannot bring them under 3.
    unitById(plan, 'street').members.push(newMember({ role: '组织员' }));
    expect(resultsOf(plan, 'chizhou-street-party-workers')[0]?.status).toBe('pass');
  });

  it('asks for the duties when the plan has not planned them yet', () => {
    const plan = example('xihu-dadangwei');
    delete unitById(plan, 'community').duties;
    const [result] = resultsOf(plan, 'xihu-jizhi-joint-meeting');
    expect(result?.status).toBe('needs-info');
    expect(result?.missing.join()).toContain('定期工作');
    expect(result?.message).not.toMatch(/[A-Za-z]/);
  });
});

describe('applicability', () => {
  it('says when the plan has no unit a rule applies to', () => {
    const report = checkParsedPlan(example('guangzhou'), packs, { packs: ['xihu-weijia'] });
    expect(report.results).toHaveLength(packs.find((p) => p.id === 'xihu-weijia')!.rules.length);
    for (const r of report.results) {
      expect(r.status).toBe('not-applicable');
      expect(r.unit).toBeUndefined();
      expect(r.message).toBe('方案里没有排了班子的微家一级单位，本条不适用。');
    }
  });

  it('does not apply the 一肩挑 staffing rule to a community without 一肩挑', () => {
    const results = resultsOf(example('guangzhou'), 'guangzhou-community-organisers');
    expect(results.map((r) => [r.unit, r.status])).toEqual([
      ['gz-c1', 'pass'],
      ['gz-c2', 'not-applicable'],
    ]);
    expect(results[1]?.message).toContain('不是“一肩挑”');
  });

  it('checks only the units asked for', () => {
    const report = check(example('xihu-street'), { units: ['c2g1'] });
    expect(new Set(report.results.map((r) => r.unit))).toEqual(new Set(['c2g1']));
    expect(report.results.length).toBeGreaterThan(0);
  });

  it('returns results in the order of the packs asked for', () => {
    const report = checkParsedPlan(example('xihu-zonghe'), packs, { packs: ['xihu-zonghe', 'xihu-jizhi'] });
    expect(report.packs).toEqual(['xihu-zonghe', 'xihu-jizhi']);
    expect(report.results[0]?.pack).toBe('xihu-zonghe');
    expect(report.results.at(-1)?.pack).toBe('xihu-jizhi');
  });
});

describe('user text in messages', () => {
  it('inserts names verbatim, never as templates or markup', () => {
    const plan = example('xihu-weijia');
    plan.root.name = '{count}<b>家</b>';
    const [result] = resultsOf(plan, 'xihu-weijia-committee-size');
    expect(result?.message).toBe('{count}<b>家</b>家委会3人。');
  });
});

describe('checkPlan on raw input', () => {
  it('checks a plan given as text', () => {
    const outcome = checkPlan(JSON.stringify(rawExample('jining')), packs, { packs: ['jining'] });
    expect(outcome.ok && outcome.report.hasErrors).toBe(false);
  });

  it('rejects an invalid plan with the list of what is wrong, in Chinese', () => {
    const raw = rawExample('jining') as { root: { members: Array<Record<string, unknown>> } };
    raw.root.members[0]!['role'] = '主任';
    delete raw.root.members[0]!['home'];
    const outcome = checkPlan(raw, packs);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors).toHaveLength(2);
    expect(outcome.errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^根单位「某街道党工委」 › 成员「jn-m1」 › 职务（role）：「主任」 不是可选的值；可选：/,
        ),
        '根单位「某街道党工委」 › 成员「jn-m1」 › 所在单位（home）：缺少此项（必填）',
      ]),
    );
  });

  it('never throws on garbage', () => {
    for (const input of [
      undefined,
      null,
      0,
      'null',
      '{',
      '[]',
      { version: 1 },
      { version: '1' },
      { version: 99, root: {} },
    ]) {
      const outcome = checkPlan(input, packs);
      expect(outcome.ok).toBe(false);
    }
  });
});
