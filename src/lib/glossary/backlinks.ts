/**
 * Where each glossary term is used, computed at build time so that the
 * glossary and the pages never disagree:
 *
 *  - case pages (kind 案例) and topic pages (kind 专题) whose Markdown marks
 *    the term, or one of its aliases, with `:term[…]`;
 *  - the cases the entry lists in `cases` (the practice it belongs to);
 *  - planner rules whose title or statement contains the term or an alias,
 *    linked through their pack's page /rules/<pack>/.
 *
 * The inverse (which terms a page uses) comes from the same computation, so a
 * case page can list its terms with the same answer the glossary gives.
 */
import { pageDirectives } from '../markdown/directive-scan.ts';
import type { GlossaryEntry } from '../schemas/data.ts';
import { CASE_SLUGS } from '../schemas/vocabulary.ts';
import { namesOf, termIndex } from './names.ts';
import { routes } from '../routes.ts';

/** A docs page as the backlinks need it. */
export interface PageRef {
  /** Collection id, e.g. "cases/changsha". */
  id: string;
  title: string;
  /** Page kind from the frontmatter (案例, 专题…). */
  kind: string;
  /** Markdown body, without frontmatter. */
  body: string;
}

/** A planner rule as the backlinks need it. */
export interface RuleRef {
  /** Pack id: the rule is explained on /rules/<pack>/. */
  pack: string;
  packTitle: string;
  id: string;
  title: string;
  statement: string;
}

interface PageLink {
  href: string;
  title: string;
  /** The page marks the term with :term[…]. */
  marked: boolean;
  /** The entry lists this case in `cases`. */
  listed: boolean;
}

interface RuleLink {
  /** /rules/<pack>/ */
  href: string;
  /** The pack's title. */
  title: string;
  /** The rules of the pack that mention the term, in pack order, each at its anchor on the pack page. */
  rules: Array<{ id: string; title: string; href: string }>;
}

export interface TermBacklinks {
  cases: PageLink[];
  topics: PageLink[];
  rules: RuleLink[];
}

const CASE_KIND = '案例';
const TOPIC_KIND = '专题';
/** The labels of every `:term[…]` in a Markdown text, in order (code blocks and inline code ignored). */
export function termLabelsIn(markdown: string): string[] {
  return [...pageDirectives(markdown).termLabels];
}

const pageHref = (id: string): string => routes.entry(id);
const caseHref = (slug: string): string => routes.case(slug);

/** Each case page's place in the registry, looked up once: the sorts below ask for it per comparison. */
let caseOrders: Map<string, number> | undefined;
const caseOrder = (href: string): number => {
  caseOrders ??= new Map(CASE_SLUGS.map((slug, index) => [caseHref(slug), index]));
  return caseOrders.get(href) ?? CASE_SLUGS.length;
};

type Entry = Pick<GlossaryEntry, 'id' | 'term' | 'aliases' | 'cases'>;

