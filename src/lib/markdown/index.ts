/**
 * The remark and rehype plugins of this site, in the order they run (one
 * plugin per file). Starlight adds remark-directive (the `:name[label]`
 * syntax) and, after these, turns directives nobody handled back into text.
 *
 *  1. remark-cjk-breaks    no stray spaces from line breaks in Chinese text
 *     remark-prose-numbers numbers typed into case prose instead of :fig (before :fig is replaced)
 *  2. remark-figures       :fig[id]
 *  3. remark-terms         :term[术语]
 *  4. remark-anchors       :anchor{#id}
 *  5. remark-figure-table  ::figure-table{city="…"}
 *  6. remark-mermaid       ```mermaid caption="…"
 *  7. remark-citations     :cite[source#section], ::source-list (after figures: they cite too)
 *  8. remark-site-links    links written as site paths ("/cases/x/") get the base
 *  9. problems             fails the page, listing every bad reference as file:line
 *
 * Rehype: rehype-tables frames every table so that it can scroll on a phone;
 * rehype-aside-icons leaves the asides' icons to markdown.css.
 * Headings are bare `<h2 id>` (Starlight's heading links are off in
 * astro.config.mjs; the page adds them, src/components/markdown/heading-links.ts).
 */
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import { remarkCjkBreaks } from './remark-cjk-breaks.ts';
import { remarkProseNumbers } from './remark-prose-numbers.ts';
import { remarkFigures } from './remark-figures.ts';
import { remarkTerms } from './remark-terms.ts';
import { remarkAnchors } from './remark-anchors.ts';
import { remarkFigureTable } from './remark-figure-table.ts';
import { remarkMermaid } from './remark-mermaid.ts';
import { remarkCitations } from './remark-citations.ts';
import { remarkSiteLinks } from './remark-site-links.ts';
import { remarkReportProblems } from './problems.ts';
import { rehypeTables } from './rehype-tables.ts';
import { rehypeAsideIcons } from './rehype-aside-icons.ts';
import type { PipelineOptions } from './directives.ts';

export interface MarkdownPluginOptions extends PipelineOptions {
  /**
   * Digest of content/data and the pipeline's code. Unused by the plugins: it
   * is here so that Astro's config digest, which clears cached renders,
   * changes when the data or the code does.
   */
  renderDigest?: string;
}

/**
 * Our remark plugins, reading data from `options.siteData()` and writing
 * links under `options.base` (default "/"). src/loaders/markdown.ts wires
 * them to the files on disk.
 */
export function createRemarkPlugins(options: MarkdownPluginOptions): RemarkPlugins {
  return [
    remarkCjkBreaks,
    [remarkProseNumbers, options],
    [remarkFigures, options],
    [remarkTerms, options],
    remarkAnchors,
    [remarkFigureTable, options],
    remarkMermaid,
    [remarkCitations, options],
    [remarkSiteLinks, options],
    [remarkReportProblems, options],
  ];
}
export const rehypePlugins: RehypePlugins = [rehypeTables, rehypeAsideIcons];
