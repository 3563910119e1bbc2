/**
 * Writes a document model (model.ts) as a .docx that Word, WPS and
 * LibreOffice open alike, with the `docx` library: Word's heading styles (so
 * the navigation pane and a table of contents work), footnotes for figures
 * and citations, tables with a repeated header row, diagrams as pictures,
 * "— 1 —" page numbers, and the page and fonts of layout.ts.
 *
 * Runs in the browser (loaded on click) and in Node (tests): nothing here
 * touches the DOM.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import {
  FONTS,
  LAYOUTS,
  mm,
  PX_PER_MM,
  typeHeight,
  typeWidth,
  type ChineseFont,
  type LayoutSpec,
} from './layout.ts';
import type {
  DiagramBlock,
  DocBlock,
  DocModel,
  Inline,
  ParagraphStyle,
  TableCell as ModelCell,
} from './model.ts';

const fontOf = (font: ChineseFont) => ({
  ascii: FONTS.latin,
  hAnsi: FONTS.latin,
  cs: FONTS.latin,
  eastAsia: font,
});
/** Half-points, Word's unit of type size. */
const half = (pt: number) => Math.round(pt * 2);

function lineSpacing(spec: LayoutSpec) {
  const line = spec.body.line;
  return 'exact' in line
    ? { line: Math.round(line.exact * 20), lineRule: LineRuleType.EXACT }
    : { line: Math.round(line.multiple * 240), lineRule: LineRuleType.AUTO };
}

function styles(spec: LayoutSpec) {
  const heading = (i: number) => {
    const h = spec.headings[i] ?? spec.headings[spec.headings.length - 1]!;
    return {
      run: { font: fontOf(h.font), size: half(h.size), bold: h.bold, color: '000000' },
      paragraph: {
        spacing: { before: 120, after: 60, ...lineSpacing(spec) },
        keepNext: true,
        keepLines: true,
      },
    };
  };
  return {
    default: {
      document: {
        run: { font: fontOf(spec.body.font), size: half(spec.body.size) },
        paragraph: { spacing: lineSpacing(spec) },
      },
      title: {
        run: {
          font: fontOf(spec.title.font),
          size: half(spec.title.size),
          bold: spec.title.bold,
          color: '000000',
        },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240 } },
      },
      heading1: heading(0),
      heading2: heading(1),
      heading3: heading(2),
      heading4: heading(3),
    },
    paragraphStyles: [
      {
        id: 'FootnoteText',
        name: 'footnote text',
        basedOn: 'Normal',
        run: { font: fontOf(spec.footnote.font), size: half(spec.footnote.size) },
        paragraph: { spacing: { line: 240, lineRule: LineRuleType.AUTO } },
      },
    ],
  };
}

function runsOf(inlines: readonly Inline[], base: IRunOptions = {}): ParagraphChild[] {
  return inlines.flatMap((run): ParagraphChild[] => {
    switch (run.kind) {
      case 'text':
        return [
          new TextRun({
            ...base,
            text: run.text,
            ...(run.bold ? { bold: true } : {}),
            ...(run.italic ? { italics: true } : {}),
          }),
        ];
      case 'figure':
        return [
          new TextRun({ ...base, text: run.text }),
          new FootnoteReferenceRun({ children: [new Paragraph({ style: 'FootnoteText', text: run.note })] }),
        ];
      case 'cite':
        return [
          new FootnoteReferenceRun({ children: [new Paragraph({ style: 'FootnoteText', text: run.note })] }),
        ];
      case 'break':
        return [new TextRun({ ...base, break: 1 })];
    }
  });
}

