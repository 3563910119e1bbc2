/** /data/figures.json — every figure, the same rows as the CSV. */
import type { APIRoute } from 'astro';
import { siteFigureRows } from '../../loaders/figure-rows.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify({ figures: await siteFigureRows() }, null, 1), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
