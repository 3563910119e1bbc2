/**
 * Page layouts and fonts of the generated documents, in one place.
 *
 * Meeting papers follow GB/T 9704-2012 (党政机关公文格式): A4; top margin
 * 37 mm, binding (left) margin 28 mm, type area 156 × 225 mm; body 3号 (16 pt)
 * 仿宋 in 22 lines of 28 characters (a fixed line pitch of 225 mm / 22 =
 * 28.95 pt); title 2号 (22 pt); headings 一、 in 黑体 and （一） in 楷体; page
 * numbers 4号 (14 pt) as "— 1 —", right on odd pages and left on even ones.
 * Handouts keep the page and the fonts but set a smaller body for reading.
 *
 * Fonts: 宋体, 黑体, 仿宋 and 楷体 are the Chinese fonts that Windows, WPS and
 * Word for Mac all carry under these names; the standard's 仿宋_GB2312 and
 * 方正小标宋 are often missing, so the title falls back to bold 宋体 as the
 * design allows. Latin letters and digits are set in Times New Roman, which
 * every office suite has.
 */
import type { Layout } from './model.ts';

export const FONTS = {
  song: '宋体',
  hei: '黑体',
  fang: '仿宋',
  kai: '楷体',
  latin: 'Times New Roman',
} as const;

export type ChineseFont = (typeof FONTS)[Exclude<keyof typeof FONTS, 'latin'>];

/** Twips (1/20 pt, Word's unit) in a millimetre. */
const TWIPS_PER_MM = 1440 / 25.4;
export const mm = (value: number) => Math.round(value * TWIPS_PER_MM);

/** A4 in millimetres. */
const A4 = { width: 210, height: 297 } as const;

export interface LayoutSpec {
  /** Margins in mm: the type area is what is left of A4. */
  margin: { top: number; right: number; bottom: number; left: number };
  body: { font: ChineseFont; size: number; line: { exact: number } | { multiple: number } };
  title: { font: ChineseFont; size: number; bold: boolean };
  headings: Array<{ font: ChineseFont; size: number; bold: boolean }>;
  /** Table text. */
  table: { font: ChineseFont; size: number };
  footnote: { font: ChineseFont; size: number };
  pageNumber: { font: ChineseFont; size: number; placement: 'center' | 'outside' };
  /** First-line indent of body paragraphs, in characters. */
  indentChars: number;
}

export const LAYOUTS: Record<Layout, LayoutSpec> = {
  gongwen: {
    margin: { top: 37, left: 28, right: A4.width - 28 - 156, bottom: A4.height - 37 - 225 },
    body: { font: FONTS.fang, size: 16, line: { exact: 28.95 } },
    title: { font: FONTS.song, size: 22, bold: true },
    headings: [
      { font: FONTS.hei, size: 16, bold: false },
      { font: FONTS.kai, size: 16, bold: false },
      { font: FONTS.fang, size: 16, bold: true },
      { font: FONTS.fang, size: 16, bold: false },
    ],
    // 五号 in tables: a committee of a dozen fits the one page of a 方案说明.
    table: { font: FONTS.fang, size: 10.5 },
    footnote: { font: FONTS.song, size: 10.5 },
    pageNumber: { font: FONTS.song, size: 14, placement: 'outside' },
    indentChars: 2,
  },
  handout: {
    margin: { top: 30, left: 28, right: A4.width - 28 - 156, bottom: 28 },
    body: { font: FONTS.song, size: 12, line: { multiple: 1.5 } },
    title: { font: FONTS.song, size: 22, bold: true },
    headings: [
      { font: FONTS.hei, size: 16, bold: false },
      { font: FONTS.hei, size: 14, bold: false },
      { font: FONTS.kai, size: 14, bold: true },
      { font: FONTS.song, size: 12, bold: true },
    ],
    table: { font: FONTS.song, size: 10.5 },
    footnote: { font: FONTS.song, size: 9 },
    pageNumber: { font: FONTS.song, size: 14, placement: 'center' },
    indentChars: 2,
  },
};

/** Width of the type area in mm (156 mm in both layouts). */
export const typeWidth = (spec: LayoutSpec) => A4.width - spec.margin.left - spec.margin.right;
/** Height of the type area in mm. */
export const typeHeight = (spec: LayoutSpec) => A4.height - spec.margin.top - spec.margin.bottom;

/** CSS pixels (96 to the inch) in a millimetre, for image sizes. */
export const PX_PER_MM = 96 / 25.4;
