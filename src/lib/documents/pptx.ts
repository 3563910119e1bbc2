/**
 * Writes a deck (deck-document.ts) as a 16:9 .pptx with `pptxgenjs`: title
 * and divider slides, content slides with their text, tables and diagrams,
 * up to three figures as large numbers each with its source line, and the
 * teaching notes as speaker notes. Fonts as in the handouts: 黑体 for titles
 * and numbers, 宋体 for text.
 *
 * PowerPoint shrinks overflowing text only once someone edits it, so the
 * type size is chosen here: the largest size (24 pt down to 12 pt) at which
 * the slide's text fits its box, by a count of full-width characters per
 * line. Runs in the browser (loaded on click) and in Node (tests).
 */
import PptxGenJS from 'pptxgenjs';
import { FONTS } from './layout.ts';
import type { DeckDocument, SlideModel } from './deck-document.ts';
import { inlineText, type DocBlock } from './model.ts';

/** LAYOUT_WIDE: 13.333 × 7.5 inches, 16:9. */
const W = 13.333;
const H = 7.5;
const MARGIN = 0.6;
const INK = '1A1A1A';
const ACCENT = 'A61B1B';
const MUTED = '5A5A5A';

export const PPTX_MIME = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

interface TextLine {
  text: string;
  bullet?: boolean;
  level?: number;
  bold?: boolean;
}

/** A slide's text blocks as lines: paragraphs, list items (bulleted), sub-headings in bold. */
function textLines(blocks: readonly DocBlock[]): TextLine[] {
  return blocks.flatMap((block): TextLine[] => {
    switch (block.kind) {
      case 'heading':
        return [{ text: block.text, bold: true }];
      case 'paragraph':
        return [{ text: inlineText(block.runs) }];
      case 'list':
        return block.items.map((item) => ({ text: inlineText(item.runs), bullet: true, level: item.level }));
      case 'references':
        return block.entries.map((entry, i) => ({ text: `[${i + 1}] ${entry}` }));
      case 'diagram':
        return block.image && !block.failed
          ? []
          : [
              { text: `〔图示未能绘制：${block.caption}。${block.failed ?? ''}〕`, bold: true },
              ...block.outline.map((line) => ({ text: line })),
            ];
      default:
        return [];
    }
  });
}

/** The largest type size (pt) at which `lines` fit a box of `w` × `h` inches; never below 12. */
export function fittingSize(lines: readonly TextLine[], w: number, h: number, largest = 24): number {
  for (let size = largest; size > 12; size -= 1) {
    const perLine = Math.max(1, Math.floor((w * 72 - 14) / size));
    const rows = lines.reduce(
      (n, l) => n + Math.max(1, Math.ceil((l.text.length + (l.bullet ? 2 : 0)) / perLine)),
      0,
    );
    const height = (rows * size * 1.25 + lines.length * size * 0.35) / 72;
    if (height <= h - 0.1) return size;
  }
  return 12;
}

function addTextBox(
  slide: PptxGenJS.Slide,
  lines: TextLine[],
  box: { x: number; y: number; w: number; h: number },
  color = INK,
) {
  if (lines.length === 0) return;
  const size = fittingSize(lines, box.w, box.h);
  slide.addText(
    lines.map((line) => ({
      text: line.text,
      options: {
        breakLine: true,
        ...(line.bold ? { bold: true, fontFace: FONTS.hei } : {}),
        ...(line.bullet ? { bullet: { indent: size * 1.2 }, indentLevel: line.level ?? 0 } : {}),
        paraSpaceAfter: size * 0.35,
      },
    })),
    {
      ...box,
      fontFace: FONTS.song,
      fontSize: size,
      color,
      valign: 'top',
      lineSpacingMultiple: 1.15,
      margin: 4,
    },
  );
}

