/**
 * Migration steps that need no schema library, so the browser's reader
 * (src/lib/planner/read.ts) applies them without loading zod: a version 1
 * plan opened from a share link or the browser's storage becomes version 2
 * on the spot. Steps that must validate an old shape first (version 0) stay
 * in migrations.ts.
 */

/**
 * Version 1 → 2: version 2 only added optional fields (participants, outline
 * units, features, funding, the members' party membership, 骨干, 双重组织生活,
 * 共驻共建责任书, the template) and duty kinds, so a version 1 plan is a
 * version 2 plan with the new facts not recorded: rules that need them say
 * so rather than guess. Nothing is dropped.
 */
export function migrateV1toV2(plan: Record<string, unknown>): Record<string, unknown> {
  return { ...plan, version: 2 };
}
