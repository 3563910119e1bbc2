/**
 * Shared by the planner tests: the planner data exactly as the build makes it
 * (src/lib/plan-editing/build-data.ts over the real packs and example plans).
 */
import { readFileSync } from 'node:fs';
import { buildPlannerData } from '../../../src/loaders/planner-data.ts';
import type { PlannerData } from '../../../src/lib/plan-editing/data.ts';
import { examplePlanFiles, loadPacks } from '../../../src/loaders/rule-packs.ts';
import { ROOT } from '../../helpers/paths.ts';

export const packs = loadPacks(ROOT);
export const exampleTexts = new Map(
  [...examplePlanFiles(ROOT)].map(([name, file]) => [name, readFileSync(file, 'utf8')]),
);

export const data: PlannerData = buildPlannerData({
  packs,
  plans: exampleTexts,
  cases: { 'nanchang-xihu': '南昌西湖区' },
});
