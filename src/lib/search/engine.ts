/**
 * The query strategy end to end, over any Pagefind instance: normalise and
 * segment the query with the dictionary, plan the searches, run them, merge.
 * No DOM: the browser runs it in a worker, the tests in Node, against the
 * same built index.
 */
import type { Dictionary } from './dictionary.ts';
import { mergeOutcomes, type RankedResult } from './merge.ts';
import {
  highlightTerms,
  MIN_RESULTS,
  PHRASE_BONUS,
  planQuery,
  WEIGHTS,
  type SearchVariant,
  type VariantWeights,
} from './plan.ts';
import { FACETS, type HighlightTerm } from './present.ts';
import { segmentQuery, type Unit, type WordSplitter } from './segment.ts';
import type { PagefindApi, PagefindFilters, PagefindRanking } from './pagefind-types.ts';
import { RECORD_FILTER } from './records.ts';

/** Multiplier of glossary entries' scores, decided by the relevance suite (EVIDENCE.md). */
const RECORD_WEIGHT = 0.35;

/**
 * Multipliers of whole kinds of page (the search facet 类型). Readers search
 * for practice: for 兼职委员 or 第一书记 the case that describes it and the
 * glossary entry come before the rule packs that check it, which repeat the
 * term in every rule and so would win on frequency. Decided by the
 * relevance suite's practice queries (tests/search/suite.ts).
 */
const KIND_WEIGHTS: Readonly<Record<string, number>> = { 规则: 0.35 };

/** Ranking weights handed to Pagefind, decided by the relevance suite (EVIDENCE.md). */
export const RANKING: PagefindRanking = {
  termSimilarity: 1,
  // Pages run from a glossary entry of three lines to case pages of ten
  // thousand words: full length normalisation (Pagefind's 0.75) buries the
  // case pages, none lets any long page win on sheer size.
  pageLength: 0.3,
  termSaturation: 1.4,
  termFrequency: 1,
  // The title, and the case's own model names and slogans (PageFacets.astro).
  metaWeights: { title: 5, keywords: 3 },
};

export interface SearchEngine {
  /** The units and searches a query turns into (for the evidence and the tests). */
  explain(query: string): {
    units: Unit[];
    variants: SearchVariant[];
    phrases: string[];
    /** What result excerpts mark for the query. */
    highlights: HighlightTerm[];
  };
  /** Ranked pages for a query, optionally within filters. */
  search(query: string, filters?: PagefindFilters): Promise<RankedResult[]>;
}

export interface EngineOptions {
  pagefind: PagefindApi;
  dictionary: Dictionary;
  split: WordSplitter;
  ranking?: PagefindRanking;
  weights?: VariantWeights;
  /** Score bonus for pages with the query's phrases (0 turns phrase searches off). */
  phraseBonus?: number;
  /** Multiplier of the scores of records (glossary entries), see merge.ts. */
  recordWeight?: number;
  /** Multipliers of kinds of page (类型), see KIND_WEIGHTS. */
  kindWeights?: Readonly<Record<string, number>>;
}

/**
 * The query's plan (units, variants, phrases, highlights). The service asks
 * again for the plan of the query just searched (to mark its excerpts): the
 * last one is kept rather than segmented twice.
 */
function lastPlanKept(
  dictionary: Dictionary,
  split: WordSplitter,
  weights: VariantWeights,
): SearchEngine['explain'] {
  let last: { query: string; plan: ReturnType<SearchEngine['explain']> } | undefined;
  return (query) => {
    if (last?.query !== query) {
      const units = segmentQuery(query, dictionary, split);
      last = {
        query,
        plan: {
          units,
          ...planQuery(units, dictionary, weights),
          highlights: highlightTerms(units, dictionary),
        },
      };
    }
    return last.plan;
  };
}

export async function createSearchEngine({
  pagefind,
  dictionary,
  split,
  ranking = RANKING,
  weights = WEIGHTS,
  phraseBonus = PHRASE_BONUS,
  recordWeight = RECORD_WEIGHT,
  kindWeights = KIND_WEIGHTS,
}: EngineOptions): Promise<SearchEngine> {
  await pagefind.options({ ranking });
  const explain = lastPlanKept(dictionary, split, weights);
  let recordIds: Promise<Set<string>> | undefined;
  const records = () =>
    (recordIds ??= pageIds(null, { [RECORD_FILTER.name]: RECORD_FILTER.value }).catch(
      () => new Set<string>(),
    ));
  let kindPages: Promise<Array<{ pages: Set<string>; weight: number }>> | undefined;
  const kinds = () =>
    (kindPages ??= Promise.all(
      Object.entries(kindWeights).map(async ([kind, weight]) => ({
        pages: await pageIds(null, { [FACETS.kind]: kind }).catch(() => new Set<string>()),
        weight,
      })),
    ));
  const pageIds = async (term: string | null, filters: PagefindFilters | undefined) =>
    new Set(((await pagefind.search(term, filters ? { filters } : {}))?.results ?? []).map((r) => r.id));
  const run = (variants: readonly SearchVariant[], filters: PagefindFilters | undefined) =>
    Promise.all(
      variants.map(async (variant) => {
        const response = await pagefind.search(variant.query, filters ? { filters } : {});
        return { variant, results: response?.results ?? [] };
      }),
    );
  return {
    explain,
    async search(query, filters) {
      const { variants, phrases } = explain(query);
      const [outcomes, phraseHits, recordSet, kindSets] = await Promise.all([
        run(
          variants.filter((v) => !v.fallback),
          filters,
        ),
        phraseBonus > 0 ? Promise.all(phrases.map((phrase) => pageIds(phrase, filters))) : [],
        records(),
        kinds(),
      ]);
      // Too little for the query as typed: look for its words apart.
      const found = new Set(outcomes.flatMap((o) => o.results.map((r) => r.id)));
      if (found.size < MIN_RESULTS)
        outcomes.push(
          ...(await run(
            variants.filter((v) => v.fallback),
            filters,
          )),
        );
      return mergeOutcomes(outcomes, {
        phraseHits,
        phraseBonus,
        records: recordSet,
        recordWeight,
        kindWeights: kindSets,
      });
    },
  };
}
