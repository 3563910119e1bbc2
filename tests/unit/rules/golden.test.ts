/**
 * Golden tests on the example plans: each model's own example meets every
 * rule of its own packs (nothing fails, warns or lacks information), and each
 * broken variant breaks exactly the rules its name promises.
 */
import { describe, expect, it } from 'vitest';
import { check, example, exampleNames } from './helpers.ts';

/** Broken variant → the rules it breaks and how. */
const BROKEN: Record<string, Record<string, 'fail' | 'warn'>> = {
  'xihu-zonghe.broken.first-secretary-not-district-leader': { 'xihu-zonghe-first-secretary-post': 'fail' },
  'xihu-zonghe.broken.six-part-timers': { 'xihu-zonghe-part-time-count': 'warn' },
  'xihu-zonghe.broken.part-timer-from-small-firm': { 'xihu-zonghe-part-time-conditions': 'fail' },
  'xihu-zonghe.broken.half-yearly-meetings': {
    'xihu-jizhi-joint-meeting': 'warn',
    'xihu-jizhi-phone-contact': 'fail',
  },
  'xihu-dadangwei.broken.12-members': {
    'xihu-dadangwei-total-max': 'warn',
    'xihu-dadangwei-total-odd': 'warn',
  },
  'xihu-dadangwei.broken.affiliation-moved': { 'xihu-dadangwei-part-time-affiliation': 'fail' },
  'xihu-wangge.broken.six-members': { 'xihu-wangge-total-max': 'warn' },
  'xihu-weijia.broken.appointed-committee': { 'xihu-weijia-chosen': 'fail' },
  'guangzhou.broken.part-time-deputy': { 'guangzhou-street-deputy': 'fail' },
  'chizhou.broken.two-party-workers': { 'chizhou-street-party-workers': 'fail' },
  // 长沙、上海、济宁 describe these practices (or give them as examples): 参考, shown as 提示.
  'changsha.broken.secretary-not-director': { 'changsha-three-in-one': 'warn' },
  'shanghai.broken.no-self-governance-office': {
    'shanghai-offices': 'warn',
    'shanghai-office-count': 'warn',
  },
  'jining.broken.four-at-window': { 'jining-window': 'warn' },
};

const models = exampleNames.filter((n) => !n.includes('.broken.'));
const broken = exampleNames.filter((n) => n.includes('.broken.'));

describe('example plans', () => {
  it('include a plan for every model, and every broken variant is listed here', () => {
    for (const model of [
      'xihu-zonghe',
      'xihu-dadangwei',
      'xihu-wangge',
      'xihu-weijia',
      'guangzhou',
      'chizhou',
      'changsha',
      'shanghai',
      'jining',
      'zhangzhou',
    ]) {
      expect(models).toContain(model);
    }
    expect(broken.sort()).toEqual(Object.keys(BROKEN).sort());
  });

  for (const name of models) {
    it(`${name} meets every rule of its own packs`, () => {
      const plan = example(name);
      expect(plan.packs?.length).toBeGreaterThan(0);
      const report = check(plan);
      const problems = report.results.filter((r) => r.status !== 'pass' && r.status !== 'not-applicable');
      expect(problems.map((r) => `${r.rule}@${r.unit}: ${r.message}`)).toEqual([]);
      expect(report.summary.pass).toBeGreaterThan(0);
      expect(report.notices).toEqual([]);
    });
  }

  for (const name of broken) {
    it(`${name} breaks exactly the rules it is named for`, () => {
      const report = check(example(name));
      const problems = Object.fromEntries(
        report.results
          .filter((r) => r.status !== 'pass' && r.status !== 'not-applicable')
          .map((r) => [r.rule, r.status]),
      );
      expect(problems).toEqual(BROKEN[name]);
      expect(report.hasErrors).toBe(Object.values(BROKEN[name]!).includes('fail'));
    });
  }
});
