/**
 * Links between pages, computed from the Markdown bodies: which topic pages
 * link to which case pages. A case page lists the topics that draw on it, so
 * the two directions never disagree.
 */
import { routes } from '../routes.ts';

export interface DocSummary {
  /** Collection id, e.g. "topics/regional". */
  id: string;
  title: string;
  kind: string;
  /** Raw Markdown body. */
  body: string;
}

export interface Backlink {
  href: string;
  title: string;
  /** How many times the linking page points at the target. */
  count: number;
}

const CASE_LINK = /\]\(\/cases\/([a-z0-9-]+)\/(?:#[^)\s]*)?\)/g;

/** Case slugs a Markdown body links to, with how often. */
export function caseLinksIn(body: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const match of body.matchAll(CASE_LINK)) {
    const slug = match[1] ?? '';
    counts.set(slug, (counts.get(slug) ?? 0) + 1);
  }
  return counts;
}

/** For each case slug, the pages of the given kind that link to it (most links first). */
export function backlinksToCases(docs: DocSummary[], fromKind: string): Map<string, Backlink[]> {
  const result = new Map<string, Backlink[]>();
  for (const doc of docs.filter((d) => d.kind === fromKind)) {
    for (const [slug, count] of caseLinksIn(doc.body)) {
      const list = result.get(slug) ?? [];
      list.push({ href: routes.entry(doc.id), title: doc.title, count });
      result.set(slug, list);
    }
  }
  for (const list of result.values())
    list.sort((a, b) => b.count - a.count || a.title.localeCompare(b.title, 'zh-CN'));
  return result;
}

/**
 * The cities a page discusses: those of the case pages it links to, in the
 * order of `caseCities` (the case list's order). A topic page is found under
 * 城市：长沙 in search exactly when 长沙's case page lists it among its topics.
 */
export function citiesLinkedFrom(body: string, caseCities: ReadonlyMap<string, string>): string[] {
  const linked = caseLinksIn(body);
  return [...caseCities].filter(([slug]) => linked.has(slug)).map(([, city]) => city);
}
