/**
 * `:fig[id]` — a figure from content/data/figures, printed as the source
 * gives it, with its citation on hover, on focus and in print.
 *
 * ```markdown
 * 共建立小区党支部:fig[cs-863]
 * ```
 * renders as
 * ```html
 * 共建立小区党支部<span class="fig"><a href="#source-changsha-s2-1">863个</a><small><span>住宅小区党支部。</span>出处：《…》（一）…</small></span>
 * ```
 * (one line in the output: no whitespace is added between CJK characters).
 * The number links to the figure's source in the page's source list, which
 * remark-citations builds. The tooltip (markup.ts) becomes the link's
 * description when the tooltip script runs. The figure's id is not written:
 * its passage and label identify it (src/lib/figures/identify.ts). A figure the source
 * lost reads 〔缺〕 (with its unit) and carries `data-figure-missing`; after
 * the block holding the page's first such figure comes the page's one note
 * on what 〔缺〕 means. In a heading only the bare value is printed.
 */
import type { Root, RootContent } from 'mdast';
import { visitParents } from 'unist-util-visit-parents';
import { h } from 'hastscript';
import type { VFile } from 'vfile';
import { addProblem } from './problems.ts';
import { didYouMean } from '../data/nearest.ts';
import { formatFigure, MISSING_NOTE, MISSING_TEXT } from '../figures/format.ts';
import { citationText, sourceSectionId } from './figure-citation.ts';
import { labelOf, replaceDirectives, type PipelineOptions } from './directives.ts';
import { FIGURE_CLASS, TOOLTIP_TAG } from './markup.ts';
import { siteHtml } from './site-html.ts';

/** The page's one note on 〔缺〕, after the top-level block that holds `first`. */
function addMissingNote(tree: Root, first: unknown): void {
  let block: RootContent | undefined;
  visitParents(tree, (node, ancestors) => {
    if (node !== first) return;
    block = (ancestors[1] ?? node) as RootContent;
    return false;
  });
  const at = block ? tree.children.indexOf(block) : -1;
  if (at < 0) return;
  const note = siteHtml(h('p', { className: ['site-missing-note'], role: 'note' }, MISSING_NOTE));
  tree.children.splice(at + 1, 0, note as never);
}

export function remarkFigures(options: PipelineOptions) {
  return (tree: Root, file: VFile): void => {
    const data = options.siteData();
    let firstMissing: unknown;
    replaceDirectives(tree, 'textDirective', 'fig', (node, { inHeading }) => {
      const id = labelOf(node);
      const located = data.figures.get(id);
      if (!located) {
        addProblem(
          file,
          node,
          `未知的数字 id「${id}」（:fig[${id}]）：content/data/figures 中没有这一条${didYouMean(id, data.figures.keys())}`,
        );
        return undefined;
      }
      const figure = located.value;
      const citation = citationText(data, figure.source, figure.section);
      if (citation === undefined) {
        addProblem(
          file,
          node,
          `数字「${id}」的出处「${figure.source}#${figure.section}」不存在（见 ${located.record.file}:${located.record.line}）`,
        );
        return undefined;
      }
      if (inHeading) {
        // In a heading, the bare figure: the heading names a section in the table of contents.
        const bare = siteHtml(
          h(
            'span',
            {
              className: ['site-fig-value'],
              dataFigureId: id,
              dataFigureMissing: figure.missing ? '' : undefined,
            },
            formatFigure(figure),
          ),
        );
        bare.data.siteCitation = { source: figure.source, section: figure.section };
        return bare;
      }
      // What is counted helps on hover; in print the sentence says it, so only the citation prints.
      const what = figure.missing ? `${MISSING_TEXT}：${figure.label}。` : `${figure.label}。`;
      const element = h(
        'span',
        {
          className: [FIGURE_CLASS],
          // Whether the block's own marker names the same passage (print need not repeat it) is
          // read from the page by the tooltip script (src/components/markdown/cited-beside.ts).
          dataFigureMissing: figure.missing ? '' : undefined,
        },
        [
          h('a', { href: `#${sourceSectionId(figure.source, figure.section)}` }, formatFigure(figure)),
          // The tooltip and, in its first span, what is counted.
          h(TOOLTIP_TAG, [h('span', what), `出处：${citation}`]),
        ],
      );
      const html = siteHtml(element);
      html.data.siteCitation = { source: figure.source, section: figure.section };
      if (figure.missing) firstMissing ??= html;
      return html;
    });
    if (firstMissing) addMissingNote(tree, firstMissing);
  };
}