function addTable(
  slide: PptxGenJS.Slide,
  block: Extract<DocBlock, { kind: 'table' }>,
  box: { x: number; y: number; w: number; h: number },
) {
  const rows = [...block.header, ...block.rows];
  if (rows.length === 0) return;
  const cellText = (c: (typeof rows)[number][number]) => c.paragraphs.map(inlineText).join('\n');
  const chars = Math.max(...rows.map((r) => r.reduce((n, c) => n + cellText(c).length, 0)));
  const size = Math.max(10, Math.min(16, Math.floor((box.w * 72) / Math.max(1, chars / 1.6))));
  slide.addTable(
    rows.map((row, r) =>
      row.map((cell) => ({
        text: cellText(cell),
        options: {
          ...(cell.span && cell.span > 1 ? { colspan: cell.span } : {}),
          ...(r < block.header.length ? { bold: true, fill: { color: 'EEEEEE' }, fontFace: FONTS.hei } : {}),
        },
      })),
    ),
    {
      ...box,
      fontFace: FONTS.song,
      fontSize: size,
      color: INK,
      border: { type: 'solid', pt: 0.75, color: '999999' },
      valign: 'middle',
      autoPage: false,
    },
  );
}

const base64 = (bytes: Uint8Array) => {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};

function addDiagram(
  slide: PptxGenJS.Slide,
  block: Extract<DocBlock, { kind: 'diagram' }>,
  box: { x: number; y: number; w: number; h: number },
) {
  const image = block.image!;
  const scale = Math.min(box.w / (image.width / 96), (box.h - 0.4) / (image.height / 96), 1.6);
  const w = (image.width / 96) * scale;
  const h = (image.height / 96) * scale;
  slide.addImage({
    data: `image/png;base64,${base64(image.png)}`,
    x: box.x + (box.w - w) / 2,
    y: box.y,
    w,
    h,
    altText: `${block.caption}：${block.outline.join('；')}`,
  });
  slide.addText(`图：${block.caption}`, {
    x: box.x,
    y: box.y + h + 0.05,
    w: box.w,
    h: 0.35,
    fontFace: FONTS.hei,
    fontSize: 12,
    color: MUTED,
    align: 'center',
  });
}

function addFigures(
  slide: PptxGenJS.Slide,
  figures: SlideModel['figures'],
  box: { x: number; y: number; w: number; h: number },
) {
  const each = box.h / Math.max(1, figures.length);
  figures.forEach((figure, i) => {
    const y = box.y + i * each;
    slide.addText(figure.text, {
      x: box.x,
      y,
      w: box.w,
      h: each * 0.45,
      fontFace: FONTS.hei,
      fontSize: figure.text.length > 8 ? 28 : 40,
      bold: true,
      color: ACCENT,
      valign: 'bottom',
      fit: 'shrink',
    });
    slide.addText(figure.label, {
      x: box.x,
      y: y + each * 0.45,
      w: box.w,
      h: each * 0.25,
      fontFace: FONTS.song,
      fontSize: 14,
      color: INK,
      valign: 'top',
    });
    slide.addText(`出处：${figure.citation}`, {
      x: box.x,
      y: y + each * 0.7,
      w: box.w,
      h: each * 0.25,
      fontFace: FONTS.song,
      fontSize: 10,
      color: MUTED,
      valign: 'top',
    });
  });
}

