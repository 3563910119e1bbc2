/**
 * /reference/timeline/events/<n>.json: the HTML of the timeline's events
 * n × CHUNK_SIZE to (n + 1) × CHUNK_SIZE − 1 in date order, fetched by the
 * timeline page for the page of events it shows (timeline-view.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { timelineData } from '../../../../components/data/timeline-data.ts';
import { CHUNK_SIZE } from '../../../../lib/content/timeline-view.ts';
import { routes } from '../../../../lib/routes.ts';

export const getStaticPaths = (async () => {
  const { chunks } = await timelineData();
  return Array.from({ length: chunks }, (_, chunk) => ({ params: { chunk: String(chunk) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const chunk = Number(params['chunk']);
  const { items } = await timelineData();
  const body = { base: routes.base, items: items.slice(chunk * CHUNK_SIZE, (chunk + 1) * CHUNK_SIZE) };
  return new Response(JSON.stringify(body), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
