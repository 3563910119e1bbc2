/**
 * /planner/data.json: what the planner needs in the browser — rule packs,
 * model templates (the example plans that pass their own packs), the plan
 * vocabulary and JSON Schema — built once at build time from content/data
 * (see src/lib/plan-editing/build-data.ts). Fetched by the planner island, so
 * the page's HTML and JavaScript stay small.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { buildPlannerData } from '../../loaders/planner-data.ts';

const planFiles = import.meta.glob<string>('../../../content/data/plans/*.json', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export const GET: APIRoute = async () => {
  const packs = (await getCollection('rules')).map((e) => e.data).sort((a, b) => a.id.localeCompare(b.id));
  const plans = new Map(
    Object.entries(planFiles)
      .map(([path, text]) => [path.replace(/^.*\//, '').replace(/\.json$/, ''), text] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  const cases = Object.fromEntries(
    (await getCollection('docs', (e) => e.id.startsWith('cases/'))).map((e) => [
      e.id.replace(/^cases\//, ''),
      e.data.title,
    ]),
  );
  const sources = (await getCollection('sources')).map((e) => e.data);
  return new Response(JSON.stringify(buildPlannerData({ packs, plans, cases, sources })), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
