/**
 * /planner/sources.json: the sources' bibliographic records (GB/T 7714
 * parts), which only the meeting papers (会议材料) cite. A file of its own,
 * fetched when a paper is made, so the planner page does not carry them.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { toSourceRecord } from '../../lib/documents/gbt7714.ts';
import { jsonResponse } from './_files.ts';

export const GET: APIRoute = async () =>
  jsonResponse((await getCollection('sources')).map((e) => toSourceRecord(e.data)));
