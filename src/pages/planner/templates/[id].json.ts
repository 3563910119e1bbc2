/** /planner/templates/<id>.json: one model template, fetched when a secretary starts from it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse, plannerFiles } from '../_files.ts';
import type { PlannerTemplate } from '../../../lib/plan-editing/data.ts';

export const getStaticPaths = (async () =>
  (await plannerFiles()).templates.map((template) => ({
    params: { id: template.id },
    props: { template },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ template: PlannerTemplate }> = ({ props }) => jsonResponse(props.template);
