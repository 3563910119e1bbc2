/**
 * The part of Pagefind's search API (pagefind.js 1.6, `createInstance`) the
 * engine uses, typed from the built file: the engine takes it as a parameter,
 * so the same code runs in the browser's worker and in Node tests.
 */

/** A filter query: facet → values; `any` means one of them (OR). */
export type PagefindFilters = Record<string, string | string[] | { any: string[] } | { all: string[] }>;

interface PagefindSearchOptions {
  filters?: PagefindFilters;
  /** One sort key (data-pagefind-sort) and its direction. */
  sort?: Record<string, 'asc' | 'desc'>;
}

interface PagefindAnchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

export interface PagefindWeightedLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

/** A page's stored data: its URL, indexed text, meta, filters, anchors. */
export interface PagefindFragment {
  url: string;
  content: string;
  word_count: number;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  anchors: PagefindAnchor[];
  /** Locations of the matched words, for the search that produced it. */
  weighted_locations: PagefindWeightedLocation[];
  locations: number[];
}

export interface PagefindResult {
  /** The page's hash: stable for a build, the same across searches. */
  id: string;
  score: number;
  /** Word positions that matched. */
  words: number[];
  data(): Promise<PagefindFragment>;
}

interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Result counts per facet value under the given filters. */
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

export interface PagefindRanking {
  termSimilarity?: number;
  pageLength?: number;
  termSaturation?: number;
  termFrequency?: number;
  metaWeights?: Record<string, number>;
}

export interface PagefindApi {
  /** `null` searches by filters alone. Quoted terms run an exact (phrase) search. */
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse | null>;
  /** Every facet and value in the index, with page counts. */
  filters(): Promise<Record<string, Record<string, number>>>;
  options(options: { ranking?: PagefindRanking; excerptLength?: number }): Promise<void>;
}