function paragraphOf(
  runs: readonly Inline[],
  style: ParagraphStyle | undefined,
  spec: LayoutSpec,
): Paragraph {
  const indent = mm(0) + Math.round(spec.indentChars * spec.body.size * 20);
  switch (style) {
    case 'center':
    case 'caption':
      return new Paragraph({
        alignment: AlignmentType.CENTER,
        children: runsOf(
          runs,
          style === 'caption' ? { font: fontOf(FONTS.hei), size: half(spec.table.size) } : {},
        ),
      });
    case 'right':
    case 'signature':
      return new Paragraph({
        alignment: AlignmentType.RIGHT,
        indent: style === 'signature' ? { right: Math.round(4 * spec.body.size * 20) } : {},
        children: runsOf(runs),
      });
    case 'lead':
      return new Paragraph({ children: runsOf(runs, { font: fontOf(FONTS.kai) }) });
    case 'note':
      return new Paragraph({ indent: { left: indent }, children: runsOf(runs, { font: fontOf(FONTS.kai) }) });
    default:
      return new Paragraph({ indent: { firstLine: indent }, children: runsOf(runs) });
  }
}

const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

function tableOf(block: Extract<DocBlock, { kind: 'table' }>, spec: LayoutSpec): Array<Paragraph | Table> {
  const width = mm(typeWidth(spec));
  const columns = Math.max(
    1,
    ...[...block.header, ...block.rows].map((r) => r.reduce((n, c) => n + (c.span ?? 1), 0)),
  );
  const weights = block.widths && block.widths.length === columns ? block.widths : Array(columns).fill(1);
  const total = weights.reduce((a, b) => a + b, 0);
  const columnWidths = weights.map((w) => Math.floor((width * w) / total));
  const cellRun = { font: fontOf(spec.table.font), size: half(spec.table.size) };
  const cell = (c: ModelCell, header: boolean) =>
    new TableCell({
      ...(c.span && c.span > 1 ? { columnSpan: c.span } : {}),
      borders: { top: CELL_BORDER, bottom: CELL_BORDER, left: CELL_BORDER, right: CELL_BORDER },
      margins: { top: 30, bottom: 30, left: 60, right: 60 },
      ...(header ? { shading: { type: ShadingType.CLEAR, fill: 'E7E6E6', color: 'auto' } } : {}),
      children: (c.paragraphs.length > 0 ? c.paragraphs : [[]]).map(
        (p) =>
          new Paragraph({
            spacing: { line: 280, lineRule: LineRuleType.AUTO },
            children: runsOf(p, header ? { ...cellRun, bold: true } : cellRun),
          }),
      ),
    });
  const rows = [
    ...block.header.map(
      (r) => new TableRow({ tableHeader: true, cantSplit: true, children: r.map((c) => cell(c, true)) }),
    ),
    ...block.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c) => cell(c, false)) })),
  ];
  const out: Array<Paragraph | Table> = [];
  if (block.caption) out.push(paragraphOf([{ kind: 'text', text: block.caption }], 'caption', spec));
  if (rows.length > 0) {
    out.push(new Table({ width: { size: width, type: WidthType.DXA }, columnWidths, rows }));
    // A table directly followed by another needs a paragraph between them, or Word merges them.
    out.push(new Paragraph({ spacing: { after: 0, line: 120, lineRule: LineRuleType.EXACT }, children: [] }));
  }
  return out;
}

/** A diagram as a picture scaled into the type area, or — if it could not be drawn — its outline in words. */
function diagramOf(block: DiagramBlock, spec: LayoutSpec): Paragraph[] {
  const caption = paragraphOf([{ kind: 'text', text: `图：${block.caption}` }], 'caption', spec);
  if (block.image && !block.failed) {
    const maxW = typeWidth(spec) * PX_PER_MM;
    const maxH = typeHeight(spec) * 0.6 * PX_PER_MM;
    const scale = Math.min(1, maxW / block.image.width, maxH / block.image.height);
    return [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: true,
        children: [
          new ImageRun({
            type: 'png',
            data: block.image.png,
            transformation: {
              width: Math.round(block.image.width * scale),
              height: Math.round(block.image.height * scale),
            },
            altText: { name: block.caption, title: block.caption, description: block.outline.join('；') },
          }),
        ],
      }),
      caption,
    ];
  }
  const why = block.failed ?? '图示没有绘制';
  return [
    paragraphOf(
      [
        {
          kind: 'text',
          text: `〔图示未能绘制：${block.caption}。${why}，下面是图示的文字内容。〕`,
          bold: true,
        },
      ],
      'note',
      spec,
    ),
    ...block.outline.map((line) => paragraphOf([{ kind: 'text', text: line }], 'note', spec)),
    caption,
  ];
}

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
];

