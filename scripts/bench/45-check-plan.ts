/**
 * The command-line checker's budget: one call on one committee (the 西湖区
 * 社区“大党委” example) ≤ 0.5 s, as a user runs it (`npx check-plan`, the
 * project's Node on scripts/check-plan.ts). The first call builds the
 * checker's data and compile caches and is reported on its own; the budget
 * is compared with the mean CPU time per later call (the children's user and
 * system time from /proc, since the machine is shared and wall-clock time
 * there mostly measures the other jobs); wall-clock median and p95 are
 * printed beside it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchContext } from './context.ts';
import { childrenCpuMs } from '../lib/cpu.ts';

export const BUDGET_MS = 500;
const RUNS = 15;

/**
 * Time `runs` calls of the checker on the sample committee after a first
 * call that fills its caches: CPU milliseconds per call (the budget's
 * measure; undefined where /proc cannot be read) and wall-clock figures.
 */
export function measureCheckPlan(
  root: string,
  runs = RUNS,
): { cold: number; cpu: number | undefined; median: number; p95: number } {
  const node = join(root, 'node_modules/.bin/node');
  const script = join(root, 'scripts/check-plan.ts');
  const plan = join(root, 'content/data/plans/xihu-dadangwei.json');
  const call = () => {
    const start = performance.now();
    const result = spawnSync(existsSync(node) ? node : process.execPath, [script, plan], {
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`check-plan 退出码 ${result.status}：${result.stderr}`);
    return performance.now() - start;
  };
  rmSync(join(root, 'node_modules/.cache/check-plan'), { recursive: true, force: true });
  const cold = call();
  const cpuStart = childrenCpuMs();
  const wall = Array.from({ length: runs }, call).sort((a, b) => a - b);
  const cpuEnd = childrenCpuMs();
  const cpu = cpuStart !== undefined && cpuEnd !== undefined ? (cpuEnd - cpuStart) / runs : undefined;
  return {
    cold,
    cpu,
    median: wall[Math.floor(runs / 2)]!,
    p95: wall[Math.min(runs - 1, Math.floor(0.95 * runs))]!,
  };
}

export async function run({ root }: BenchContext): Promise<{ overBudget: string[] }> {
  const { cold, cpu, median, p95 } = measureCheckPlan(root);
  const measured = cpu ?? median;
  console.log('\n命令行核对（一个班子：西湖区社区“大党委”示例；毫秒）');
  console.table({
    '第一次调用（建立缓存）': { 墙钟: cold.toFixed(0), 'CPU（每次平均）': '—', 预算: '—' },
    [`之后每次调用（${RUNS}次）`]: {
      墙钟: `中位数 ${median.toFixed(0)}，p95 ${p95.toFixed(0)}`,
      'CPU（每次平均）': cpu === undefined ? '（无法读取）' : cpu.toFixed(0),
      预算: `≤ ${BUDGET_MS}`,
    },
  });
  return {
    overBudget:
      measured > BUDGET_MS
        ? [
            `命令行核对一个班子：每次 ${measured.toFixed(0)} ms（${cpu === undefined ? '墙钟' : 'CPU'}），预算 ${BUDGET_MS} ms`,
          ]
        : [],
  };
}
