/** What every bench section receives. */
export interface BenchContext {
  /** Project root. */
  root: string;
  /** Built site (dist/). */
  dist: string;
}

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** One timed operation: CPU and wall-clock milliseconds per run, and its budget if it has one. */
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

/**
 * Time `fn` over `runs` runs after a warm-up. The budget is compared with the
 * median CPU time this process spends per run (process.cpuUsage): the
 * machine is shared by several jobs, and wall-clock time there mostly
 * measures the others.
 */
export function time(label: string, runs: number, fn: () => unknown, budget?: number): Timing {
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

/** Print timings as a table under a heading. */
export function printTimings(heading: string, timings: readonly Timing[]): void {
  console.log(`\n${heading}（毫秒；预算与每次 CPU 时间的中位数比较，机器由多个任务共用）`);
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
}

/** The timings over their budget, as lines for the report. */
export function overBudget(timings: readonly Timing[]): string[] {
  return timings
    .filter((t) => t.budget !== undefined && t.cpu > t.budget)
    .map((t) => `${t.label}：CPU 时间中位数 ${t.cpu.toFixed(2)} ms，预算 ${t.budget} ms`);
}
