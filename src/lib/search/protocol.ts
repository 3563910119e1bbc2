/**
 * Messages between the page and the search worker. A request carries an id;
 * the answer carries the same id, so that the page can drop answers to
 * queries the reader has already typed past.
 */
import type { QueryRequest, QueryResponse } from './service.ts';

/** What the page asks. */
export type WorkerMessage = { type: 'warm' } | { type: 'query'; request: QueryRequest };

export type WorkerRequest = WorkerMessage & { id: number };

export type WorkerResponse =
  { id: number; ok: true; response: QueryResponse | null } | { id: number; ok: false; error: string };
