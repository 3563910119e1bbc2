/**
 * The search service as the worker builds it, but in Node: the built
 * pagefind.js, the dictionary built from the content, Node's Intl.Segmenter.
 */
import { createDictionary } from '../../src/lib/search/dictionary.ts';
import { buildSiteDictionary } from '../../src/loaders/search-dictionary.ts';
import { intlWordSplitter } from '../../src/lib/search/segment.ts';
import {
  createSearchService,
  type SearchService,
  type ServiceOptions,
} from '../../src/lib/search/service.ts';
import { ROOT } from '../helpers/paths.ts';
import { openPagefind, type NodePagefind } from './pagefind-node.ts';

export interface NodeSearch {
  service: SearchService;
  pagefind: NodePagefind;
  /** Page URLs for a query, best first (what the relevance suite scores). */
  rank(query: string, depth?: number): Promise<string[]>;
  close(): Promise<void>;
}

export async function openNodeSearch(
  overrides: Partial<
    Pick<
      ServiceOptions,
      'ranking' | 'weights' | 'phraseBonus' | 'dictionary' | 'recordWeight' | 'kindWeights'
    >
  > = {},
  dist?: string,
): Promise<NodeSearch> {
  const pagefind = await openPagefind(dist);
  const service = await createSearchService({
    pagefind: pagefind.pagefind,
    dictionary: createDictionary(buildSiteDictionary(ROOT)),
    split: intlWordSplitter(),
    ...overrides,
  });
  return {
    service,
    pagefind,
    async rank(query, depth = 10) {
      const ranked = await service.engine.search(query);
      return Promise.all(ranked.slice(0, depth).map(async (r) => (await r.result.data()).url));
    },
    close: () => pagefind.close(),
  };
}
