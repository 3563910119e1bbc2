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
import type { BenchContext } from './context.ts';

export interface Timing {
  label: string;
  /** Median CPU milliseconds per run (what the budget is compared with). */
  cpu: number;
  /** Wall-clock median and 95th percentile, milliseconds. */
  median: number;
  p95: number;
  budget?: number;
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

function time(label: string, runs: number, fn: () => unknown, budget?: number): Timing {
  for (let i = 0; i < Math.min(20, runs); i += 1) fn(); // warm up the JIT
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    fn();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return {
    label,
    cpu: quantile(cpu, 0.5),
    median: quantile(wall, 0.5),
    p95: quantile(wall, 0.95),
    ...(budget !== undefined && { budget }),
  };
}

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

  console.log('\n规则引擎（毫秒；预算与每次 CPU 时间的中位数比较，机器由多个任务共用）');
  console.table(
    Object.fromEntries(
      timings.map((t) => [
        t.label,
        {
          'CPU 中位数': t.cpu.toFixed(3),
          墙钟中位数: t.median.toFixed(3),
          '墙钟 p95': t.p95.toFixed(3),
          预算: t.budget === undefined ? '—' : `≤ ${t.budget}`,
        },
      ]),
    ),
  );
  console.log(
    `整个街道的核对结果：${report.results.length} 条，不符合 ${report.summary.fail}，提示 ${report.summary.warn}。`,
  );

  return {
    overBudget: timings
      .filter((t) => t.budget !== undefined && t.cpu > t.budget)
      .map((t) => `${t.label}：CPU 时间中位数 ${t.cpu.toFixed(2)} ms，预算 ${t.budget} ms`),
  };
}
