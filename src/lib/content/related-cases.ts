/**
 * Cases a topic page does not compare yet: a case whose themes meet the
 * topic's but whose page the topic never links to. Topic pages are written
 * by hand, case by case; this lets a newly added case show up on every topic
 * it concerns at once (相关案例), until an author writes it into the page.
 */
import { createRoutes } from '../routes.ts';

/** Links as authors write them in Markdown: site paths, without the base. */
const sitePaths = createRoutes('/');

export interface CaseSummary {
  slug: string;
  city: string;
  themes: readonly string[];
}

/** How many not-yet-compared cases a topic page lists; the rest are one link away, in the 案例库. */
export const MORE_CASES_SHOWN = 10;

/**
 * Cases sharing a theme with the topic and not linked from its Markdown:
 * those sharing the most of its themes first, then in the given order.
 */
export function casesNotYetCompared(
  topic: { themes: readonly string[]; body: string },
  cases: readonly CaseSummary[],
): CaseSummary[] {
  const shared = (c: CaseSummary) => c.themes.filter((t) => topic.themes.includes(t)).length;
  return cases
    .map((c, order) => ({ c, order, shared: shared(c) }))
    .filter(({ c, shared }) => shared > 0 && !topic.body.includes(sitePaths.case(c.slug)))
    .sort((a, b) => b.shared - a.shared || a.order - b.order)
    .map(({ c }) => c);
}
