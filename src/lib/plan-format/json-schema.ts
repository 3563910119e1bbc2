/**
 * The plan format as JSON Schema (draft 2020-12), generated from the zod
 * schema so the two cannot drift. Published at /schemas/plan.schema.json.
 * It describes the input shape: fields with defaults are optional. The checks
 * in validate.ts (unique ids, nesting) are not expressible in it.
 */
import { z } from 'zod';
import { planSchema } from './schema.ts';
import { routes } from '../routes.ts';

export function planJsonSchema(site?: string): Record<string, unknown> {
  const schema = z.toJSONSchema(planSchema, { io: 'input', target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
  const { $schema, ...rest } = schema;
  return {
    $schema,
    ...(site !== undefined && { $id: new URL(routes.planSchema(), site).href }),
    title: '班子方案（城市基层党建案例库 规划器）',
    ...rest,
  };
}
