/**
 * Turns validation issues into Chinese messages a secretary can act on:
 * the place is named by the units and members on the way down (根单位「某街道」
 * › 成员「m3」› 职务), not by a JSON path (where.ts, shared with the browser).
 */
import { z } from 'zod';
import { describePath, fieldLabel } from './where.ts';

// Kept importable from here, where build-data.ts takes it for the planner's field labels.
export { fieldLabel } from './where.ts';

const zhCN = z.locales.zhCN().localeError;

/** zod's Chinese messages, with a plainer one for a missing field. */
export const chineseErrors: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type' && issue.input === undefined) return '缺少此项（必填）';
  return zhCN(issue);
};

/** One message per issue: "place：problem". */
export function formatIssues(issues: readonly z.core.$ZodIssue[], input: unknown): string[] {
  return issues.map((issue) => `${describePath(input, issue.path, fieldLabel)}：${issue.message}`);
}