function contentSlide(slide: PptxGenJS.Slide, model: SlideModel) {
  if (model.kicker)
    slide.addText(model.kicker, {
      x: MARGIN,
      y: 0.25,
      w: W - 2 * MARGIN,
      h: 0.35,
      fontFace: FONTS.song,
      fontSize: 12,
      color: MUTED,
    });
  slide.addText(model.title, {
    x: MARGIN,
    y: 0.55,
    w: W - 2 * MARGIN,
    h: 0.75,
    fontFace: FONTS.hei,
    fontSize: 28,
    color: INK,
    bold: true,
    fit: 'shrink',
  });
  let top = 1.35;
  if (model.subtitle) {
    slide.addText(model.subtitle, {
      x: MARGIN,
      y: top,
      w: W - 2 * MARGIN,
      h: 0.4,
      fontFace: FONTS.kai,
      fontSize: 16,
      color: MUTED,
    });
    top += 0.45;
  }
  const bottom = H - 0.45;
  const diagrams = model.body.filter(
    (b): b is Extract<DocBlock, { kind: 'diagram' }> => b.kind === 'diagram' && !!b.image && !b.failed,
  );
  const tables = model.body.filter((b): b is Extract<DocBlock, { kind: 'table' }> => b.kind === 'table');
  const lines = textLines(model.body);
  const full = { x: MARGIN, y: top, w: W - 2 * MARGIN, h: bottom - top };
  if (diagrams.length > 0) {
    // A drawing beside its text, or alone across the slide.
    const split = lines.length > 0 ? 0.45 : 0;
    if (split) addTextBox(slide, lines, { ...full, w: full.w * split - 0.2 });
    const each = full.h / diagrams.length;
    diagrams.forEach((d, i) =>
      addDiagram(slide, d, {
        x: full.x + full.w * split,
        y: top + i * each,
        w: full.w * (1 - split),
        h: each,
      }),
    );
    return;
  }
  const side = model.figures.length > 0 && tables.length === 0 ? 3.6 : 0;
  const area = { ...full, w: full.w - (side ? side + 0.3 : 0) };
  if (tables.length > 0) {
    const textHeight = lines.length > 0 ? Math.min(area.h * 0.4, 0.5 + lines.length * 0.45) : 0;
    if (textHeight) addTextBox(slide, lines, { ...area, h: textHeight });
    const each = (area.h - textHeight) / tables.length;
    tables.forEach((t, i) =>
      addTable(slide, t, { ...area, y: area.y + textHeight + i * each, h: each - 0.1 }),
    );
  } else {
    addTextBox(slide, lines, area);
  }
  if (side)
    addFigures(slide, model.figures, { x: W - MARGIN - side, y: top + 0.1, w: side, h: area.h - 0.1 });
}

function coverSlide(slide: PptxGenJS.Slide, model: SlideModel) {
  slide.background = { color: model.kind === 'title' ? 'A61B1B' : 'F4EDE4' };
  const ink = model.kind === 'title' ? 'FFFFFF' : INK;
  if (model.kicker)
    slide.addText(model.kicker, {
      x: 1,
      y: 1.2,
      w: W - 2,
      h: 0.5,
      fontFace: FONTS.song,
      fontSize: 18,
      color: ink,
    });
  slide.addText(model.title, {
    x: 1,
    y: 1.8,
    w: W - 2,
    h: 1.6,
    fontFace: FONTS.hei,
    fontSize: 40,
    bold: true,
    color: ink,
    valign: 'top',
    fit: 'shrink',
  });
  if (model.subtitle)
    slide.addText(model.subtitle, {
      x: 1,
      y: 3.5,
      w: W - 2,
      h: 0.9,
      fontFace: FONTS.kai,
      fontSize: 18,
      color: ink,
      valign: 'top',
    });
  if (model.agenda && model.agenda.length > 0) {
    const lines = model.agenda.map((text) => ({ text, bullet: true }));
    addTextBox(slide, lines, { x: 1, y: 4.5, w: W - 2, h: H - 4.9 }, ink);
  }
}

/** The deck as a pptxgenjs presentation (not yet written). */
function toPptx(deck: DeckDocument): PptxGenJS {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.title;
  pptx.company = '城市基层党建案例库';
  pptx.theme = { headFontFace: FONTS.hei, bodyFontFace: FONTS.song };
  deck.slides.forEach((model, i) => {
    const slide = pptx.addSlide();
    if (model.kind === 'content') contentSlide(slide, model);
    else coverSlide(slide, model);
    if (i > 0)
      slide.slideNumber = {
        x: W - 1.1,
        y: H - 0.42,
        w: 0.8,
        h: 0.3,
        fontFace: FONTS.song,
        fontSize: 10,
        color: MUTED,
      };
    if (model.notes) slide.addNotes(model.notes);
  });
  return pptx;
}

/** The deck as .pptx bytes. */
export async function pptxBytes(deck: DeckDocument): Promise<Uint8Array> {
  const out = await toPptx(deck).write({ outputType: 'uint8array' });
  return out as Uint8Array;
}
