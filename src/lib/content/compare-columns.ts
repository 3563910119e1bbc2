/**
 * One case's column of the compare page, as HTML: a cell per structured
 * field (compare.yaml), one for its key figures and one per outline section
 * (the lead paragraph of the case page's section). The page writes the
 * default cases' columns into its HTML; every other case's column is a JSON
 * file of its own (routes.compareColumn), fetched when the reader adds the
 * case, so that the page does not carry a thousand cases' columns. Both go
 * through this module, so a column reads the same either way.
 *
 * Pure: the data comes in resolved (figures, citations, URLs), HTML goes out.
 */
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { ElementContent } from 'hast';
import { COMPARE_FIELDS, type CompareField } from '../schemas/compare.ts';
import { splitFigures } from '../figures/inline.ts';
import type { SectionLead } from './sections.ts';

/** The outline sections compared, in the case pages' order. */
export const OUTLINE = [
  '概况',
  '背景与问题',
  '组织架构',
  '工作机制',
  '队伍建设',
  '阵地与保障',
  '成效',
  '经验启示',
];

/** The structured rows: the compared aspects, then the key figures. */
export const FIELD_ROWS = [...Object.values(COMPARE_FIELDS), '关键数字'] as const;

/** What a structured cell says for a case whose rows have not been written yet. */
export const NOT_YET_COMPARED = '尚未编入结构化对照（可看下方“按提纲对照”）';

interface Cell {
  text?: string | undefined;
  anchor?: string | undefined;
  cites: readonly string[];
  absent: boolean;
}

/** A case's rows in compare.yaml. */
export interface CompareRows {
  fields: Record<CompareField, Cell>;
  keyFigures: readonly string[];
}

/** A figure as a cell shows it: its formatted value and the citation in its title. */
interface ShownFigure {
  text: string;
  missing: boolean;
  citation: string;
}

/** How the column resolves what the data names: figures, citations and case-page URLs. */
export interface ColumnLookups {
  figure(id: string): ShownFigure;
  cite(cite: string): { href: string; text: string };
  caseUrl(slug: string, anchor?: string): string;
}

export interface ColumnCase {
  slug: string;
  city: string;
  /** Undefined until compare.yaml has the case's rows. */
  rows: CompareRows | undefined;
  /** The case page's sections by heading. */
  leads: ReadonlyMap<string, SectionLead>;
}

/** A case's column: the head link and the cells' inner HTML, row by row. */
export interface CompareColumn {
  slug: string;
  city: string;
  href: string;
  /** One per FIELD_ROWS. */
  fields: string[];
  /** One per OUTLINE section. */
  outline: string[];
}

/** A short data text with its :fig[id] figures shown from the data. */
function figureText(text: string, lookups: ColumnLookups): ElementContent[] {
  return splitFigures(text).map((piece) => {
    if (piece.kind === 'text') return { type: 'text', value: piece.text };
    const figure = lookups.figure(piece.id);
    return h(
      'span.compare-fig',
      { dataFigureRef: piece.id, dataMissing: figure.missing ? '' : undefined, title: figure.citation },
      figure.text,
    );
  });
}

const pending = () => h('span.compare-pending', NOT_YET_COMPARED);

function fieldCell(cell: Cell | undefined, slug: string, lookups: ColumnLookups): ElementContent[] {
  if (!cell) return [pending()];
  if (cell.absent || !cell.text) {
    return [
      h('span.compare-absent', [h('span', { ariaHidden: 'true' }, '—'), h('span.sr-only', '材料未涉及')]),
    ];
  }
  const cites = cell.cites.flatMap((cite) => {
    const label = lookups.cite(cite);
    return [{ type: 'text' as const, value: ' · ' }, h('a', { href: label.href }, label.text)];
  });
  return [
    h('p', figureText(cell.text, lookups)),
    h('p.compare-source', [h('a', { href: lookups.caseUrl(slug, cell.anchor) }, '案例页段落'), ...cites]),
  ];
}

function figuresCell(rows: CompareRows | undefined, lookups: ColumnLookups): ElementContent[] {
  if (!rows) return [pending()];
  return [
    h(
      'ul.compare-figures',
      rows.keyFigures.map((id) => h('li', figureText(`:fig[${id}]`, lookups))),
    ),
  ];
}

function outlineCell(lead: SectionLead | undefined, slug: string, lookups: ColumnLookups): ElementContent[] {
  // The lead paragraph is the case page's own rendered HTML: put in as it is.
  const body = lead?.leadHtml
    ? h('div.compare-lead', [{ type: 'raw', value: lead.leadHtml } as unknown as ElementContent])
    : h('span.compare-absent', '本节没有正文段落');
  const read = lead
    ? [h('p.compare-source', [h('a', { href: lookups.caseUrl(slug, lead.headingId) }, '阅读本节')])]
    : [];
  return [body, ...read];
}

/** A cell's inner HTML: the city (shown on a phone's cards, where there are no column heads), then the content. */
function cellHtml(city: string, content: ElementContent[]): string {
  return toHtml(h(null, [h('p.compare-city', city), ...content]), { allowDangerousHtml: true });
}

export function compareColumn(c: ColumnCase, lookups: ColumnLookups): CompareColumn {
  const fields = (Object.keys(COMPARE_FIELDS) as CompareField[]).map((field) =>
    cellHtml(c.city, fieldCell(c.rows?.fields[field], c.slug, lookups)),
  );
  fields.push(cellHtml(c.city, figuresCell(c.rows, lookups)));
  const outline = OUTLINE.map((heading) =>
    cellHtml(c.city, outlineCell(c.leads.get(heading), c.slug, lookups)),
  );
  return { slug: c.slug, city: c.city, href: lookups.caseUrl(c.slug), fields, outline };
}
