/**
 * `npm run check:content` budget (issue: adding a case): the whole content
 * checked in ≤ 10 s. Compared with the CPU time per run (the machine is
 * shared; see ../lib/cpu.ts); the wall-clock median is printed beside it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchContext } from './context.ts';
import { childrenCpuMs } from '../lib/cpu.ts';

const BUDGET_MS = 10_000;
const RUNS = 3;

export async function run({ root }: BenchContext): Promise<{ overBudget: string[] }> {
  const node = join(root, 'node_modules/.bin/node');
  const call = () => {
    const start = performance.now();
    const result = spawnSync(
      existsSync(node) ? node : process.execPath,
      [join(root, 'scripts/check-content.ts')],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    if (result.status !== 0) throw new Error(`check:content 退出码 ${result.status}：${result.stdout}`);
    return performance.now() - start;
  };
  const cpuStart = childrenCpuMs();
  const wall = Array.from({ length: RUNS }, call).sort((a, b) => a - b);
  const cpuEnd = childrenCpuMs();
  const cpu = cpuStart !== undefined && cpuEnd !== undefined ? (cpuEnd - cpuStart) / RUNS : undefined;
  const median = wall[Math.floor(RUNS / 2)]!;
  const measured = cpu ?? median;
  console.log('\n内容检查（npm run check:content，全部内容；毫秒）');
  console.table({
    [`每次（${RUNS}次）`]: {
      墙钟中位数: median.toFixed(0),
      'CPU（每次平均）': cpu === undefined ? '（无法读取）' : cpu.toFixed(0),
      预算: `≤ ${BUDGET_MS}`,
    },
  });
  return { overBudget: measured > BUDGET_MS ? [`内容检查 ${measured.toFixed(0)} ms > ${BUDGET_MS} ms`] : [] };
}
