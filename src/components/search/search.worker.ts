/**
 * The search worker: loads the site's Pagefind bundle and answers queries
 * with the query strategy of src/lib/search. Pagefind runs here in-thread:
 * a worker has no document, so Pagefind neither starts a worker of its own
 * nor segments the query with Intl.Segmenter (we hand it index words).
 */
import dictionaryData from 'virtual:search-dictionary';
import { createDictionary } from '../../lib/search/dictionary.ts';
import { intlWordSplitter } from '../../lib/search/segment.ts';
import { createSearchService, type SearchService } from '../../lib/search/service.ts';
import type { PagefindApi } from '../../lib/search/pagefind-types.ts';
import type { WorkerRequest, WorkerResponse } from '../../lib/search/protocol.ts';
import { routes } from '../../lib/routes.ts';

interface PagefindModule {
  createInstance(options: { basePath: string }): PagefindApi & { init(): Promise<void> };
}

const bundle = routes.file('pagefind/');
let service: Promise<SearchService> | undefined;

async function startService(): Promise<SearchService> {
  const module = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindModule;
  const pagefind = module.createInstance({ basePath: bundle });
  await pagefind.init();
  return createSearchService({
    pagefind,
    dictionary: createDictionary(dictionaryData),
    split: intlWordSplitter(),
  });
}

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const message = event.data;
  const reply = (answer: WorkerResponse) => self.postMessage(answer);
  service ??= startService();
  service
    .then(async (s) => (message.type === 'query' ? s.query(message.request) : null))
    .then((response) => reply({ id: message.id, ok: true, response }))
    .catch((error: unknown) => reply({ id: message.id, ok: false, error: String(error) }));
});
