/**
 * /planner/data.json: the planner's index — pack titles, the plan vocabulary,
 * the versions — all a first screen needs. The templates' list and the
 * names citations use are more.json; packs and templates are files of their
 * own (packs/[id].json.ts, templates/[id].json.ts), fetched when a plan
 * needs them, so the page's data stays small.
 */
import type { APIRoute } from 'astro';
import { jsonResponse, plannerFiles } from './_files.ts';

export const GET: APIRoute = async () => jsonResponse((await plannerFiles()).index);
