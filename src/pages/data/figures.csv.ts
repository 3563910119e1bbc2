/** /data/figures.csv — every figure, UTF-8 with BOM for spreadsheet programs. */
import type { APIRoute } from 'astro';
import { figuresCsv } from '../../lib/figures/export.ts';
import { siteFigureRows } from '../../loaders/figure-rows.ts';

export const GET: APIRoute = async () =>
  new Response(figuresCsv(await siteFigureRows()), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
