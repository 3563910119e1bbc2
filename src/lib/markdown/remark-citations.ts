/**
 * `:cite[source#section]` — a numbered citation marker — and `::source-list`,
 * the page's list of the sources it cites.
 *
 * ```markdown
 * 综合党委委员总数不超过13人。:cite[xihu#s3-2-1]
 *
 * ## 资料来源
 *
 * ::source-list
 * ```
 * renders the marker as
 * ```html
 * <sup><a href="#source-xihu-s3-2-1" id="cite-ref-1">[1]</a></sup>
 * ```
 * and the list, where `::source-list` stands, as
 * ```html
 * <section class="source-list"><ul>
 *   <li id="source-xihu"><cite>《…》</cite>，publisher，2023-12-01。
 *     <ol class="site-sources__sections"><li id="source-xihu-s3-2-1">1.健全街道（镇）综合党委 <a href="#cite-ref-1" class="site-sources__back" aria-label="回到正文引用处">↩</a></li></ol></li>
 * </ul></section>
 * ```
 * A marker's number is its passage's (source section's), numbered in order of first appearance,
 * and the list numbers the passages so: on screen the marker links to its passage, on paper the
 * number finds it. The markup says nothing more (issue 17's markup ratio: a case has some seventy
 * markers). Figures (`:fig`) count as citations of their passage but show no marker. Sources are
 * listed in order of first appearance, each with its passages; a passage whose number does not
 * follow the one above it says so (`<li value>`). A page that cites without a `::source-list`
 * gets the list, under a 资料来源 heading, at its end.
 */
import type { Heading, Parent, Root, RootContent } from 'mdast';
import { h } from 'hastscript';
import { SOURCE_LIST_CLASS } from './markup.ts';
import type { ElementContent } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { SiteData } from '../data/site-data.ts';
import { addProblem } from './problems.ts';
import { didYouMean } from '../data/nearest.ts';
import { sectionTitle, sourceEntryId, sourceSectionId } from './figure-citation.ts';
import { labelOf, type LeafDirective, type PipelineOptions, type TextDirective } from './directives.ts';
import { siteHtml, type SiteHtml } from './site-html.ts';

/** What a “↩” says to a screen reader: where it leads. */
const BACK_LABEL = '回到正文引用处';

/** Heading placed above a source list the page did not place itself. */
const SOURCE_LIST_HEADING = '资料来源';

interface CitedSection {
  /** The passage's number: markers citing it show it, the source list numbers it so. */
  number: number;
  /** Ids of the markers citing it (figures cite without one). */
  markers: string[];
}

interface CitedSource {
  id: string;
  /** Sections in order of first citation. */
  sections: Map<string, CitedSection>;
}

/** Parse "xihu#s3-2-1"; report what is wrong with it, if anything. */
function resolveCitation(data: SiteData, label: string): { source: string; section: string } | string {
  const [source = '', section, ...rest] = label.split('#');
  if (!source || !section || rest.length > 0) return `引用应写成 :cite[来源#章节]，而不是 :cite[${label}]`;
  const record = data.sources.get(source)?.value;
  if (!record) {
    return `未知的来源「${source}」（:cite[${label}]）：可用的来源为 ${[...data.sources.keys()].join('、')}${didYouMean(source, data.sources.keys())}`;
  }
  if (sectionTitle(record, section) === undefined) {
    const ids = record.sections.map((s) => s.id);
    return `来源「${source}」没有章节「${section}」（:cite[${label}]）：该来源的章节为 ${ids.join('、')}${didYouMean(section, ids)}`;
  }
  return { source, section };
}

/** The “↩” back to a passage's first citation, if a marker cites it. */
function backLink(markers: string[]): ElementContent[] {
  // One way back per section, to its first citation: a row of a dozen “↩” cost a dozen
  // elements and said no more (the browser's Back returns to any other one followed).
  // One label for every “↩”: counting the citations (“第 1 处（共 27 处）”) told a screen reader
  // little it needed and cost each case page bytes on every row (issue 17's markup ratio).
  const [first] = markers;
  if (first === undefined) return [];
  return [
    { type: 'text', value: ' ' },
    h(
      'a',
      {
        href: `#${first}`,
        className: ['site-sources__back'],
        ariaLabel: BACK_LABEL,
      },
      '↩',
    ),
  ];
}

function sourceList(data: SiteData, cited: CitedSource[]): SiteHtml {
  const entries = cited.map(({ id, sections }) => {
    const source = data.sources.get(id)!.value;
    const byline = source.author
      ? `作者：${source.author}`
      : source.publisher
        ? `发布：${source.publisher}`
        : undefined;
    let previous: number | undefined;
    const sectionItems = [...sections].map(([section, { number, markers }]) => {
      // An <ol> numbers on from the item above: only a number that does not follow it is written.
      const value = previous !== undefined && number !== previous + 1 ? number : undefined;
      previous = number;
      return h('li', { id: sourceSectionId(id, section), value }, [
        sectionTitle(source, section) ?? section,
        ...backLink(markers),
      ]);
    });
    const start = [...sections.values()][0]?.number;
    return h('li', { id: sourceEntryId(id) }, [
      h('cite', `《${source.title}》`),
      `${byline ? `，${byline}` : ''}，日期：${source.date}。`,
      h(
        'ol',
        { className: ['site-sources__sections'], start: start === 1 ? undefined : start },
        sectionItems,
      ),
    ]);
  });
  return siteHtml(h('section', { className: [SOURCE_LIST_CLASS] }, [h('ul', entries)]));
}

