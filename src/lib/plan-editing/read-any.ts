/**
 * Reads a plan of any version. Current files are read by read.ts; files in
 * an older format load the full reader with its migrations (src/lib/plan-format/io.ts)
 * on demand — it brings zod, which the planner page does not load otherwise.
 */
import type { Plan } from '../plan-format/schema.ts';
import { MAX_PLAN_CHARS, readPlan, type ReadContext } from './read.ts';

export type AnyReadResult = { ok: true; plan: Plan; migratedFrom?: number } | { ok: false; errors: string[] };

export async function readPlanAnyVersion(
  input: unknown,
  ctx: ReadContext,
  maxChars = MAX_PLAN_CHARS,
): Promise<AnyReadResult> {
  const first = readPlan(input, ctx, maxChars);
  if (first.ok !== 'old') return first;
  let parsePlan: typeof import('../plan-format/io.ts').parsePlan;
  try {
    ({ parsePlan } = await import('../plan-format/io.ts'));
  } catch {
    return { ok: false, errors: ['这是旧版格式的方案，需要下载转换程序，但下载失败了：请检查网络后重试'] };
  }
  const parsed = parsePlan(first.value);
  return parsed.ok ? { ok: true, plan: parsed.plan, migratedFrom: first.version } : parsed;
}
