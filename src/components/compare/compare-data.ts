/**
 * The build's view of the compare page: every registered case's column
 * (compare-columns.ts), gathered once per build and shared by the page
 * (which writes the default cases' columns) and the per-case JSON files
 * (src/pages/topics/compare/columns/[slug].json.ts).
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { CASE_RECORDS } from '../../lib/content/registry.ts';
import { sectionLeads } from '../../lib/content/sections.ts';
import { compareColumn, type ColumnLookups, type CompareColumn } from '../../lib/content/compare-columns.ts';
import { formatFigure } from '../../lib/figures/format.ts';
import { routes } from '../../lib/routes.ts';
import { pickerGroups, type PickerGroup } from '../../lib/content/compare-selection.ts';

export interface CompareData {
  /** A registered case's column (made on first use: the page needs three, each JSON file one). */
  column: (slug: string) => CompareColumn;
  /** Whether compare.yaml has the case's rows. */
  compared: (slug: string) => boolean;
}

type CasePage = CollectionEntry<'docs'>;

/**
 * A case page's rendered HTML. A build renders every page while the content syncs; `astro dev`
 * renders a page when it is shown (src/content.config.ts), so there it is rendered here.
 */
async function pageHtml(entry: CasePage): Promise<string> {
  if (entry.rendered) return entry.rendered.html;
  const { Content } = await render(entry);
  const { experimental_AstroContainer } = await import('astro/container');
  return (await experimental_AstroContainer.create()).renderToString(Content);
}

async function gather(): Promise<CompareData> {
  const docs = new Map((await getCollection('docs', (d) => d.id.startsWith('cases/'))).map((d) => [d.id, d]));
  const compare = new Map((await getCollection('compare')).map((c) => [c.id, c.data]));
  // The section leads come from the compared cases' pages (the others' columns have no rows).
  const html = new Map<string, string>();
  for (const slug of compare.keys()) {
    const entry = docs.get(`cases/${slug}`);
    if (entry) html.set(slug, await pageHtml(entry));
  }
  const sources = new Map((await getCollection('sources')).map((s) => [s.id, s.data]));
  const figures = new Map((await getCollection('figures')).map((f) => [f.id, f.data]));
  const sectionOf = (sourceId: string, sectionId: string) =>
    sources.get(sourceId)?.sections.find((s) => s.id === sectionId);
  const lookups: ColumnLookups = {
    figure(id) {
      const figure = figures.get(id);
      if (!figure) throw new Error(`对照数据引用了不存在的数字 id「${id}」（content/data/compare.yaml）`);
      const source = sources.get(figure.source);
      const section = sectionOf(figure.source, figure.section);
      return {
        text: formatFigure(figure),
        missing: figure.missing,
        citation: `${figure.label}——${source?.title ?? figure.source}，${section?.title ?? figure.section}`,
      };
    },
    cite(cite) {
      const [sourceId = '', sectionId = ''] = cite.split('#');
      const section = sectionOf(sourceId, sectionId);
      if (!section) throw new Error(`content/data/compare.yaml 的出处「${cite}」不存在`);
      return { href: routes.sources(sourceId, sectionId), text: section.title };
    },
    caseUrl: (slug, anchor) => routes.case(slug, anchor),
  };
  const cityOf = new Map(CASE_RECORDS.map((c) => [c.slug, c.city]));
  const made = new Map<string, CompareColumn>();
  const column = (slug: string): CompareColumn => {
    const done = made.get(slug);
    if (done) return done;
    const entry = docs.get(`cases/${slug}`);
    const city = cityOf.get(slug);
    if (!entry || city === undefined) throw new Error(`对照页找不到案例页 content/docs/cases/${slug}.md`);
    const leads = new Map(
      sectionLeads(html.get(slug) ?? entry.rendered?.html ?? '', routes.case(slug)).map((s) => [
        s.heading,
        s,
      ]),
    );
    const result = compareColumn({ slug, city, rows: compare.get(slug), leads }, lookups);
    made.set(slug, result);
    return result;
  };
  return { column, compared: (slug) => compare.has(slug) };
}

let data: Promise<CompareData> | undefined;

/** The compare page's data, gathered on first use in a build. */
export function compareData(): Promise<CompareData> {
  // In `astro dev` an edit must show: gather again on every request there.
  if (import.meta.env.DEV) return gather();
  data ??= gather();
  return data;
}

/**
 * The picker's provinces with their cases, every registered case. The list file keeps the
 * registry's order (it is the order of the columns and of the cases in a shared URL); the page's
 * province select passes `collateProvinces` to list them by pinyin.
 */
export function libraryPickerGroups(
  compared: (slug: string) => boolean,
  collateProvinces?: (a: string, b: string) => number,
): PickerGroup[] {
  return pickerGroups(
    CASE_RECORDS.map((c) => ({ ...c, compared: compared(c.slug) })),
    collateProvinces,
  );
}
