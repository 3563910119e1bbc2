/**
 * The page's side of the search worker: starts it on first use, sends
 * requests, resolves each answer by its id.
 */
import type { WorkerMessage, WorkerRequest, WorkerResponse } from '../../lib/search/protocol.ts';
import type { QueryRequest, QueryResponse } from '../../lib/search/service.ts';

type Pending = { resolve(value: QueryResponse | null): void; reject(error: Error): void };

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function start(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: '搜索' });
  worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
    const message = event.data;
    const waiting = pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id);
    if (message.ok) waiting.resolve(message.response);
    else waiting.reject(new Error(message.error));
  });
  worker.addEventListener('error', () => {
    for (const waiting of pending.values()) waiting.reject(new Error('搜索组件加载失败'));
    pending.clear();
  });
  return worker;
}

function send(message: WorkerMessage): { id: number; done: Promise<QueryResponse | null> } {
  const id = nextId;
  nextId += 1;
  const done = new Promise<QueryResponse | null>((resolve, reject) => pending.set(id, { resolve, reject }));
  const request: WorkerRequest = { ...message, id };
  start().postMessage(request);
  return { id, done };
}

/** Load the index's entry files ahead of the first query. */
export function warmUp(): void {
  void send({ type: 'warm' }).done.catch(() => undefined);
}

/** Run a query; `id` increases with every call, for dropping stale answers. */
export function runQuery(request: QueryRequest): { id: number; done: Promise<QueryResponse | null> } {
  return send({ type: 'query', request });
}
