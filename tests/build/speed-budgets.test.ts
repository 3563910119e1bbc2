/**
 * The speed budgets `npm run bench` prints, as failing checks: the rule
 * engine on one committee (≤ 1 ms) and on a whole street (≤ 50 ms), and the
 * command-line checker on one committee (≤ 500 ms a call). Each is compared
 * with CPU time, not wall-clock time, so a busy machine does not fail it;
 * MARGIN leaves room for the noise CPU time still has on a loaded machine
 * (cache misses, frequency scaling), while a regression of the code that
 * doubles the work still turns the check red.
 */
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';
import { budgetedRuleTimings } from '../../scripts/bench/40-rules.ts';
import { BUDGET_MS, measureCheckPlan } from '../../scripts/bench/45-check-plan.ts';

const MARGIN = 1.5;

describe('speed budgets, by CPU time', () => {
  it('the rule engine checks one committee and a whole street within budget', () => {
    const timings = budgetedRuleTimings(ROOT, { committee: 300, street: 8 });
    expect(timings).toHaveLength(2);
    for (const t of timings) {
      console.log(`${t.label}：CPU 中位数 ${t.cpu.toFixed(3)} ms，预算 ${t.budget} ms`);
      expect(t.cpu, t.label).toBeLessThanOrEqual(t.budget! * MARGIN);
    }
  });

  it('the command-line checker answers for one committee within budget', () => {
    const m = measureCheckPlan(ROOT, 3);
    console.log(
      `命令行核对：每次 CPU ${m.cpu?.toFixed(0)} ms，墙钟中位数 ${m.median.toFixed(0)} ms，预算 ${BUDGET_MS} ms`,
    );
    expect(m.cpu, 'CPU time of the child processes (/proc/self/stat)').toBeDefined();
    expect(m.cpu!).toBeLessThanOrEqual(BUDGET_MS * MARGIN);
  });
});
