/**
 * How a figure reads on the page: qualifier, number (or range) and unit as the
 * source writes them — 863个, 约1.2万名, 3—5人. Where the source lost the
 * number, the mark 〔缺〕 stands in its place (全市配备党建指导员〔缺〕名), the
 * way an edition marks a lost character; one note per page says what it
 * means (MISSING_NOTE), so the prose need not say it again and again.
 */
import type { Figure } from '../schemas/data.ts';

/** Stands where the source lost a number. */
export const MISSING_MARK = '〔缺〕';

/** What a lost figure is, in words: the start of its tooltip. */
export const MISSING_TEXT = '原文未给出数字';

/** The page's one note on 〔缺〕, placed after the first lost figure (remark-figures.ts). */
export const MISSING_NOTE =
  '说明：“〔缺〕”表示本站依据的文本在此处丢失了数字，本站照实标出，不作推测；把鼠标移到“〔缺〕”上或轻点它，可看缺的是什么数字。';

type FigureValue = Pick<Figure, 'value' | 'max' | 'qualifier' | 'unit' | 'missing'> & {
  rangeMark?: Figure['rangeMark'];
  written?: Figure['written'];
};

/** The number part: "863", or a range joined as the source joins it: "3—5", "1至3". */
export function formatNumber(figure: FigureValue): string {
  if (figure.value === undefined) return '';
  return figure.max === undefined
    ? String(figure.value)
    : `${figure.value}${figure.rangeMark ?? '—'}${figure.max}`;
}

/** The whole figure as display text. */
export function formatFigure(figure: FigureValue): string {
  if (figure.missing || figure.value === undefined)
    return `${figure.qualifier ?? ''}${MISSING_MARK}${figure.unit}`;
  // Chinese-numeral counts read as the source wrote them (连续三届, not 3届).
  if (figure.written) return figure.written;
  return `${figure.qualifier ?? ''}${formatNumber(figure)}${figure.unit}`;
}
