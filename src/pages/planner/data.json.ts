/**
 * /planner/data.json: the planner's index — pack and template titles, the
 * plan vocabulary, case titles — all the first screen needs. Packs and
 * templates are files of their own (packs/[id].json.ts, templates/[id].json.ts),
 * fetched when a plan needs them, so the page's data stays small.
 */
import type { APIRoute } from 'astro';
import { jsonResponse, plannerFiles } from './_files.ts';

export const GET: APIRoute = async () => jsonResponse((await plannerFiles()).index);
