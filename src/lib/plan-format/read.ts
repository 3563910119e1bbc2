/**
 * Reads a plan file — imported, from a share link, from the browser's
 * storage, or on the command line — into the current format. The one
 * reader: the text is parsed once, its version settled and older versions
 * migrated (migrations.ts), then checked by the validator generated from the
 * published JSON Schema (defaults filled in) and by the rules a schema cannot
 * state (validate.ts). Never throws; every problem comes back as a Chinese
 * message naming the unit and member (schema-errors.ts), and nothing is
 * changed on failure.
 */
import {
  PATTERN_MESSAGES,
  validateDraftV0,
  validatePlanSchema,
  type GeneratedValidator,
} from './generated/plan-validators.js';
import type { PlanV0 } from './draft-v0.ts';
import { detectVersion, migrateV0toV1, migrateV1toV2 } from './migrations.ts';
import type { Plan } from './schema.ts';
import { schemaErrorMessages } from './schema-errors.ts';
import { MAX_PLAN_CHARS, tooLarge } from './limits.ts';
import { validatePlan } from './validate.ts';
import { PLAN_VERSION } from './version.ts';

export type ReadResult =
  | {
      ok: true;
      plan: Plan;
      /** Version the file was written in, when it was migrated. */
      migratedFrom?: number;
    }
  | { ok: false; errors: string[] };

const fail = (...errors: string[]): ReadResult => ({ ok: false, errors });

/** The errors of a generated validator, or none. */
function check(validate: GeneratedValidator, value: unknown): string[] {
  return validate(value) ? [] : schemaErrorMessages(validate.errors ?? [], value, PATTERN_MESSAGES);
}

type Migrated = { ok: true; value: Record<string, unknown>; from?: number } | { ok: false; errors: string[] };

/** The object in the current format's shape (not yet validated), or why it cannot be. */
function migrate(raw: Record<string, unknown>): Migrated {
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
      const errors = check(validateDraftV0, raw);
      if (errors.length > 0) return { ok: false, errors: errors.map((m) => `（旧版草稿）${m}`) };
      return { ok: true, value: migrateV1toV2(migrateV0toV1(raw as unknown as PlanV0)), from: 0 };
    }
  }
}

function readValue(value: unknown): ReadResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail('方案文件应是一个 JSON 对象（{ … }）');
  }
  const migrated = migrate(value as Record<string, unknown>);
  if (!migrated.ok) return fail(...migrated.errors);
  const errors = check(validatePlanSchema, migrated.value);
  if (errors.length > 0) return fail(...errors);
  const plan = migrated.value as unknown as Plan;
  // Reasons count without the spaces around them (the zod schema trims them too).
  for (const waiver of plan.waivers) waiver.reason = waiver.reason.trim();
  const problems = validatePlan(plan);
  if (problems.length > 0) return fail(...problems);
  return migrated.from === undefined ? { ok: true, plan } : { ok: true, plan, migratedFrom: migrated.from };
}

/**
 * Read a plan from file text or an already parsed value (which is copied,
 * not changed: the validator fills in defaults).
 */
export function readPlan(input: unknown, options: { maxChars?: number } = {}): ReadResult {
  const maxChars = options.maxChars ?? MAX_PLAN_CHARS;
  try {
    if (typeof input !== 'string') return readValue(structuredClone(input));
    if (input.length > maxChars) return fail(tooLarge(input.length, maxChars));
    let value: unknown;
    try {
      value = JSON.parse(input);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return fail(`不是有效的 JSON 文件（${detail}）`);
    }
    return readValue(value);
  } catch (error) {
    // Only pathological input gets here (nesting deep enough to exhaust the stack).
    const detail = error instanceof Error ? error.message : String(error);
    return fail(`无法读取方案：${detail}`);
  }
}
