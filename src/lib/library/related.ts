/**
 * 相关案例: for each case, the cases that share the most with it, ranked at
 * build time from their themes and glossary terms. A shared feature counts
 * for more the rarer it is in the library (its inverse document frequency,
 * log(N / cases having it)): nearly every case has 服务群众, few have 大党委,
 * so sharing 大党委 says more. Ties go to more shared features, then to the
 * registry's order, so the ranking is the same on every build. Pure.
 *
 * Cost: one pass to count features, then for each case asked about, one pass
 * over the others: at 1,000 cases a build makes a million cheap set
 * intersections in all, `astro dev` a thousand for the page it shows.
 */

export interface RelatedInput {
  slug: string;
  themes: readonly string[];
  /** Glossary term ids the case page marks with :term[…]. */
  terms: readonly string[];
}

export interface RelatedCase {
  slug: string;
  score: number;
  /** Shared themes, rarest first. */
  themes: string[];
  /** Shared term ids, rarest first. */
  terms: string[];
}

export const RELATED_LIMIT = 5;

type Feature = `theme:${string}` | `term:${string}`;

const featuresOf = (c: RelatedInput): Set<Feature> =>
  new Set<Feature>([
    ...c.themes.map((t) => `theme:${t}` as const),
    ...c.terms.map((t) => `term:${t}` as const),
  ]);

/** For every case (by slug), its top `limit` related cases; cases sharing nothing are left out. */
export function relatedCases(
  cases: readonly RelatedInput[],
  limit = RELATED_LIMIT,
): Map<string, RelatedCase[]> {
  const rank = relatedRanker(cases, limit);
  return new Map(cases.map((c) => [c.slug, rank(c.slug)]));
}

/**
 * The same ranking, one case at a time: the features are counted once (one
 * pass over the library), then each call ranks one case against the others.
 * A build asks for every case; `astro dev` asks only for the page being
 * viewed, so an edit costs one pass over the library, not every pair.
 */
export function relatedRanker(
  cases: readonly RelatedInput[],
  limit = RELATED_LIMIT,
): (slug: string) => RelatedCase[] {
  const features = cases.map(featuresOf);
  const position = new Map(cases.map((c, i) => [c.slug, i]));
  const frequency = new Map<Feature, number>();
  for (const set of features) for (const f of set) frequency.set(f, (frequency.get(f) ?? 0) + 1);
  const weight = (f: Feature) => Math.log(cases.length / (frequency.get(f) ?? 1));
  const rarestFirst = (a: Feature, b: Feature) =>
    (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0);
  const better = (a: Scored, b: Scored) => b.score - a.score || b.shared - a.shared || a.order - b.order;

  return (slug) => {
    const i = position.get(slug);
    if (i === undefined) return [];
    // The case's features rarest first, with their weights: walking them in this order against
    // each other case gives its shared features already sorted and the score summed in that
    // order, so a pair costs a few set lookups and allocates nothing (at 1,000 cases a build
    // ranks a million pairs; building and sorting a list per pair was most of its time).
    const mine = [...features[i]!].sort(rarestFirst);
    const weights = mine.map(weight);
    const top: Scored[] = [];
    for (let j = 0; j < cases.length; j += 1) {
      if (j === i) continue;
      const theirs = features[j]!;
      let score = 0;
      let shared = 0;
      for (let k = 0; k < mine.length; k += 1) {
        if (!theirs.has(mine[k]!)) continue;
        score += weights[k]!;
        shared += 1;
      }
      if (shared === 0) continue;
      const candidate = { order: j, score, shared };
      if (top.length === limit && better(candidate, top[limit - 1]!) >= 0) continue;
      top.push(candidate);
      top.sort(better);
      if (top.length > limit) top.pop();
    }
    return top.map(({ order, score }) => {
      const shared = mine.filter((f) => features[order]!.has(f));
      return {
        slug: cases[order]!.slug,
        score,
        themes: shared.filter((f) => f.startsWith('theme:')).map((f) => f.slice('theme:'.length)),
        terms: shared.filter((f) => f.startsWith('term:')).map((f) => f.slice('term:'.length)),
      };
    });
  };
}

/** A candidate while ranking: its place in the library, score and number of shared features. */
interface Scored {
  order: number;
  score: number;
  shared: number;
}

/** How many shared terms and themes the reason names: terms first (they are the more specific), rarest first. */
const REASON_ITEMS = 3;

/** Why a case is related, for readers, in one short line: “共同术语：大党委；共同主题：网格化治理”, “…等，共 12 项相同”. */
export function relatedReason(related: RelatedCase, termName: (id: string) => string): string {
  const terms = related.terms.slice(0, REASON_ITEMS).map(termName);
  const themes = related.themes.slice(0, REASON_ITEMS - terms.length);
  const total = related.terms.length + related.themes.length;
  const named = [
    terms.length > 0 ? `共同术语：${terms.join('、')}` : '',
    themes.length > 0 ? `共同主题：${themes.join('、')}` : '',
  ]
    .filter(Boolean)
    .join('；');
  return total > terms.length + themes.length ? `${named}等，共 ${total} 项相同` : named;
}
