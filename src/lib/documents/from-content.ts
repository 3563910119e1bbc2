/**
 * A page's rendered content (Starlight's .sl-markdown-content) as document
 * blocks. Reads the minimal tree of src/lib/teaching/blocks.ts, so the
 * browser (live DOM) and the tests (hast of the built HTML) convert the same
 * page the same way, and one top-level element here is one block there: a
 * slide's block references (slides.ts) pick the same content.
 *
 * What the Markdown plugins emit is read from their markup: a figure
 * (remark-figures.ts: .fig, its link — the value, and the href of its
 * source section — and its tooltip) becomes a figure run whose footnote names
 * what is counted and the source in GB/T 7714 form; a citation marker
 * (remark-citations.ts: sup > a[href="…#source-<source>-<section>"]) becomes a footnote;
 * the source list becomes a reference list; a diagram (remark-mermaid.ts)
 * becomes a diagram block the browser draws.
 */
import { MISSING_TEXT } from '../figures/format.ts';
import { figureKey } from '../figures/identify.ts';
import {
  bodyRows,
  contentElements,
  findElement,
  headingOf,
  listItems,
  listOf,
  tableOf,
  visibleText,
  type ElementLike,
  type NodeLike,
} from '../teaching/blocks.ts';
import { sourceSectionId } from '../markdown/figure-citation.ts';
import {
  DIAGRAM_KEY_ATTRIBUTE,
  FIGURE_CLASS,
  isCiteMarker,
  isSourceListClass,
  TERM_CLASS,
  TOOLTIP_TAG,
} from '../markdown/markup.ts';
import { passageReference, sourceReference, type SourceRecord } from './gbt7714.ts';
import type { DocBlock, Inline, TableCell } from './model.ts';
import { chineseQuotes } from './text.ts';

export interface ContentContext {
  /** The sources the page may cite, by id. */
  sources: ReadonlyMap<string, SourceRecord>;
  /** Levels to push headings down (a whole page under a part heading in a lecture handout). */
  headingShift?: number;
}

/** A run of parts (list items, table body rows) of one element, as slides.ts refers to it. */
export interface PartRange {
  from?: number;
  to?: number;
}

const SKIPPED = new Set([
  'script',
  'style',
  'template',
  'svg',
  'noscript',
  'button',
  'input',
  'select',
  'textarea',
  'fieldset',
  'form',
  'hr',
]);

const classes = (el: ElementLike) => new Set((el.attr('class') ?? '').split(/\s+/).filter(Boolean));
const kids = (el: ElementLike) => el.children().filter((c): c is ElementLike => c.type === 'element');

/** Not part of a document: controls, tooltips, screen-reader helpers, print-hidden and hidden parts. */
function skipped(el: ElementLike): boolean {
  const cls = classes(el);
  return (
    SKIPPED.has(el.tag) ||
    el.attr('hidden') !== null ||
    el.attr('role') === 'tooltip' ||
    el.attr('aria-hidden') === 'true' ||
    el.attr('data-print') === 'hide' ||
    el.attr('data-doc-ignore') !== null ||
    cls.has('sr-only') ||
    cls.has('site-sources__back')
  );
}

/** "source-xihu-s3-2" (a figure's link to its source section) → the source and section, if the page knows them. */
function resolveSourceSection(
  fragment: string,
  sources: ReadonlyMap<string, SourceRecord>,
): { source: SourceRecord; section: string } | undefined {
  for (const source of sources.values()) {
    for (const section of Object.keys(source.sections)) {
      if (sourceSectionId(source.id, section) === fragment) return { source, section };
    }
  }
  return undefined;
}

