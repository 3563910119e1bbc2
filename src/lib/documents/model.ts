/**
 * The document model every generator writes and every writer reads: a title,
 * some lines under it, and blocks of headings, paragraphs, lists, tables,
 * diagrams and reference lists. Inline content carries figures and citations
 * with the text of their footnotes, so the writers (docx.ts, pptx.ts) never
 * look anything up. Plain data: no DOM, no library types; the unit tests
 * build and compare it directly.
 */

/** A piece of running text. */
export type Inline =
  | { kind: 'text'; text: string; bold?: boolean; italic?: boolean }
  /** A figure from content/data/figures as the page shows it, with its footnote (what is counted and where it is from). */
  | {
      kind: 'figure';
      /** Which figure it is: its passage and label (src/lib/figures/identify.ts). */
      key: string;
      /** The figure as the page prints it (863个, 原文未给出数字). */
      text: string;
      /** What is counted. */
      label: string;
      missing: boolean;
      /** Short source line: 《title》section. */
      citation: string;
      /** The footnote: what is counted, the figure, and its source in GB/T 7714 form. */
      note: string;
    }
  /** A citation marker: in a document, a footnote reference. */
  | { kind: 'cite'; ref: string; note: string }
  | { kind: 'break' };

/** A paragraph's look. */
export type ParagraphStyle = 'body' | 'lead' | 'note' | 'caption' | 'center' | 'right' | 'signature';

export interface TableCell {
  /** Paragraphs of the cell. */
  paragraphs: Inline[][];
  /** Columns this cell spans (default 1). */
  span?: number;
}

/** A diagram: an image when it could be drawn, else what it shows in words. */
export interface DiagramBlock {
  kind: 'diagram';
  caption: string;
  /** The key of its Mermaid source's file (src/lib/markdown/diagram-key.ts), for the browser to draw. */
  key: string;
  /** What the diagram shows, line by line (the text the page offers beside the drawing). */
  outline: string[];
  /** The drawing, once made (PNG bytes and its size in CSS pixels). */
  image?: { png: Uint8Array; width: number; height: number };
  /** Set when drawing failed: why, in words for the reader. The document then gives the outline. */
  failed?: string;
}

export type DocBlock =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string }
  | { kind: 'paragraph'; runs: Inline[]; style?: ParagraphStyle }
  | { kind: 'list'; ordered: boolean; items: Array<{ runs: Inline[]; level: number }> }
  | { kind: 'table'; caption?: string; header: TableCell[][]; rows: TableCell[][]; widths?: number[] }
  | DiagramBlock
  /** A numbered list of references (GB/T 7714), under its own heading. */
  | { kind: 'references'; title: string; entries: string[] }
  | { kind: 'pageBreak' };

/** Page layout: a handout, or the national layout for Party and government papers (GB/T 9704-2012). */
export type Layout = 'handout' | 'gongwen';

export interface DocModel {
  title: string;
  /** Lines under the title (subtitle, origin, date). */
  subtitle?: string[];
  layout: Layout;
  blocks: DocBlock[];
  /** Document properties. */
  meta?: { subject?: string; keywords?: string };
}

/** Text of inline content, footnotes left out. */
export function inlineText(runs: readonly Inline[]): string {
  return runs
    .map((run) =>
      run.kind === 'text' || run.kind === 'figure' ? run.text : run.kind === 'break' ? '\n' : '',
    )
    .join('');
}

/** Every diagram block of a model (the browser draws them before writing the file). */
export function diagramsOf(blocks: readonly DocBlock[]): DiagramBlock[] {
  return blocks.filter((b): b is DiagramBlock => b.kind === 'diagram');
}
