/**
 * Answering the page's search requests over a Pagefind instance: the same in
 * the search worker (served site) and in the offline package's search script
 * (file://, no workers). Index files that fail to load make the answer a
 * network failure, not an empty result.
 */
import dictionaryData from 'virtual:search-dictionary';
import { createDictionary } from '../../lib/search/dictionary.ts';
import { intlWordSplitter } from '../../lib/search/segment.ts';
import { createSearchService, type SearchService } from '../../lib/search/service.ts';
import type { PagefindApi } from '../../lib/search/pagefind-types.ts';
import { NETWORK_FAILURE, type WorkerRequest, type WorkerResponse } from '../../lib/search/protocol.ts';
import type { WatchedFetch } from '../../lib/search/fetch-watch.ts';

export interface PagefindModule {
  createInstance(options: {
    basePath: string;
    baseUrl?: string;
    noWorker?: boolean;
  }): PagefindApi & { init(): Promise<void> };
}

/** An answerer for requests; `fetches` are the ones Pagefind makes, watched. */
export function createAnswerer(
  loadPagefind: () => Promise<PagefindModule>,
  basePath: string,
  fetches: WatchedFetch,
): (request: WorkerRequest) => Promise<WorkerResponse> {
  let service: Promise<SearchService> | undefined;
  const start = async () => {
    // baseUrl "/": results carry site paths ("/cases/x/"), which routes.page turns into this page's URLs.
    const pagefind = (await loadPagefind()).createInstance({ basePath, baseUrl: '/', noWorker: true });
    await pagefind.init();
    return createSearchService({
      pagefind,
      dictionary: createDictionary(dictionaryData),
      split: intlWordSplitter(),
    });
  };
  return async (message) => {
    const failedBefore = fetches.failures();
    try {
      service ??= start();
      const s = await service;
      const response = message.type === 'query' ? await s.query(message.request) : null;
      if (fetches.failures() > failedBefore) return { id: message.id, ok: false, error: NETWORK_FAILURE };
      return { id: message.id, ok: true, response };
    } catch (error) {
      // A start that failed is tried again with the next request (the network may be back).
      service = undefined;
      const network = fetches.failures() > failedBefore || error instanceof TypeError;
      return { id: message.id, ok: false, error: network ? NETWORK_FAILURE : String(error) };
    }
  };
}
