/**
 * Describes the rendered content of a page as a list of blocks, the input of
 * the slide splitter (slides.ts). It reads a minimal tree interface rather
 * than the DOM, so that the browser (live DOM) and the tests (hast of the
 * built HTML) describe the same page the same way.
 *
 * Only stable structure counts: text length, list items, table rows. Things
 * scripts change after load (a Mermaid diagram's SVG, tooltips) are either
 * skipped or given a fixed weight, so the deck does not depend on timing.
 */
import { isSourceListClass, isTooltipHostClass, TOOLTIP_TAG } from '../markdown/markup.ts';

/** A text node of the minimal tree. */
interface TextLike {
  type: 'text';
  value: string;
}

/** An element of the minimal tree. */
export interface ElementLike {
  type: 'element';
  /** Lower-case tag name. */
  tag: string;
  attr(name: string): string | null;
  children(): NodeLike[];
}

export type NodeLike = TextLike | ElementLike;

type BlockKind = 'heading' | 'text' | 'list' | 'table' | 'diagram' | 'image' | 'code';

/** One top-level block of the page's content. */
export interface Block {
  kind: BlockKind;
  /** Heading level (2–6), for headings only. */
  level?: number;
  /** Heading text, for headings only. */
  title?: string;
  /** The heading element's id, for headings only. */
  id?: string;
  /** Visible characters in the block. */
  chars: number;
  /** Characters of each splittable part: list items, table body rows (absent when the block is atomic). */
  parts?: number[];
  /** Cells in the widest row, for tables (each cell adds padding to a row's width). */
  columns?: number;
  /** True for the page's list of sources (::source-list), which handouts keep once per page. */
  sourceList?: true;
}

/** Elements whose content never counts: scripts, styles, drawings, hidden and tooltip content. */
const SKIPPED_TAGS = new Set(['script', 'style', 'template', 'svg', 'noscript']);

function isSkipped(el: ElementLike): boolean {
  return SKIPPED_TAGS.has(el.tag) || el.attr('hidden') !== null || el.attr('data-deck-ignore') !== null;
}

const elements = (node: ElementLike): ElementLike[] =>
  node.children().filter((c): c is ElementLike => c.type === 'element');

/**
 * A node's children that show in the text: a term's or figure's tooltip
 * (src/lib/markdown/markup.ts) is left out, found by its place — the page
 * as built has no role on it; the tooltip script adds one.
 */
const shownChildren = (node: ElementLike): NodeLike[] =>
  isTooltipHostClass(node.attr('class'))
    ? node.children().filter((c) => c.type !== 'element' || c.tag !== TOOLTIP_TAG)
    : node.children();

/** Visible characters below a node, whitespace removed (so indentation never counts). */
function visibleChars(node: NodeLike): number {
  if (node.type === 'text') return node.value.replace(/\s+/g, '').length;
  if (isSkipped(node)) return 0;
  return shownChildren(node).reduce((sum, child) => sum + visibleChars(child), 0);
}

/** Visible text below a node, whitespace collapsed. */
export function visibleText(node: NodeLike): string {
  const walk = (n: NodeLike): string =>
    n.type === 'text' ? n.value : isSkipped(n) ? '' : shownChildren(n).map(walk).join('');
  return walk(node).replace(/\s+/g, ' ').trim();
}

/** First descendant (or the node itself) matching a test, depth first. */
export function findElement(node: ElementLike, test: (el: ElementLike) => boolean): ElementLike | undefined {
  if (test(node)) return node;
  for (const child of elements(node)) {
    const found = findElement(child, test);
    if (found) return found;
  }
  return undefined;
}

const HEADING = /^h([2-6])$/;

/** The heading a block is, if it is one (the page writes its headings bare: h2–h6). */
export function headingOf(el: ElementLike): ElementLike | undefined {
  return HEADING.test(el.tag) ? el : undefined;
}

/** Rows of a table's body (or all rows when it has no tbody). */
export function bodyRows(table: ElementLike): ElementLike[] {
  const bodies = elements(table).filter((c) => c.tag === 'tbody');
  const rowsOf = (parent: ElementLike) => elements(parent).filter((c) => c.tag === 'tr');
  return bodies.length > 0 ? bodies.flatMap(rowsOf) : rowsOf(table);
}

/** Items of a list. */
export function listItems(list: ElementLike): ElementLike[] {
  return elements(list).filter((c) => c.tag === 'li');
}

/** The list a block is, or wraps as its only content (a source list: section > ol). */
export function listOf(el: ElementLike): ElementLike | undefined {
  if (el.tag === 'ul' || el.tag === 'ol') return el;
  const kids = elements(el).filter((c) => !isSkipped(c));
  const only = kids.length === 1 ? kids[0] : undefined;
  return only && (only.tag === 'ul' || only.tag === 'ol') ? only : undefined;
}

/** The table inside a block, when the block is (or wraps) exactly one table. */
export function tableOf(el: ElementLike): ElementLike | undefined {
  if (el.tag === 'table') return el;
  const tables: ElementLike[] = [];
  const collect = (n: ElementLike) => {
    if (isSkipped(n)) return;
    if (n.tag === 'table') tables.push(n);
    else elements(n).forEach(collect);
  };
  collect(el);
  return tables.length === 1 ? tables[0] : undefined;
}

/** Describe one top-level element. */
export function describeBlock(el: ElementLike): Block {
  const heading = headingOf(el);
  if (heading) {
    return {
      kind: 'heading',
      level: Number(HEADING.exec(heading.tag)?.[1] ?? 2),
      title: visibleText(heading),
      ...(heading.attr('id') ? { id: heading.attr('id') as string } : {}),
      chars: visibleChars(heading),
    };
  }
  const chars = visibleChars(el);
  if (findElement(el, (e) => isSourceListClass(e.attr('class')))) {
    const list = listOf(el);
    return {
      kind: 'list',
      chars,
      sourceList: true,
      ...(list ? { parts: listItems(list).map(visibleChars) } : {}),
    };
  }
  // Diagrams (src/lib/markdown/remark-mermaid.ts) are drawn after load: a fixed size, whatever their text.
  if (findElement(el, (e) => e.attr('data-diagram') !== null)) {
    return { kind: 'diagram', chars };
  }
  const list = listOf(el);
  if (list) return { kind: 'list', chars, parts: listItems(list).map(visibleChars) };
  const table = tableOf(el);
  if (table) {
    const cells = bodyRows(table).map((row) => elements(row).filter((c) => c.tag === 'td' || c.tag === 'th'));
    return {
      kind: 'table',
      chars,
      parts: bodyRows(table).map(visibleChars),
      columns: Math.max(1, ...cells.map((row) => row.length)),
    };
  }
  if (el.tag === 'pre' || findElement(el, (e) => e.tag === 'pre')) return { kind: 'code', chars };
  if (findElement(el, (e) => e.tag === 'img' || e.tag === 'picture' || e.tag === 'video')) {
    return { kind: 'image', chars };
  }
  return { kind: 'text', chars };
}

/** Top-level elements of a content container that make up the page (skipping hidden and script-only ones). */
export function contentElements(container: ElementLike): ElementLike[] {
  return elements(container).filter((el) => !isSkipped(el));
}

/** Describe every top-level block of a content container (Starlight's .sl-markdown-content). */
export function describeContent(container: ElementLike): Block[] {
  return contentElements(container).map(describeBlock);
}
