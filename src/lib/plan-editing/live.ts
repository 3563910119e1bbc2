/**
 * What editing a plan needs beyond its first screen, loaded as one piece
 * (stores/planner.ts): the rule engine, the view of its verdicts, and the
 * edits with the ids they hand out. A return visit shows the plan and its
 * stored verdicts without it.
 */
import * as edits from './edit.ts';
import { freshId, idsIn } from './ids.ts';

export { checkAll, compileLive, diffChecks, recheck } from './check.ts';
export { viewOf } from './verdict-view.ts';
export const ops = { ...edits, freshId, idsIn };
