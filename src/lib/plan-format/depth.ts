/**
 * How deep each level of unit sits. Its own module so that the planner's
 * reader (validate.ts), which the page loads up front, needs nothing else of
 * the plan vocabulary (terms.ts re-exports it).
 */
import type { UnitKind } from './terms.ts';

/** Depth of each kind: a child must sit deeper than its parent (街道 → 社区 → 网格 → 微家). */
export const UNIT_DEPTH: Record<UnitKind, number> = {
  街道: 0,
  内设机构: 1,
  社区: 1,
  小区: 2,
  网格: 2,
  楼栋: 3,
  微家: 3,
};
