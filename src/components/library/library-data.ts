/**
 * The build's view of the case library, shared by every page that needs it
 * (the 案例库 page, each case page's 相关案例, the topic pages, the home
 * page): city, province, level and model type from the case registry
 * (registry.ts, where they are stated once), the year from the case's source
 * record's date, title and themes from the case
 * pages, terms from their Markdown.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { CASE_RECORDS, materialYear } from '../../lib/content/registry.ts';
import { termLabelsIn } from '../../lib/glossary/backlinks.ts';
import { pageMarkdown } from '../../loaders/page-markdown.ts';
import { termIndex } from '../../lib/glossary/names.ts';
import { cityRanks, pinyinPlaceOrder, type LibraryCase } from '../../lib/library/facets.ts';
import { relatedRanker, type RelatedCase } from '../../lib/library/related.ts';

export interface CaseLibrary {
  cases: LibraryCase[];
  /** A case's 相关案例, ranked when first asked for (a build asks for all, `astro dev` for one page). */
  related: (slug: string) => RelatedCase[];
  /** A glossary term's display name by id. */
  termName: (id: string) => string;
  /** Compares place names by pinyin. */
  collate: (a: string, b: string) => number;
}

type CasePage = CollectionEntry<'docs'>;
type GlossaryRecord = CollectionEntry<'glossary'>['data'];

/** The library last gathered, and what it was gathered from (ids and content digests). */
let last: { key: string; library: CaseLibrary } | undefined;

/** Glossary term ids a case page marks, by page id, with the digest they were read at. */
const termsByPage = new Map<string, { digest: string; terms: string[] }>();

/**
 * The terms a case page marks, read again only when the page (or the glossary, which `names`
 * stands for) changed: after an edit in `astro dev`, one page's text is scanned, not a thousand.
 */
function termsOfPage(page: CasePage, terms: ReturnType<typeof termIndex>, glossaryKey: string): string[] {
  const digest = `${String(page.digest ?? '')}|${glossaryKey}`;
  const known = termsByPage.get(page.id);
  if (known?.digest === digest) return known.terms;
  const ids = [...new Set(termLabelsIn(pageMarkdown(page)).flatMap((label) => terms.get(label)?.id ?? []))];
  termsByPage.set(page.id, { digest, terms: ids });
  return ids;
}

function gather(
  pages: ReadonlyMap<string, CasePage>,
  glossary: readonly GlossaryRecord[],
  glossaryKey: string,
  sourceDates: ReadonlyMap<string, string>,
): CaseLibrary {
  const terms = termIndex(glossary);
  const collate = pinyinPlaceOrder();
  const records = CASE_RECORDS.filter((r) => pages.has(r.slug));
  const ranks = cityRanks(records, collate);
  const cases = records.map((r, order): LibraryCase => ({
    slug: r.slug,
    title: pages.get(r.slug)!.data.title,
    city: r.city,
    province: r.province,
    level: r.level,
    year: materialYear(sourceDates.get(r.source) ?? ''),
    themes: pages.get(r.slug)!.data.themes,
    modelType: r.modelType,
    order,
    cityRank: ranks.get(r.slug) ?? order,
  }));
  const rank = relatedRanker(
    cases.map((c) => ({
      slug: c.slug,
      themes: c.themes,
      terms: termsOfPage(pages.get(c.slug)!, terms, glossaryKey),
    })),
  );
  const ranked = new Map<string, RelatedCase[]>();
  const related = (slug: string) => {
    const known = ranked.get(slug);
    if (known) return known;
    const list = rank(slug);
    ranked.set(slug, list);
    return list;
  };
  const names = new Map(glossary.map((e) => [e.id, e.term]));
  return { cases, related, termName: (id) => names.get(id) ?? id, collate };
}

/**
 * The library for this build. Gathered once, and again only when a case page
 * the glossary or a source record has changed since (in `astro dev`, after an edit): a call
 * costs a look at the entries' digests, not a pass over their text, so a
 * thousand case pages do not parse the library a thousand times. Gathering
 * again after an edit re-reads the terms of the edited page only, and ranks
 * 相关案例 only for the pages then shown.
 */
export async function caseLibrary(): Promise<CaseLibrary> {
  const pages = await getCollection('docs', (d) => d.data.kind === '案例');
  const glossary = await getCollection('glossary');
  const sources = await getCollection('sources');
  const digests = (entries: Array<{ id: string; digest?: string | number | undefined }>) =>
    entries.map((e) => `${e.id}:${String(e.digest ?? '')}`).join('|');
  const glossaryKey = digests(glossary);
  const key = `${digests(pages)}|${glossaryKey}|${digests(sources)}`;
  if (last?.key !== key) {
    const bySlug = new Map(pages.map((d) => [d.id.replace(/^cases\//, ''), d]));
    last = {
      key,
      library: gather(
        bySlug,
        glossary.map((e) => e.data),
        glossaryKey,
        new Map(sources.map((e) => [String(e.data.id), e.data.date])),
      ),
    };
  }
  return last.library;
}
