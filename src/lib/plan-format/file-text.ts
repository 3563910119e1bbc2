/**
 * The text of a plan file: two-space indent and a final newline, the keys in
 * the order the plan holds them. The planner writes downloads and share
 * links with it (without zod); write.ts puts the keys in the schema's order
 * first.
 */
import type { Plan } from './schema.ts';

export function planFileText(plan: Plan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}
