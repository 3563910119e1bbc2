/**
 * The page's side of the search: sends requests, resolves each answer by its
 * id. Served, the answers come from the search worker, started on first use.
 * From file:// (the offline package), where workers cannot start, from the
 * package's search script, loaded on first use (same engine, same answers).
 */
import {
  NETWORK_FAILURE,
  type WorkerMessage,
  type WorkerRequest,
  type WorkerResponse,
} from '../../lib/search/protocol.ts';
import type { QueryRequest, QueryResponse } from '../../lib/search/service.ts';
import { routes } from '../../lib/routes.ts';
import { fromFile, OFFLINE_SEARCH, OFFLINE_SEARCH_GLOBAL } from '../../lib/offline/package-files.ts';
import { loadScript } from '../offline/load-script.ts';

type Pending = { resolve(value: QueryResponse | null): void; reject(error: Error): void };

let send: ((request: WorkerRequest) => void) | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function deliver(message: WorkerResponse): void {
  const waiting = pending.get(message.id);
  if (!waiting) return;
  pending.delete(message.id);
  if (message.ok) waiting.resolve(message.response);
  else waiting.reject(new Error(message.error));
}

function failAll(error: string): void {
  for (const waiting of pending.values()) waiting.reject(new Error(error));
  pending.clear();
}

function workerTransport(): (request: WorkerRequest) => void {
  const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: '搜索' });
  worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => deliver(event.data));
  // A worker whose script does not load: the network is gone (or the site changed under the page).
  worker.addEventListener('error', () => failAll(NETWORK_FAILURE));
  return (request) => worker.postMessage(request);
}

type Answer = (request: WorkerRequest) => Promise<WorkerResponse>;

function scriptTransport(): (request: WorkerRequest) => void {
  const ready = loadScript(routes.file(OFFLINE_SEARCH)).then(
    () => (globalThis as unknown as Record<string, Answer>)[OFFLINE_SEARCH_GLOBAL]!,
  );
  return (request) =>
    void ready.then((answer) => answer(request)).then(deliver, (error: unknown) => failAll(String(error)));
}

function post(message: WorkerMessage): { id: number; done: Promise<QueryResponse | null> } {
  const id = nextId;
  nextId += 1;
  const done = new Promise<QueryResponse | null>((resolve, reject) => pending.set(id, { resolve, reject }));
  send ??= fromFile(location.protocol) ? scriptTransport() : workerTransport();
  send({ ...message, id });
  return { id, done };
}

/** Load the index's entry files ahead of the first query. */
export function warmUp(): void {
  void post({ type: 'warm' }).done.catch(() => undefined);
}

/** Run a query; `id` increases with every call, for dropping stale answers. */
export function runQuery(request: QueryRequest): { id: number; done: Promise<QueryResponse | null> } {
  return post({ type: 'query', request });
}