/** The sources a page cites, in order of first appearance, and their passages, numbered so. */
function citationRegister() {
  const cited = new Map<string, CitedSource>();
  let passages = 0;
  /** Records a citation (with its marker id, if it shows one) and gives its passage's number. */
  const cite = (source: string, section: string, marker?: string): number => {
    let entry = cited.get(source);
    if (!entry) {
      entry = { id: source, sections: new Map() };
      cited.set(source, entry);
    }
    let passage = entry.sections.get(section);
    if (!passage) {
      passage = { number: ++passages, markers: [] };
      entry.sections.set(section, passage);
    }
    if (marker) passage.markers.push(marker);
    return passage.number;
  };
  return { cited, cite };
}

/**
 * The numbered marker `:cite[…]` becomes: a link to its passage in the source list. Only the
 * first marker of a passage has an id, the one its “↩” returns to: an id on each of a case's
 * seventy markers was some 300 bytes gzip that nothing linked to. No label either: the link
 * reads as its number, as a footnote's does, and leads to what the number stands for.
 */
function citeMarker(href: string, id: string | undefined, number: number): SiteHtml {
  // No class either: a superscript linking to a passage is a marker (CITE_MARKER in markup.ts).
  return siteHtml(h('sup', [h('a', { href, id }, `[${number}]`)]));
}

/**
 * Puts the source list where the first `::source-list` stands (reporting any
 * further one), or — when the page cites without placing one — at its end
 * under a 资料来源 heading.
 */
function placeSourceList(
  tree: Root,
  file: VFile,
  lists: Array<{ node: LeafDirective; parent: Parent }>,
  list: SiteHtml,
  citesAnything: boolean,
): void {
  for (const extra of lists.slice(1)) {
    addProblem(file, extra.node, '一页只能有一个 ::source-list');
  }
  const [placed] = lists;
  if (placed) {
    for (const { node, parent } of lists) {
      const index = parent.children.indexOf(node as RootContent);
      parent.children.splice(index, 1, ...(node === placed.node ? [list as never] : []));
    }
  } else if (citesAnything) {
    const heading: Heading = {
      type: 'heading',
      depth: 2,
      children: [{ type: 'text', value: SOURCE_LIST_HEADING }],
    };
    tree.children.push(heading, list);
  }
}

export function remarkCitations(options: PipelineOptions) {
  return (tree: Root, file: VFile): void => {
    const data = options.siteData();
    const { cited, cite } = citationRegister();
    const markers: Array<{ node: TextDirective; parent: Parent; marker?: Parameters<typeof citeMarker> }> =
      [];
    const lists: Array<{ node: LeafDirective; parent: Parent }> = [];
    let count = 0;
    // One pass in document order: numbers follow first appearance, figures included.
    visit(tree, (node, _index, parent) => {
      if (node.type === 'siteHtml' && node.data.siteCitation) {
        cite(node.data.siteCitation.source, node.data.siteCitation.section);
      } else if (node.type === 'textDirective' && node.name === 'cite' && parent) {
        const resolved = resolveCitation(data, labelOf(node));
        if (typeof resolved === 'string') {
          addProblem(file, node, resolved);
          markers.push({ node, parent });
          return;
        }
        const id = `cite-ref-${++count}`;
        const number = cite(resolved.source, resolved.section, id);
        const href = `#${sourceSectionId(resolved.source, resolved.section)}`;
        markers.push({ node, parent, marker: [href, id, number] });
      } else if (node.type === 'leafDirective' && node.name === 'source-list' && parent) {
        lists.push({ node, parent });
      }
    });

    const returnedTo = new Set(
      [...cited.values()].flatMap(({ sections }) => [...sections.values()].map((p) => p.markers[0])),
    );
    for (const { node, parent, marker } of markers) {
      const index = parent.children.indexOf(node as RootContent);
      if (!marker) {
        parent.children.splice(index, 1);
        continue;
      }
      const [href, id, ...rest] = marker;
      parent.children.splice(
        index,
        1,
        citeMarker(href, returnedTo.has(id) ? id : undefined, ...rest) as never,
      );
    }

    const list =
      cited.size > 0
        ? sourceList(data, [...cited.values()])
        : siteHtml(h('p', { className: ['site-sources-empty'] }, '本页没有引用资料。'));
    placeSourceList(tree, file, lists, list, cited.size > 0);
  };
}
