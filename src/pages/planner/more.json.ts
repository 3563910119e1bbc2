/**
 * /planner/more.json: the start screen's templates and the case and source
 * titles citations name (src/lib/plan-editing/data.ts, PlannerMore). A first
 * visit fetches it with the index; a return visit after its plan is shown.
 */
import type { APIRoute } from 'astro';
import { jsonResponse, plannerFiles } from './_files.ts';

export const GET: APIRoute = async () => jsonResponse((await plannerFiles()).more);
