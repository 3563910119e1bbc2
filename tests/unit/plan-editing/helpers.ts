/**
 * Shared by the planner tests: the planner data exactly as the build makes it
 * (src/loaders/planner-data.ts over the real packs and example plans).
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

const files = buildPlannerData({
  packs,
  plans: exampleTexts,
  cases: { 'nanchang-xihu': '南昌西湖区' },
});

/** The planner's index and listing with, in place of the lists, the packs and templates they list (fetched on demand in the browser). */
export const data = {
  ...files.index,
  ...files.more,
  packs: files.packs,
  templates: files.templates,
} satisfies PlannerData;
