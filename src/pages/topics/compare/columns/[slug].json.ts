/**
 * /topics/compare/columns/<slug>.json: one case's column of the compare page
 * (src/lib/content/compare-columns.ts), fetched when the reader adds the case.
 * The page itself carries only the default cases' columns, so that it does
 * not grow with the library; the service worker keeps these files for
 * offline use like every built file.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CASE_RECORDS } from '../../../../lib/content/registry.ts';
import { compareData } from '../../../../components/compare/compare-data.ts';
import { routes } from '../../../../lib/routes.ts';

export const getStaticPaths = (() =>
  CASE_RECORDS.map(({ slug }) => ({ params: { slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const column = (await compareData()).column(String(params['slug']));
  // The links are written for this build's base; the page reading the file re-roots them (offline package).
  return new Response(JSON.stringify({ base: routes.base, ...column }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
