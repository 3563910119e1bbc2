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
 * <sup class="site-cite" data-section="1.健全街道（镇）综合党委"><a href="#source-xihu-s3-2-1" id="cite-ref-1" aria-label="出处[1]">[1]</a></sup>
 * ```
 * (the section's name shows only in print), and the list, where `::source-list` stands, as
 * ```html
 * <section class="site-sources source-list" data-source-list><ol>
 *   <li id="source-xihu"><cite>《…》</cite>，publisher，2023-12-01。
 *     <ul><li id="source-xihu-s3-2-1">1.健全街道（镇）综合党委 <a href="#cite-ref-1" …>↩</a></li></ul></li>
 * </ol></section>
 * ```
 * Sources are numbered in order of first appearance; figures (`:fig`) count
 * as citations of their source section but show no marker. A page that cites
 * without a `::source-list` gets the list, under a 资料来源 heading, at its end.
 */
import type { Heading, Parent, Root, RootContent } from 'mdast';
import { h } from 'hastscript';
import type { ElementContent } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { SiteData } from '../data/site-data.ts';
import { addProblem } from './problems.ts';
import { didYouMean } from '../data/nearest.ts';
import { sectionTitle, sourceEntryId, sourceSectionId } from './figure-citation.ts';
import {
  labelOf,
  ownPageLink,
  type LeafDirective,
  type PipelineOptions,
  type TextDirective,
} from './directives.ts';
import { siteHtml, type SiteHtml } from './site-html.ts';

/** Heading placed above a source list the page did not place itself. */
const SOURCE_LIST_HEADING = '资料来源';

interface CitedSource {
  id: string;
  /** Sections in order of first citation, each with the marker ids citing it. */
  sections: Map<string, string[]>;
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

function sourceList(data: SiteData, cited: CitedSource[]): SiteHtml {
  const entries = cited.map(({ id, sections }) => {
    const source = data.sources.get(id)!.value;
    const byline = source.author
      ? `作者：${source.author}`
      : source.publisher
        ? `发布：${source.publisher}`
        : undefined;
    const sectionItems = [...sections].map(([section, markers]) => {
      // One way back per section, to its first citation: a row of a dozen “↩” cost a dozen
      // elements and said no more (the browser's Back returns to any other one followed).
      const first = markers[0];
      const back: ElementContent[] =
        first === undefined
          ? []
          : [
              { type: 'text', value: ' ' },
              h(
                'a',
                {
                  href: `#${first}`,
                  className: ['site-sources__back'],
                  ariaLabel:
                    markers.length > 1 ? `回到正文第 1 处引用（共 ${markers.length} 处）` : '回到正文引用处',
                },
                '↩',
              ),
            ];
      return h('li', { id: sourceSectionId(id, section) }, [
        sectionTitle(source, section) ?? section,
        ...back,
      ]);
    });
    return h('li', { id: sourceEntryId(id) }, [
      h('cite', `《${source.title}》`),
      `${byline ? `，${byline}` : ''}，日期：${source.date}。`,
      h('ul', { className: ['site-sources__sections'] }, sectionItems),
    ]);
  });
  return siteHtml(
    h('section', { className: ['site-sources', 'source-list'], dataSourceList: '' }, [h('ol', entries)]),
  );
}

/** The sources a page cites, numbered in order of first appearance, with the markers citing each section. */
function citationRegister() {
  const cited = new Map<string, CitedSource>();
  /** Records a citation (with its marker id, if it shows one) and gives its source's number. */
  const cite = (source: string, section: string, marker?: string): number => {
    let entry = cited.get(source);
    if (!entry) {
      entry = { id: source, sections: new Map() };
      cited.set(source, entry);
    }
    const markers = entry.sections.get(section) ?? [];
    if (marker) markers.push(marker);
    entry.sections.set(section, markers);
    return [...cited.keys()].indexOf(source) + 1;
  };
  return { cited, cite };
}

/**
 * The numbered marker `:cite[…]` becomes: a link to its section in the source list. Only the
 * first marker of a section has an id, the one its “↩” returns to: an id on each of a case's
 * seventy markers was some 300 bytes gzip that nothing linked to.
 */
function citeMarker(href: string, id: string | undefined, number: number, title: string): SiteHtml {
  return siteHtml(
    // Paper has no link to follow: a printout names the section beside the number, from
    // data-section (markdown.css, print) — an attribute, not one more element per citation.
    h('sup', { className: ['site-cite'], dataSection: title }, [
      // The label says what the number is (a screen reader reads “出处[1]”) without an element of its own.
      h(
        'a',
        {
          href,
          id,
          // No class and no data-cite: the marker is the <sup>'s link, and its href names the
          // passage (#source-<source>-<section>), which the document tools resolve.
          ariaLabel: `出处[${number}]`,
        },
        `[${number}]`,
      ),
    ]),
  );
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
        const href = ownPageLink(options, file, sourceSectionId(resolved.source, resolved.section));
        const title =
          sectionTitle(data.sources.get(resolved.source)!.value, resolved.section) ?? resolved.section;
        markers.push({ node, parent, marker: [href, id, number, title] });
      } else if (node.type === 'leafDirective' && node.name === 'source-list' && parent) {
        lists.push({ node, parent });
      }
    });

    const returnedTo = new Set(
      [...cited.values()].flatMap(({ sections }) => [...sections.values()].map((ids) => ids[0])),
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
