/**
 * /planner/sources.json: the sources' bibliographic records (GB/T 7714
 * parts), which the planner's meeting papers (会议材料) and the case and topic
 * pages' document tools cite (src/components/documents/page-sources.ts). A
 * file of its own, fetched when a document is made, so no page carries them.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { toSourceRecord } from '../../lib/documents/gbt7714.ts';
import { jsonResponse } from './_files.ts';

export const GET: APIRoute = async () =>
  jsonResponse((await getCollection('sources')).map((e) => toSourceRecord(e.data)));