function blockOf(block: DocBlock, spec: LayoutSpec, newPage = false): Array<Paragraph | Table> {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: HEADINGS[block.level - 1]!,
          ...(newPage ? { pageBreakBefore: true } : {}),
          children: [new TextRun(block.text)],
        }),
      ];
    case 'paragraph':
      return [paragraphOf(block.runs, block.style, spec)];
    case 'list':
      return block.items.map(
        (item, i) =>
          new Paragraph({
            indent: {
              left: Math.round((item.level + 1) * 2 * spec.body.size * 20),
              hanging: Math.round(1.5 * spec.body.size * 20),
            },
            children: [
              new TextRun(block.ordered && item.level === 0 ? `${i + 1}. ` : '· '),
              ...runsOf(item.runs),
            ],
          }),
      );
    case 'table':
      return tableOf(block, spec);
    case 'diagram':
      return diagramOf(block, spec);
    case 'references':
      return [
        new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(block.title)] }),
        ...block.entries.map(
          (entry, i) =>
            new Paragraph({
              indent: {
                left: Math.round(2 * spec.body.size * 20),
                hanging: Math.round(2 * spec.body.size * 20),
              },
              children: [new TextRun(`[${i + 1}] ${entry}`)],
            }),
        ),
      ];
    case 'pageBreak':
      // Written as the next heading's "page break before" where there is one (see toDocx): no empty paragraph.
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

/** The blocks in order; a page break before a heading becomes that heading's "page break before". */
function bodyOf(blocks: readonly DocBlock[], spec: LayoutSpec): Array<Paragraph | Table> {
  return blocks.flatMap((block, i) => {
    const next = blocks[i + 1];
    if (block.kind === 'pageBreak' && next?.kind === 'heading') return [];
    const newPage = blocks[i - 1]?.kind === 'pageBreak' && block.kind === 'heading';
    return blockOf(block, spec, newPage);
  });
}

/** "— 1 —" at the foot: centred, or (GB/T 9704) right on odd pages and left on even ones, one character in. */
function footers(spec: LayoutSpec) {
  const number = (alignment: (typeof AlignmentType)[keyof typeof AlignmentType]) =>
    new Footer({
      children: [
        new Paragraph({
          alignment,
          indent: spec.pageNumber.placement === 'outside' ? { left: half(7) * 20, right: half(7) * 20 } : {},
          children: [
            new TextRun({
              font: fontOf(spec.pageNumber.font),
              size: half(spec.pageNumber.size),
              children: ['— ', PageNumber.CURRENT, ' —'],
            }),
          ],
        }),
      ],
    });
  return spec.pageNumber.placement === 'outside'
    ? { default: number(AlignmentType.RIGHT), even: number(AlignmentType.LEFT) }
    : { default: number(AlignmentType.CENTER) };
}

/** The model as a docx Document (not yet packed). */
function toDocx(model: DocModel): Document {
  const spec = LAYOUTS[model.layout];
  const head = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(model.title)] }),
    ...(model.subtitle ?? []).map(
      (line) =>
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ text: line, font: fontOf(FONTS.kai) })],
        }),
    ),
  ];
  return new Document({
    title: model.title,
    creator: '城市基层党建案例库',
    ...(model.meta?.subject ? { subject: model.meta.subject } : {}),
    ...(model.meta?.keywords ? { keywords: model.meta.keywords } : {}),
    styles: styles(spec),
    evenAndOddHeaderAndFooters: spec.pageNumber.placement === 'outside',
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: {
              top: mm(spec.margin.top),
              bottom: mm(spec.margin.bottom),
              left: mm(spec.margin.left),
              right: mm(spec.margin.right),
              footer: mm(spec.margin.bottom / 2),
            },
          },
        },
        footers: footers(spec),
        children: [...head, ...bodyOf(model.blocks, spec)],
      },
    ],
  });
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The model as .docx bytes. */
export async function docxBytes(model: DocModel): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(toDocx(model)));
}
