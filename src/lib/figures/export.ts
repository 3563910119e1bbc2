/**
 * The figures data as downloadable rows (CSV and JSON share one row shape so
 * the two downloads always agree).
 */
import type { Figure, Source } from '../schemas/data.ts';
import { formatFigure } from './format.ts';
import { csvText } from '../csv.ts';

export interface FigureRow {
  id: string;
  city: string;
  label: string;
  display: string;
  value: number | null;
  max: number | null;
  qualifier: string;
  unit: string;
  year: string;
  level: string;
  themes: string[];
  source: string;
  sourceTitle: string;
  section: string;
  sectionTitle: string;
  missing: boolean;
  note: string;
  pages: string[];
}

export function figureRows(
  figures: Figure[],
  sources: Map<string, Source>,
  pagesOf: (id: string) => string[],
): FigureRow[] {
  return figures.map((f) => {
    const source = sources.get(f.source);
    return {
      id: f.id,
      city: f.city,
      label: f.label,
      display: formatFigure(f),
      value: f.value ?? null,
      max: f.max ?? null,
      qualifier: f.qualifier ?? '',
      unit: f.unit,
      year: f.year ?? '',
      level: f.level ?? '',
      themes: f.themes,
      source: f.source,
      sourceTitle: source?.title ?? '',
      section: f.section,
      sectionTitle: source?.sections.find((s) => s.id === f.section)?.title ?? '',
      missing: f.missing,
      note: f.note ?? '',
      pages: pagesOf(f.id),
    };
  });
}

const CSV_HEADER: Array<[keyof FigureRow, string]> = [
  ['id', '编号'],
  ['city', '城市'],
  ['label', '项目'],
  ['display', '原文表述'],
  ['value', '数值'],
  ['max', '上限'],
  ['qualifier', '限定词'],
  ['unit', '单位'],
  ['year', '年份'],
  ['level', '层级'],
  ['themes', '主题'],
  ['source', '来源代号'],
  ['sourceTitle', '来源标题'],
  ['section', '章节'],
  ['sectionTitle', '章节标题'],
  ['missing', '原文缺失'],
  ['note', '说明'],
  ['pages', '引用页面'],
];

function cellText(value: FigureRow[keyof FigureRow]): string {
  if (Array.isArray(value)) return value.join('；');
  if (typeof value === 'boolean') return value ? '是' : '否';
  return value === null ? '' : String(value);
}

/** The figures as CSV, a header row of Chinese column titles first. */
export function figuresCsv(rows: FigureRow[]): string {
  return csvText([
    CSV_HEADER.map(([, title]) => title),
    ...rows.map((row) => CSV_HEADER.map(([key]) => cellText(row[key]))),
  ]);
}
