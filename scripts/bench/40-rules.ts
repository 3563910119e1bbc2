/**
 * Rule-engine timings against the planner's budgets: checking one committee
 * (a 社区"大党委" of 11) and a whole street (1 综合党委, 30 大党委, 300 网格党支部,
 * 3,000 党群微家: 3,331 units, 10,843 members) against the five 西湖区 packs.
 * Budgets: ≤ 1 ms and ≤ 50 ms, compared with the median CPU time this
 * process spends per run (process.cpuUsage): the machine is shared by several
 * jobs, and wall-clock time there mostly measures the others. Wall-clock
 * median and p95 are printed beside it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGET_STREET, generateStreet, unitCount } from '../../src/lib/plan-format/generate.ts';
import { readPlan } from '../../src/lib/plan-format/read.ts';
import { serialisePlan } from '../../src/lib/plan-format/write.ts';
import { indexPlan } from '../../src/lib/plan-format/tree.ts';
import { compileRules } from '../../src/lib/rules/compile.ts';
import { checkParsedPlan, runRules, selectPacks } from '../../src/lib/rules/engine.ts';
import { loadPacks } from '../../src/loaders/rule-packs.ts';
import { overBudget, printTimings, time, type BenchContext, type Timing } from './context.ts';

/** What the budgeted checks run on: the 西湖区 大党委 sample and the generated street. */
function workload(root: string) {
  const packs = loadPacks(root);
  const committeeFile = join(root, 'content/data/plans/xihu-dadangwei.json');
  const parsed = readPlan(readFileSync(committeeFile, 'utf8'));
  if (!parsed.ok) throw new Error(`示例方案无效：${parsed.errors.join('；')}`);
  const street = generateStreet();
  return { packs, committee: parsed.plan, street, xihu: street.packs! };
}

/**
 * The two timings the planner's budgets bind (one committee ≤ 1 ms, a whole
 * street ≤ 50 ms, CPU median); `runs` scales the repetitions down for tests.
 */
export function budgetedRuleTimings(root: string, runs = { committee: 2000, street: 40 }): Timing[] {
  const { packs, committee, street, xihu } = workload(root);
  return [
    time(
      '核对一个班子（社区“大党委”，11人）',
      runs.committee,
      () => checkParsedPlan(committee, packs, { packs: committee.packs! }),
      1,
    ),
    time(
      `核对整个街道（${unitCount(BUDGET_STREET)}个单位）`,
      runs.street,
      () => checkParsedPlan(street, packs, { packs: xihu }),
      50,
    ),
  ];
}

export async function run({ root }: BenchContext): Promise<{ overBudget: string[] }> {
  const { packs, street, xihu } = workload(root);
  const compiled = compileRules(selectPacks(packs, xihu));
  const streetIndex = indexPlan(street);
  const oneCommunity = ['c17'];

  const timings = [
    ...budgetedRuleTimings(root),
    time('整个街道：规则已编译、索引已建（规划器的做法）', 40, () =>
      runRules(compiled, street, {}, streetIndex),
    ),
    time('整个街道：只重核一个社区（编辑后）', 200, () =>
      runRules(compiled, street, { units: oneCommunity }, streetIndex),
    ),
    time('读取并校验整个街道的方案文件', 10, () => readPlan(serialisePlan(street))),
  ];
  const report = checkParsedPlan(street, packs, { packs: xihu });

  printTimings('规则引擎', timings);
  console.log(
    `整个街道的核对结果：${report.results.length} 条，不符合 ${report.summary.fail}，提示 ${report.summary.warn}。`,
  );

  return { overBudget: overBudget(timings) };
}
