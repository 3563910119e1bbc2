/**
 * What the search UI asks for, answered over a Pagefind instance: ranked
 * results for a query (or, with no query, every page in the site's order),
 * narrowed by facet selections, one page of them presented for display, and
 * facet counts when wanted. The worker serves this; the tests call it too.
 */
import { createSearchEngine, type EngineOptions, type SearchEngine } from './engine.ts';
import { applySelection, countFacets, type FacetCounts, type Membership, type Selection } from './facets.ts';
import type { PagefindFragment } from './pagefind-types.ts';
import { FACETS, presentResult, type ResultView } from './present.ts';

export interface QueryRequest {
  query: string;
  filters: Selection;
  offset: number;
  limit: number;
  /** Also count facet values (the search page does, the dialog does not). */
  facets: boolean;
}

export interface QueryResponse {
  query: string;
  /** Results after the facet selection. */
  total: number;
  results: ResultView[];
  facets?: FacetCounts;
}

/** The facets in the order the search page shows them. */
const FACET_ORDER: readonly string[] = [FACETS.kind, FACETS.city, FACETS.theme, FACETS.level];

/** The sort key PageFacets.astro gives every page: type first, then the sidebar order. */
const ORDER_SORT = 'order';

export interface SearchService {
  engine: SearchEngine;
  query(request: QueryRequest): Promise<QueryResponse>;
}

/** The service runs one engine and adds nothing to configure, so it takes the engine's options. */
export type ServiceOptions = EngineOptions;

interface Hit {
  id: string;
  load(): Promise<PagefindFragment>;
}

export async function createSearchService(options: ServiceOptions): Promise<SearchService> {
  const { pagefind } = options;
  const engine = await createSearchEngine(options);
  let membership: Promise<Membership> | undefined;

  const loadMembership = async (): Promise<Membership> => {
    const all = await pagefind.filters();
    const out: Membership = new Map();
    for (const [facet, values] of Object.entries(all)) {
      if (!FACET_ORDER.includes(facet)) continue;
      const byValue = new Map<string, Set<string>>();
      for (const value of Object.keys(values)) {
        const response = await pagefind.search(null, { filters: { [facet]: [value] } });
        byValue.set(value, new Set((response?.results ?? []).map((r) => r.id)));
      }
      out.set(facet, byValue);
    }
    return out;
  };

  const hitsFor = async (query: string): Promise<Hit[]> => {
    if (query !== '') {
      return (await engine.search(query)).map((r) => ({ id: r.id, load: () => r.result.data() }));
    }
    const response = await pagefind.search(null, { sort: { [ORDER_SORT]: 'asc' } });
    return (response?.results ?? []).map((r) => ({ id: r.id, load: () => r.data() }));
  };

  return {
    engine,
    async query({ query, filters, offset, limit, facets }) {
      const text = query.trim();
      const hits = await hitsFor(text);
      const selecting = Object.values(filters).some((values) => values.length > 0);
      const members = selecting || facets ? await (membership ??= loadMembership()) : undefined;
      const ids = hits.map((h) => h.id);
      const keptIds = members ? new Set(applySelection(ids, members, filters)) : new Set(ids);
      const kept = hits.filter((h) => keptIds.has(h.id));
      const pageOf = kept.slice(offset, offset + limit);
      const terms = text === '' ? [] : engine.explain(text).highlights;
      const results = await Promise.all(pageOf.map(async (h) => presentResult(await h.load(), terms)));
      return {
        query: text,
        total: kept.length,
        results,
        ...(facets && members ? { facets: countFacets(ids, members, filters, FACET_ORDER) } : {}),
      };
    },
  };
}