/** Backlinks of every entry (an entry nothing uses gets empty lists). */
export function glossaryBacklinks(
  entries: readonly Entry[],
  pages: readonly PageRef[],
  rules: readonly RuleRef[] = [],
): Map<string, TermBacklinks> {
  const terms = termIndex(entries);
  const resolve = (name: string) => terms.get(name)?.id;
  const titles = new Map(pages.map((p) => [pageHref(p.id), p.title]));
  const result = new Map<string, TermBacklinks>(
    entries.map((e) => [e.id, { cases: [], topics: [], rules: [] }]),
  );

  // Pages that mark each entry.
  const marked = new Map<string, Map<string, PageRef>>();
  for (const page of pages.filter((p) => p.kind === CASE_KIND || p.kind === TOPIC_KIND)) {
    for (const label of termLabelsIn(page.body)) {
      const id = resolve(label);
      if (id === undefined) continue;
      const byHref = marked.get(id) ?? new Map<string, PageRef>();
      byHref.set(pageHref(page.id), page);
      marked.set(id, byHref);
    }
  }

  for (const entry of entries) {
    const links = result.get(entry.id);
    if (!links) continue;
    const pagesMarking = marked.get(entry.id) ?? new Map<string, PageRef>();
    const listed = new Set(entry.cases.map(caseHref));
    const caseHrefs = new Set([
      ...listed,
      ...[...pagesMarking].filter(([, p]) => p.kind === CASE_KIND).map(([href]) => href),
    ]);
    links.cases = [...caseHrefs]
      .map((href) => ({
        href,
        title: titles.get(href) ?? href,
        marked: pagesMarking.has(href),
        listed: listed.has(href),
      }))
      .sort((a, b) => caseOrder(a.href) - caseOrder(b.href) || a.href.localeCompare(b.href));
    links.topics = [...pagesMarking]
      .filter(([, p]) => p.kind === TOPIC_KIND)
      .map(([href, p]) => ({ href, title: p.title, marked: true, listed: false }))
      .sort((a, b) => a.title.localeCompare(b.title, 'zh-CN'));

    const names = namesOf(entry);
    const packs = new Map<string, RuleLink>();
    for (const rule of rules) {
      if (!names.some((name) => rule.title.includes(name) || rule.statement.includes(name))) continue;
      const link = packs.get(rule.pack) ?? {
        href: routes.rulePack(rule.pack),
        title: rule.packTitle,
        rules: [],
      };
      link.rules.push({ id: rule.id, title: rule.title, href: routes.rulePack(rule.pack, rule.id) });
      packs.set(rule.pack, link);
    }
    links.rules = [...packs.values()];
  }
  return result;
}

/** The inverse: for each page href, the ids of the entries that link back to it. */
export function termsByPage(backlinks: ReadonlyMap<string, TermBacklinks>): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const [id, links] of backlinks) {
    for (const { href } of [...links.cases, ...links.topics])
      result.set(href, [...(result.get(href) ?? []), id]);
  }
  return result;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * Rule records from the `rules` collection, whichever shape its entries have:
 * a pack (`{ id, title, rules: [...] }`, one per file) or a single rule
 * (`{ id, title, statement, pack? }`, its pack named by `pack` or by the file).
 */
export function ruleRefsFrom(
  records: ReadonlyArray<{ id: string; data: unknown; filePath?: string | undefined }>,
): RuleRef[] {
  const refs: RuleRef[] = [];
  for (const record of records) {
    const data = record.data;
    if (!isRecord(data)) continue;
    const fileStem = record.filePath
      ?.split('/')
      .pop()
      ?.replace(/\.ya?ml$/, '');
    if (Array.isArray(data['rules'])) {
      const pack = text(data['id']) ?? fileStem ?? record.id;
      const packTitle = text(data['title']) ?? pack;
      for (const rule of data['rules']) {
        if (!isRecord(rule)) continue;
        const id = text(rule['id']);
        const title = text(rule['title']);
        if (id === undefined || title === undefined) continue;
        refs.push({ pack, packTitle, id, title, statement: text(rule['statement']) ?? '' });
      }
    } else {
      const title = text(data['title']);
      if (title === undefined) continue;
      const pack = text(data['pack']) ?? fileStem ?? record.id;
      refs.push({
        pack,
        packTitle: text(data['packTitle']) ?? pack,
        id: text(data['id']) ?? record.id,
        title,
        statement: text(data['statement']) ?? '',
      });
    }
  }
  return refs;
}

/** How many cases an entry lists by name; the rest are one link away (a search of the case pages for the term). */
export const TERM_CASES_SHOWN = 5;

/**
 * The cases an entry shows: those it names as its practice first, then those
 * that mark the term, in case order, at most `limit`; and how many there are
 * in all. A term used by 600 cases stays a short row.
 */
export function topCases(
  cases: readonly PageLink[],
  limit: number = TERM_CASES_SHOWN,
): { shown: PageLink[]; total: number } {
  const ranked = [...cases.filter((c) => c.listed), ...cases.filter((c) => !c.listed)];
  return { shown: ranked.slice(0, limit), total: cases.length };
}
