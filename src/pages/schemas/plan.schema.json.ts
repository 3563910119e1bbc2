/**
 * /schemas/plan.schema.json: the plan format as JSON Schema, generated at
 * build time from the zod schema in src/lib/plan-format/schema.ts.
 */
import type { APIRoute } from 'astro';
import { planJsonSchema } from '../../lib/plan-format/json-schema.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(planJsonSchema(site?.href), null, 2)}\n`, {
    headers: { 'content-type': 'application/schema+json; charset=utf-8' },
  });