function figureRun(el: ElementLike, ctx: ContentContext): Inline {
  const value = kids(el).find((e) => e.tag === 'a');
  // The tooltip's first span says what is counted (remark-figures.ts).
  const note = kids(el).find((e) => e.tag === TOOLTIP_TAG);
  const what = note && kids(note).find((e) => e.tag === 'span');
  const shown = chineseQuotes(value ? visibleText(value) : '');
  const missing = el.attr('data-figure-missing') !== null;
  const counted = (what ? visibleText(what) : '').replace(/^原文未给出数字：/, '').replace(/[。.]$/, '');
  const label = chineseQuotes(counted);
  const fragment = decodeURIComponent((value?.attr('href') ?? '').split('#')[1] ?? '');
  const at = resolveSourceSection(fragment, ctx.sources);
  const where = at ? passageReference(at.source, at.section) : '出处见网页版。';
  const citation = at
    ? chineseQuotes(`《${at.source.title}》${at.source.sections[at.section] ?? at.section}`)
    : '出处见网页版';
  return {
    kind: 'figure',
    key: figureKey(fragment, counted),
    text: shown,
    label,
    missing,
    citation,
    // A lost number reads 〔缺〕 in the text; the note says what the mark means, as a page's one note does.
    note: missing
      ? `${label}：${MISSING_TEXT}（文中标作“${shown}”）。出处：${where}`
      : `${label}：${shown}。出处：${where}`,
  };
}

function citeRun(el: ElementLike, ctx: ContentContext): Inline[] {
  const link = findElement(el, (e) => e.tag === 'a');
  const fragment = decodeURIComponent((link?.attr('href') ?? '').split('#')[1] ?? '');
  const at = resolveSourceSection(fragment, ctx.sources);
  if (!at) return [];
  return [
    { kind: 'cite', ref: `${at.source.id}#${at.section}`, note: passageReference(at.source, at.section) },
  ];
}

/** Inline content below a node, figures and citations recognised. */
function inlinesOf(
  node: NodeLike,
  ctx: ContentContext,
  style: { bold?: true; italic?: true } = {},
): Inline[] {
  if (node.type === 'text') return node.value === '' ? [] : [{ kind: 'text', text: node.value, ...style }];
  if (skipped(node)) return [];
  const cls = classes(node);
  if (cls.has(FIGURE_CLASS)) return [figureRun(node, ctx)];
  if (
    isCiteMarker(
      node.tag,
      kids(node)
        .find((e) => e.tag === 'a')
        ?.attr('href'),
    )
  )
    return citeRun(node, ctx);
  // A term reads as its link's text; its tooltip (the definition) is not part of the document.
  if (cls.has(TERM_CLASS))
    return kids(node)
      .filter((e) => e.tag === 'a')
      .flatMap((a) => inlinesOf(a, ctx, style));
  if (node.tag === 'br') return [{ kind: 'break' }];
  const inner =
    node.tag === 'strong' || node.tag === 'b'
      ? { ...style, bold: true as const }
      : node.tag === 'em' || node.tag === 'i'
        ? { ...style, italic: true as const }
        : style;
  return node.children().flatMap((child) => inlinesOf(child, ctx, inner));
}

/** Whitespace from the HTML's layout collapsed, ends trimmed, neighbouring text runs of one style merged. */
function tidy(runs: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const run of runs) {
    if (run.kind !== 'text') {
      out.push(run);
      continue;
    }
    const value = chineseQuotes(run.text.replace(/\s+/g, ' '));
    const last = out[out.length - 1];
    if (last?.kind === 'text' && last.bold === run.bold && last.italic === run.italic) {
      out[out.length - 1] = { ...last, text: last.text + value };
    } else {
      out.push({ ...run, text: value });
    }
  }
  const first = out[0];
  if (first?.kind === 'text') out[0] = { ...first, text: first.text.replace(/^\s+/, '') };
  const end = out[out.length - 1];
  if (end?.kind === 'text') out[out.length - 1] = { ...end, text: end.text.replace(/\s+$/, '') };
  return out.filter((run) => run.kind !== 'text' || run.text !== '');
}

