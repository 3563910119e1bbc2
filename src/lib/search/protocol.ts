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

/** The error a query answers with when index files it needed did not arrive. */
export const NETWORK_FAILURE = 'network';

/** What the reader is told when a query fails: the network, or something else. */
export function searchFailureText(error: string, online: boolean): string {
  return error === NETWORK_FAILURE || !online
    ? '网络不可用，搜索需要的索引文件没有取到。请联网后再试；在“离线使用”页下载全站后，断网也能搜索。'
    : '搜索暂时不可用，请稍后刷新页面再试。';
}
