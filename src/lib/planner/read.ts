/**
 * Reads a plan in the browser — from an imported file, a share link or the
 * browser's storage — without zod: the version is checked first, then the
 * published JSON Schema (schema-check.ts) and the structural rules
 * (src/lib/plan/validate.ts, the full reader's own, zod-free). Never
 * throws; every problem comes back as a Chinese message naming the unit and
 * member (src/lib/plan/where.ts), and nothing is changed on failure.
 *
 * Version 1 files are brought to the current format here (a zod-free step,
 * src/lib/plan/upgrade.ts), so share links and saved plans from before
 * format 2 open at once. Older drafts (version 0) are not read here: the
 * result says so, and readPlanAnyVersion (read-any.ts) loads the full reader
 * with its migrations (src/lib/plan/io.ts, with zod) only for them.
 */
import type { Plan } from '../plan/schema.ts';
import { migrateV1toV2 } from '../plan/upgrade.ts';
import { validatePlan } from '../plan/validate.ts';
import { describePath } from '../plan/where.ts';
import type { PlannerData } from './data.ts';
import { checkAgainstSchema } from './schema-check.ts';
import { MAX_PLAN_CHARS, tooLarge } from './limits.ts';

export { MAX_PLAN_CHARS, tooLarge };

export type ReadResult =
  | { ok: true; plan: Plan; migratedFrom?: number }
  | { ok: false; errors: string[] }
  /** An older format: migrate with the full reader. */
  | { ok: 'old'; version: number; value: Record<string, unknown> };

const fail = (...errors: string[]): ReadResult => ({ ok: false, errors });

export type ReadContext = Pick<PlannerData, 'schema' | 'fieldLabels' | 'patternMessages' | 'planVersion'>;

function readValue(value: unknown, ctx: ReadContext): ReadResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail('方案文件应是一个 JSON 对象（{ … }）');
  }
  let raw = value as Record<string, unknown>;
  const version = raw['version'];
  if (version === undefined) {
    return 'unit' in raw
      ? { ok: 'old', version: 0, value: raw }
      : fail('缺少格式版本 version，也不像旧版草稿：这不是本站的方案文件');
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return fail(`格式版本 version 应为整数，实际为 ${JSON.stringify(version)}`);
  }
  if (version > ctx.planVersion) {
    return fail(
      `此方案是较新的格式（版本 ${version}），本站只能读到版本 ${ctx.planVersion}：请刷新页面使用最新版后再打开`,
    );
  }
  let migratedFrom: number | undefined;
  if (version === 1 && ctx.planVersion === 2) {
    raw = migrateV1toV2(raw);
    migratedFrom = 1;
  } else if (version < ctx.planVersion) {
    return { ok: 'old', version, value: raw };
  }
  const label = (key: string) => ctx.fieldLabels[key] ?? key;
  const checked = checkAgainstSchema(ctx.schema, raw, { patterns: ctx.patternMessages });
  if (checked.issues.length > 0) {
    const errors = checked.issues.map((issue) => `${describePath(raw, issue.path, label)}：${issue.message}`);
    if (checked.truncated) errors.push('……问题较多，只列出前面这些');
    return fail(...errors);
  }
  const plan = checked.value as Plan;
  // The waiver schema trims reasons before counting them.
  for (const waiver of plan.waivers) waiver.reason = waiver.reason.trim();
  const problems = validatePlan(plan);
  if (problems.length > 0) return fail(...problems);
  return migratedFrom === undefined ? { ok: true, plan } : { ok: true, plan, migratedFrom };
}

/** Read a plan from file text or an already parsed value. */
export function readPlan(input: unknown, ctx: ReadContext, maxChars = MAX_PLAN_CHARS): ReadResult {
  try {
    if (typeof input === 'string') {
      if (input.length > maxChars) return fail(tooLarge(input.length, maxChars));
      let value: unknown;
      try {
        value = JSON.parse(input);
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        return fail(`不是有效的 JSON 文件（${detail}）`);
      }
      return readValue(value, ctx);
    }
    return readValue(input, ctx);
  } catch (error) {
    // Only pathological input gets here (nesting deep enough to exhaust the stack).
    const detail = error instanceof Error ? error.message : String(error);
    return fail(`无法读取方案：${detail}`);
  }
}