const BLOCK_TAGS = new Set([
  'p',
  'ul',
  'ol',
  'table',
  'figure',
  'div',
  'section',
  'aside',
  'blockquote',
  'pre',
  'details',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);

const hasBlockChildren = (el: ElementLike) => kids(el).some((c) => !skipped(c) && BLOCK_TAGS.has(c.tag));

/** A list's items, nested lists as deeper items. */
function listEntries(list: ElementLike, ctx: ContentContext, level: number, range: PartRange = {}) {
  const items = listItems(list).slice(range.from ?? 0, range.to);
  return items.flatMap((item): Array<{ runs: Inline[]; level: number }> => {
    const nested = kids(item).filter((c) => c.tag === 'ul' || c.tag === 'ol');
    const own = item.children().filter((c) => !(c.type === 'element' && (c.tag === 'ul' || c.tag === 'ol')));
    const runs = tidy(own.flatMap((c) => inlinesOf(c, ctx)));
    return [
      ...(runs.length > 0 ? [{ runs, level }] : []),
      ...nested.flatMap((n) => listEntries(n, ctx, level + 1)),
    ];
  });
}

/** A table cell's paragraphs: its block children one each, list items as "· " lines. */
function cellOf(cell: ElementLike, ctx: ContentContext): TableCell {
  const span = Number(cell.attr('colspan') ?? '1');
  const paragraphs = !hasBlockChildren(cell)
    ? [tidy(inlinesOf(cell, ctx))]
    : kids(cell)
        .filter((c) => !skipped(c))
        .flatMap((c) =>
          c.tag === 'ul' || c.tag === 'ol'
            ? listEntries(c, ctx, 0).map((e) => [{ kind: 'text', text: '· ' } as Inline, ...e.runs])
            : [tidy(inlinesOf(c, ctx))],
        );
  return { paragraphs: paragraphs.filter((p) => p.length > 0), ...(span > 1 ? { span } : {}) };
}

function tableBlock(table: ElementLike, ctx: ContentContext, range: PartRange): DocBlock {
  const cellsOf = (row: ElementLike) =>
    kids(row)
      .filter((c) => (c.tag === 'td' || c.tag === 'th') && !skipped(c))
      .map((c) => cellOf(c, ctx));
  const head = kids(table).filter((c) => c.tag === 'thead');
  const header = head.flatMap((h) => kids(h).filter((r) => r.tag === 'tr' && !skipped(r))).map(cellsOf);
  const rows = bodyRows(table)
    .slice(range.from ?? 0, range.to)
    .filter((r) => !skipped(r))
    .map(cellsOf);
  const caption = kids(table).find((c) => c.tag === 'caption');
  const captionText = caption ? chineseQuotes(visibleText(caption)) : '';
  return { kind: 'table', ...(captionText ? { caption: captionText } : {}), header, rows };
}

function diagramBlock(el: ElementLike): DocBlock {
  const canvas = findElement(el, (e) => e.attr(DIAGRAM_KEY_ATTRIBUTE) !== null);
  const caption = findElement(el, (e) => e.tag === 'figcaption');
  const outline = findElement(el, (e) => classes(e).has('site-diagram__text'));
  const lines: string[] = [];
  const walk = (list: ElementLike, depth: number) => {
    for (const item of listItems(list)) {
      const own = item.children().filter((c) => !(c.type === 'element' && c.tag === 'ul'));
      lines.push(
        `${'　'.repeat(depth)}${own
          .map((c) => (c.type === 'text' ? c.value : visibleText(c)))
          .join('')
          .trim()}`,
      );
      for (const nested of kids(item).filter((c) => c.tag === 'ul')) walk(nested, depth + 1);
    }
  };
  const list = outline ? findElement(outline, (e) => e.tag === 'ul') : undefined;
  if (list) walk(list, 0);
  return {
    kind: 'diagram',
    caption: chineseQuotes(caption ? visibleText(caption) : '图示'),
    key: canvas?.attr(DIAGRAM_KEY_ATTRIBUTE) ?? '',
    outline: lines.map(chineseQuotes),
    // A diagram the page itself could not draw will not draw for the document either.
    ...(canvas?.attr('data-state') === 'error' ? { failed: '网页上这幅图示没有绘制成功' } : {}),
  };
}

const isList = (e: ElementLike) => e.tag === 'ul' || e.tag === 'ol';

/** The page's source list as GB/T 7714 references, in the page's order, each with the sections cited. */
function referencesBlock(el: ElementLike, ctx: ContentContext): DocBlock[] {
  const list = findElement(el, isList);
  if (!list) return [];
  const entries = listItems(list).flatMap((item) => {
    const id = (item.attr('id') ?? '').replace(/^source-/, '');
    const source = ctx.sources.get(id);
    if (!source) return [];
    const sections = findElement(item, isList);
    const cited = sections
      ? listItems(sections).map((s) => chineseQuotes(visibleText(s).replace(/\s*↩/g, '').trim()))
      : [];
    return [`${sourceReference(source)}${cited.length > 0 ? ` 所引章节：${cited.join('；')}。` : ''}`];
  });
  return entries.length > 0 ? [{ kind: 'references', title: '参考文献', entries }] : [];
}

function headingBlock(heading: ElementLike, ctx: ContentContext): DocBlock {
  const level = Number(heading.tag.slice(1)) - 1 + (ctx.headingShift ?? 0);
  return {
    kind: 'heading',
    level: Math.max(1, Math.min(4, level)) as 1 | 2 | 3 | 4,
    text: chineseQuotes(visibleText(heading)),
  };
}

/** One element of the content as blocks; `range` picks some of a list's items or a table's rows. */
export function convertElement(el: ElementLike, ctx: ContentContext, range: PartRange = {}): DocBlock[] {
  if (skipped(el)) return [];
  const heading = headingOf(el);
  if (heading) return [headingBlock(heading, ctx)];
  const cls = classes(el);
  if (findElement(el, (e) => isSourceListClass(e.attr('class')))) {
    return referencesBlock(el, ctx);
  }
  if (el.attr('data-diagram') !== null) return [diagramBlock(el)];
  if (el.tag === 'ul' || el.tag === 'ol' || (listOf(el) && !hasOtherContent(el))) {
    const list = listOf(el) as ElementLike;
    const items = listEntries(list, ctx, 0, range);
    return items.length > 0 ? [{ kind: 'list', ordered: list.tag === 'ol', items }] : [];
  }
  const table = tableOf(el);
  if (table && (el.tag === 'table' || !hasOtherContent(el))) return [tableBlock(table, ctx, range)];
  if (cls.has('starlight-aside')) {
    const title = kids(el).find((c) => classes(c).has('starlight-aside__title'));
    const body = kids(el).find((c) => classes(c).has('starlight-aside__content'));
    return [
      ...(title
        ? [
            {
              kind: 'paragraph',
              runs: tidy(inlinesOf(title, ctx, { bold: true })),
              style: 'note',
            } as DocBlock,
          ]
        : []),
      ...(body ? childBlocks(body, ctx, 'note') : []),
    ];
  }
  if (el.tag === 'pre')
    return [{ kind: 'paragraph', runs: [{ kind: 'text', text: visibleText(el) }], style: 'note' }];
  if (el.tag === 'blockquote') return childBlocks(el, ctx, 'note');
  if (el.tag !== 'p' && hasBlockChildren(el)) return childBlocks(el, ctx);
  const runs = tidy(inlinesOf(el, ctx));
  return runs.length > 0
    ? [{ kind: 'paragraph', runs, ...(el.tag === 'summary' ? { style: 'lead' } : {}) }]
    : [];
}

/** True when an element holds visible content besides its one list or table (a paragraph before a table, say). */
function hasOtherContent(el: ElementLike): boolean {
  const visible = kids(el).filter((c) => !skipped(c));
  return visible.length > 1 && visible.some((c) => c.tag === 'p' || /^h[2-6]$/.test(c.tag));
}

function childBlocks(el: ElementLike, ctx: ContentContext, style?: 'note'): DocBlock[] {
  const blocks = kids(el).flatMap((child) => convertElement(child, ctx));
  return style ? blocks.map((b) => (b.kind === 'paragraph' && !b.style ? { ...b, style } : b)) : blocks;
}

/** All of a content container's blocks, in order. */
export function convertContent(container: ElementLike, ctx: ContentContext): DocBlock[] {
  return foldReferenceHeadings(contentElements(container).flatMap((el) => convertElement(el, ctx)));
}

/** The page's "资料来源" heading over its source list becomes the reference list's own title (no heading twice). */
export function foldReferenceHeadings(blocks: DocBlock[]): DocBlock[] {
  return blocks.flatMap((block, i) => {
    const next = blocks[i + 1];
    if (block.kind === 'heading' && next?.kind === 'references') return [];
    const before = blocks[i - 1];
    if (block.kind === 'references' && before?.kind === 'heading') return [{ ...block, title: before.text }];
    return [block];
  });
}
