/**
 * Writing plan files: read.ts reads them back. The zod schema gives the keys
 * their stable order, so a plan saved twice is the same file.
 */
import { planFileText } from './file-text.ts';
import { planSchema, type Plan } from './schema.ts';

/** The text of a plan file: stable key order as written by the schema, two-space indent, final newline. */
export function serialisePlan(plan: Plan): string {
  return planFileText(planSchema.parse(plan));
}
