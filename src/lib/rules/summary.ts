/**
 * A count of verdicts per status, all zero: the engine's report summary and
 * the planner's counts per severity. Its own module, so the planner's eager
 * code (verdicts.ts) can use it without pulling in the engine, which loads
 * only when a plan is checked.
 */
import type { Status } from './labels.ts';

export const emptySummary = (): Record<Status, number> => ({
  pass: 0,
  fail: 0,
  warn: 0,
  waived: 0,
  'needs-info': 0,
  'not-applicable': 0,
});
