/**
 * Reading and writing plan files. parsePlan accepts the text of a file (or an
 * already parsed value), migrates old versions and validates; it never
 * throws, and on failure returns every problem as a Chinese message.
 */
import { chineseErrors, formatIssues } from './issues.ts';
import { detectVersion, migrateV0toV1, planV0Schema } from './migrations.ts';
import { migrateV1toV2 } from './upgrade.ts';
import { PLAN_VERSION, planSchema, type Plan } from './schema.ts';
import { validatePlan } from './validate.ts';

export type ParseResult =
  | {
      ok: true;
      plan: Plan;
      /** Version the file was written in, when it was migrated. */ migratedFrom?: number;
    }
  | { ok: false; errors: string[] };

export interface ParseOptions {
  /** Longest text accepted, in characters (a 3,000-unit street is about 3 MB). Default 20 million. */
  maxLength?: number;
}

const fail = (...errors: string[]): ParseResult => ({ ok: false, errors });

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `不是有效的 JSON 文件（${detail}）` };
  }
}

function migrate(
  raw: Record<string, unknown>,
): { ok: true; value: unknown; from?: number } | { ok: false; errors: string[] } {
  const version = detectVersion(raw);
  switch (version.kind) {
    case 'current':
      return { ok: true, value: raw };
    case 'newer':
      return {
        ok: false,
        errors: [
          `此方案是较新的格式（版本 ${version.version}），本站只能读到版本 ${PLAN_VERSION}：请刷新页面使用最新版后再打开`,
        ],
      };
    case 'unknown':
      return { ok: false, errors: [version.message] };
    case 'old': {
      if (version.version === 1) return { ok: true, value: migrateV1toV2(raw), from: 1 };
      if (version.version !== 0) return { ok: false, errors: [`未知的旧格式版本 ${version.version}`] };
      const old = planV0Schema.safeParse(raw, { error: chineseErrors });
      if (!old.success) {
        return { ok: false, errors: formatIssues(old.error.issues, raw).map((m) => `（旧版草稿）${m}`) };
      }
      return { ok: true, value: migrateV1toV2(migrateV0toV1(old.data)), from: 0 };
    }
  }
}

function parseValue(value: unknown): ParseResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail('方案文件应是一个 JSON 对象（{ … }）');
  }
  const migrated = migrate(value as Record<string, unknown>);
  if (!migrated.ok) return fail(...migrated.errors);
  const result = planSchema.safeParse(migrated.value, { error: chineseErrors });
  if (!result.success) return fail(...formatIssues(result.error.issues, migrated.value));
  const problems = validatePlan(result.data);
  if (problems.length > 0) return fail(...problems);
  return migrated.from === undefined
    ? { ok: true, plan: result.data }
    : { ok: true, plan: result.data, migratedFrom: migrated.from };
}

/** Parse a plan from file text or a parsed value. Never throws. */
export function parsePlan(input: unknown, options: ParseOptions = {}): ParseResult {
  const maxLength = options.maxLength ?? 20_000_000;
  try {
    if (typeof input === 'string') {
      if (input.length > maxLength) {
        return fail(`文件过大（${input.length} 个字符，上限 ${maxLength}）`);
      }
      const json = parseJson(input);
      return json.ok ? parseValue(json.value) : fail(json.error);
    }
    return parseValue(input);
  } catch (error) {
    // Only pathological input gets here (e.g. nesting deep enough to exhaust the stack).
    const detail = error instanceof Error ? error.message : String(error);
    return fail(`无法读取方案：${detail}`);
  }
}

/** The text of a plan file: stable key order as written by the schema, two-space indent, final newline. */
export function serialisePlan(plan: Plan): string {
  return `${JSON.stringify(planSchema.parse(plan), null, 2)}\n`;
}
