/**
 * The search worker: loads the site's Pagefind bundle and answers queries
 * with the query strategy of src/lib/search (answer.ts). Pagefind runs here
 * in-thread: a worker has no document, so Pagefind neither starts a worker of
 * its own nor segments the query with Intl.Segmenter (we hand it index words).
 * Its fetches are watched, so that a query whose index files did not arrive
 * says the network is gone instead of "nothing found".
 */
import type { WorkerRequest, WorkerResponse } from '../../lib/search/protocol.ts';
import { watchFetch } from '../../lib/search/fetch-watch.ts';
import { routes } from '../../lib/routes.ts';
import { createAnswerer, type PagefindModule } from './answer.ts';

const bundle = routes.file('pagefind/');
const fetches = watchFetch(self.fetch.bind(self));
self.fetch = fetches.fetch;

const answer = createAnswerer(
  async () => (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindModule,
  bundle,
  fetches,
);

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  void answer(event.data).then((reply: WorkerResponse) => self.postMessage(reply));
});
