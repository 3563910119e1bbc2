/**
 * How a figure reads on the page: qualifier, number (or range) and unit as the
 * source writes them — 863个, 约1.2万名, 3—5人 — or 原文未给出数字.
 */
import type { Figure } from '../schemas/data.ts';

export const MISSING_TEXT = '原文未给出数字';

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
  if (figure.missing || figure.value === undefined) return MISSING_TEXT;
  // Chinese-numeral counts read as the source wrote them (连续三届, not 3届).
  if (figure.written) return figure.written;
  return `${figure.qualifier ?? ''}${formatNumber(figure)}${figure.unit}`;
}
