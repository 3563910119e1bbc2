/**
 * The plan format version this code writes. Its own module, without zod, so
 * the planner's browser code can stamp new plans with it. Older files are
 * migrated (migrations.ts, upgrade.ts).
 */
export const PLAN_VERSION = 2;
