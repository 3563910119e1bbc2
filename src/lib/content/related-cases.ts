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

/** Cases (in the given order) sharing a theme with the topic and not linked from its Markdown. */
export function casesNotYetCompared(
  topic: { themes: readonly string[]; body: string },
  cases: readonly CaseSummary[],
): CaseSummary[] {
  return cases.filter(
    (c) => c.themes.some((t) => topic.themes.includes(t)) && !topic.body.includes(sitePaths.case(c.slug)),
  );
}
