/**
 * Merging the results of the searches one query runs (see plan.ts).
 *
 * Pagefind's score is a sum of BM25 term scores (plus meta boosts), so a
 * search with more words scores higher whatever it finds. Each result is
 * therefore scored per word of its search, times the search's weight, and a
 * page found by several searches keeps its best score. Pages that have the
 * query's phrases as such then get a bonus (see plan.ts).
 */
import { PHRASE_BONUS, type SearchVariant } from './plan.ts';
import type { PagefindResult } from './pagefind-types.ts';

export interface VariantOutcome {
  variant: SearchVariant;
  results: readonly PagefindResult[];
}

export interface RankedResult {
  /** Pagefind's page hash. */
  id: string;
  score: number;
  /** The Pagefind result that gave the best score (its data() carries the matched locations). */
  result: PagefindResult;
  variant: SearchVariant;
}

function wordCount(query: string): number {
  return query.split(' ').filter((w) => w !== '').length;
}

/**
 * A page's score grows by `phraseBonus` times the share of the query's
 * phrases it has. A record (a glossary entry indexed on its own) is a few
 * lines long, and BM25 favours short documents: its score is multiplied by
 * `recordWeight`, so that it ranks first when it is the answer (its term is
 * the query) and not whenever it mentions a word of the query.
 */
export interface MergeOptions {
  /** For each phrase search of the query, the pages that have the phrase. */
  phraseHits?: ReadonlyArray<ReadonlySet<string>>;
  phraseBonus?: number;
  /** Results that are records split out of a page (glossary entries), and what their scores are multiplied by. */
  records?: ReadonlySet<string>;
  recordWeight?: number;
  /** Pages of a kind (rule packs) and what their scores are multiplied by. */
  kindWeights?: ReadonlyArray<{ pages: ReadonlySet<string>; weight: number }>;
}

export function mergeOutcomes(
  outcomes: readonly VariantOutcome[],
  options: MergeOptions = {},
): RankedResult[] {
  const {
    phraseHits = [],
    phraseBonus = PHRASE_BONUS,
    records,
    recordWeight = 1,
    kindWeights = [],
  } = options;
  const best = new Map<string, RankedResult>();
  for (const { variant, results } of outcomes) {
    const perWord = Math.max(1, wordCount(variant.query));
    for (const result of results) {
      const score = (result.score / perWord) * variant.weight;
      const current = best.get(result.id);
      if (!current || score > current.score) best.set(result.id, { id: result.id, score, result, variant });
    }
  }
  for (const ranked of best.values()) {
    if (phraseHits.length > 0) {
      const share = phraseHits.filter((hits) => hits.has(ranked.id)).length / phraseHits.length;
      ranked.score *= 1 + phraseBonus * share;
    }
    if (records?.has(ranked.id)) ranked.score *= recordWeight;
    for (const { pages, weight } of kindWeights) if (pages.has(ranked.id)) ranked.score *= weight;
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
