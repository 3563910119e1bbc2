/**
 * Which figures a text cites: the one reader of `:fig[id]` outside the
 * rendering itself. Pages are parsed as Markdown with directives (a `:fig`
 * in a code sample is not a citation); short data texts (compare cells,
 * notes) are split the way components show them (inline.ts).
 *
 * src/loaders/figure-usage.ts runs it over the files: for the figures table's
 * links and the build's warning about figures no page cites.
 */
import { pageDirectives } from '../markdown/directive-scan.ts';
import { splitFigures } from './inline.ts';

export interface PageFigures {
  /** Figure ids cited with `:fig[id]`, in order of first appearance. */
  ids: string[];
  /**
   * Cities whose 数据一览 table the page holds (`::figure-table{city="…"}`):
   * there each figure of the city has its row.
   */
  tableCities: string[];
}

/** The figures a Markdown page cites, and the figure tables it holds. */
export function figuresInMarkdown(markdown: string): PageFigures {
  const { figureIds, tableCities } = pageDirectives(markdown);
  return { ids: [...figureIds], tableCities: [...tableCities] };
}

/** Figure ids in a short data text, in order of first appearance. */
export function figuresInText(text: string): string[] {
  return [...new Set(splitFigures(text).flatMap((piece) => (piece.kind === 'figure' ? [piece.id] : [])))];
}
